import { runService } from '@pdo/service-kit';
import { billingService } from './billing.service';

void runService(billingService);
