import { runService } from '@pdo/service-kit';
import { certificatesService } from './certificates.service';

void runService(certificatesService);
