import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries are sent by batch activities that claim rows in Postgres instead of one workflow each: a `queued` row
 * waits for its next attempt at `next_attempt_at` (the backoff lives in the row now), and a `sending` row carries the
 * lease of the sender that claimed it (`claimed_until`). A claim whose lease ran out has no live sender: its outcome
 * is unknown, so it is dead-lettered, never sent again by itself.
 */
export class BatchedDelivery1766100000000 implements MigrationInterface {
  name = 'BatchedDelivery1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE deliveries ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
                              ADD COLUMN claimed_until timestamptz`,
    );
    await q.query(`UPDATE deliveries SET next_attempt_at = updated_at WHERE state = 'queued'`);
    await q.query(`CREATE INDEX ix_deliveries_ready ON deliveries (next_attempt_at, id) WHERE state = 'queued'`);
    await q.query(`CREATE INDEX ix_deliveries_claimed ON deliveries (claimed_until) WHERE state = 'sending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_deliveries_claimed`);
    await q.query(`DROP INDEX ix_deliveries_ready`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN claimed_until, DROP COLUMN next_attempt_at`);
  }
}
