export * from './policies.service';
export * from './policies.module';
