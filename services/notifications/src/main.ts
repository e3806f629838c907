import { runService } from '@pdo/service-kit';
import { notificationsService } from './notifications.service';

void runService(notificationsService);
