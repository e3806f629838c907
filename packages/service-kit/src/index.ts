import 'reflect-metadata';

export * from './access-token';
export * from './calendar';
export * from './config';
export * from './context';
export * from './cookies';
export * from './data-source';
export * from './errors';
export * from './money';
export * from './kopecks.scalar';
export * from './logger';
export * from './periodic';
export * from './schema';
export * from './server';
export * from './service';
export * from './viewer';
export * from './reference/municipalities';
export * from './reference/directions';
