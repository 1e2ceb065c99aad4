import { Module } from '@nestjs/common';
import { DeliveriesService } from './deliveries.service';
import { InboxService } from './inbox.service';
import { NotificationSettingsService } from './notification-settings.service';

/** Notification delivery: the inbox, robots and preferences, the delivery ledger and the dispatcher's wake-up. */
@Module({
  providers: [InboxService, NotificationSettingsService, DeliveriesService],
  exports: [InboxService, NotificationSettingsService, DeliveriesService],
})
export class NotificationsModule {}
