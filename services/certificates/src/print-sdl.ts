import { printSdl } from '@pdo/service-kit';
import { certificatesService } from './certificates.service';

void printSdl(certificatesService).then((sdl) => process.stdout.write(sdl));
