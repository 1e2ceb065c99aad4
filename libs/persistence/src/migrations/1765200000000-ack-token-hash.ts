import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail 已阅 link's token was stored as it is and never expired: anyone reading the table (a backup, a replica)
 * could acknowledge for others. Only its SHA-256 is kept now, with an expiry; existing tokens are hashed in place and
 * get the same 30 days from now.
 */
export class AckTokenHash1765200000000 implements MigrationInterface {
  name = 'AckTokenHash1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deliveries ADD COLUMN ack_token_hash bytea, ADD COLUMN ack_expires_at timestamptz`);
    await q.query(
      `UPDATE deliveries SET ack_token_hash = sha256(convert_to(ack_token, 'UTF8')), ack_expires_at = now() + interval '30 days'
        WHERE ack_token IS NOT NULL`,
    );
    await q.query(`ALTER TABLE deliveries DROP COLUMN ack_token`);
    await q.query(`CREATE UNIQUE INDEX uq_deliveries_ack_token_hash ON deliveries (ack_token_hash)`);
    await q.query(
      `ALTER TABLE deliveries ADD CONSTRAINT ck_deliveries_ack_expiry
         CHECK ((ack_token_hash IS NULL) = (ack_expires_at IS NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The tokens themselves are gone: links sent before the migration stop working after a rollback.
    await q.query(`ALTER TABLE deliveries DROP CONSTRAINT ck_deliveries_ack_expiry`);
    await q.query(`DROP INDEX uq_deliveries_ack_token_hash`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN ack_token_hash, DROP COLUMN ack_expires_at`);
    await q.query(`ALTER TABLE deliveries ADD COLUMN ack_token text CONSTRAINT uq_deliveries_ack_token UNIQUE`);
  }
}
