import { migrateOnly } from '@pdo/service-kit';
import { certificatesService } from './certificates.service';

void migrateOnly(certificatesService).then((applied) => process.stdout.write(`${JSON.stringify({ applied })}\n`));
