import type { DataSource } from 'typeorm';
import type { Logger } from './logger';
import type { Viewer } from './viewer';

export interface RequestContext {
  viewer: Viewer;
  dataSource: DataSource;
  logger: Logger;
}
