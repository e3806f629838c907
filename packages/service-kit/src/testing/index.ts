export * from './execute';
export * from './test-database';
