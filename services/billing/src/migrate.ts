import { migrateOnly } from '@pdo/service-kit';
import { billingService } from './billing.service';

void migrateOnly(billingService).then((applied) => process.stdout.write(`${JSON.stringify({ applied })}\n`));
