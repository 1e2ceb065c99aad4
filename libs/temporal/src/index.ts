export * from './temporal.module';
export * from './update-errors';
