import { migrateOnly } from '@pdo/service-kit';
import { notificationsService } from './notifications.service';

void migrateOnly(notificationsService).then((applied) => process.stdout.write(`${JSON.stringify({ applied })}\n`));
