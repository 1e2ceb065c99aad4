import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The typed model each notification was written with (names, dates, reasons, the next step), so that every channel
 * renders it from the one message catalogue in the reader's language. Rows written before it have none and keep
 * their stored Chinese title and body.
 */
export class NotificationFacts1765500000000 implements MigrationInterface {
  name = 'NotificationFacts1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN facts jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN facts`);
  }
}
