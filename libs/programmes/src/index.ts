export * from './cadence';
export * from './programme-schedule';
export * from './programmes.service';
export * from './programmes.module';
export * from './programme.activities';
