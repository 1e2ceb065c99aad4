export * from './caller';
export * from './token';
export * from './identity.service';
export * from './auth.guard';
export * from './current-caller.decorator';
export * from './identity.module';
export * from './permissions';
export * from './rate-limiter';
