import { printSdl } from '@pdo/service-kit';
import { navigatorService } from './navigator.service';

void printSdl(navigatorService).then((sdl) => process.stdout.write(sdl));
