export * from './notifications.module';
export * from './inbox.service';
export * from './notification-settings.service';
export * from './deliveries.service';
export * from './delivery-policy';
export * from './templates';
export * from './channels';
export * from './notification-config';
