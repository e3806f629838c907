import { runService } from '@pdo/service-kit';
import { identityService } from './identity.service';

void runService(identityService);
