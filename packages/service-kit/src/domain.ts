// What `domain/` files may use: pure rules, with no framework loaded (no Express, Apollo, TypeORM or Kafka).
export * from './calendar';
export * from './errors';
export * from './money';
export * from './viewer';
export * from './reference/municipalities';
export * from './reference/directions';
export * from './reference/registries';
export * from './person-data/email-address';
export * from './person-data/person-name';
