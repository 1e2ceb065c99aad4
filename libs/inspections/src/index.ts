export * from './cycles.service';
export * from './inspections.module';
export * from './cycle.activities';
