import { migrateOnly } from '@pdo/service-kit';
import { navigatorService } from './navigator.service';

void migrateOnly(navigatorService).then((applied) => process.stdout.write(`${JSON.stringify({ applied })}\n`));
