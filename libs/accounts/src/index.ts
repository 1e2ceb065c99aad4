export * from './accounts.module';
export * from './accounts.service';
export * from './invitations.service';
export * from './single-sign-on.service';
export * from './password-policy';
export * from './passwords';
export * from './return-path';
export * from './lockout';
