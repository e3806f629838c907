import { migrateOnly } from '@pdo/service-kit';
import { identityService } from './identity.service';

void migrateOnly(identityService).then((applied) => process.stdout.write(`${JSON.stringify({ applied })}\n`));
