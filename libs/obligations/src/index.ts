export * from './obligation-types';
export * from './obligation-types.service';
export * from './obligations.service';
export * from './obligation-export';
export * from './obligation-facts';
export * from './obligations.module';
export * from './obligation.activities';
