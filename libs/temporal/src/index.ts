export * from './temporal.module';
export * from './update-errors';
export * from './connection-options';
export * from './search-attributes';
export * from './startup-schedule';
