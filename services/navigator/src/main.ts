import { runService } from '@pdo/service-kit';
import { navigatorService } from './navigator.service';

void runService(navigatorService);
