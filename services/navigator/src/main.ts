// first: the trace instrumentations must patch http, express, graphql and pg before they load
import '@pdo/service-kit/tracing';
import { runService } from '@pdo/service-kit';
import { navigatorService } from './navigator.service';

void runService(navigatorService);
