export * from './probe.service';
export * from './probe.activities';
export * from './diagnostics.module';
