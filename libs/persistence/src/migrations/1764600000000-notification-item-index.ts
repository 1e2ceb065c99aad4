import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications by item: the committee board's "last 催办" per escalated item and the cascade when an item row is
 * deleted both looked rows up by item_id, which had no index (a scan of every notification per board row).
 */
export class NotificationItemIndex1764600000000 implements MigrationInterface {
  name = 'NotificationItemIndex1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_notifications_item ON notifications (item_id, kind, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_notifications_item`);
  }
}
