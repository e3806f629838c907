import { printSdl } from '@pdo/service-kit';
import { billingService } from './billing.service';

void printSdl(billingService).then((sdl) => process.stdout.write(sdl));
