export * from './audit-summary';
export * from './audit.service';
export * from './audit.module';
export * from './redaction';
