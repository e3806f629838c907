export * from './execute';
export * from './test-database';
export * from './eventually';
export * from './upstream';
