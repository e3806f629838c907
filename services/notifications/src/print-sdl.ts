import { printSdl } from '@pdo/service-kit';
import { notificationsService } from './notifications.service';

void printSdl(notificationsService).then((sdl) => process.stdout.write(sdl));
