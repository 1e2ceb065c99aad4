import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The annual star rating's messages (通报, 上报, reminders of its steps) go through the outbox like the items', each
 * naming its rating; and a rating the yearly Schedule starts has no person who started it.
 */
export class StarRatingNotices1767500000000 implements MigrationInterface {
  name = 'StarRatingNotices1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE notifications ADD COLUMN star_rating_id uuid REFERENCES star_ratings(id) ON DELETE CASCADE`,
    );
    await q.query(
      `CREATE INDEX ix_notifications_star_rating ON notifications (star_rating_id) WHERE star_rating_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE star_ratings ALTER COLUMN started_by DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM star_ratings WHERE started_by IS NULL`);
    await q.query(`ALTER TABLE star_ratings ALTER COLUMN started_by SET NOT NULL`);
    await q.query(`ALTER TABLE notifications DROP COLUMN star_rating_id`);
  }
}
