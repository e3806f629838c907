import { printSdl } from '@pdo/service-kit';
import { identityService } from './identity.service';

void printSdl(identityService).then((sdl) => process.stdout.write(sdl));
