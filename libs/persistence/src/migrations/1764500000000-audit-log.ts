import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log: every write through the API (who, what, on what, with which input, with which outcome). */
export class AuditLog1764500000000 implements MigrationInterface {
  name = 'AuditLog1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_person_id uuid REFERENCES people(id) ON DELETE SET NULL,
        action text NOT NULL,
        target text,
        status integer NOT NULL,
        request_id text NOT NULL,
        request jsonb NOT NULL DEFAULT '{}',
        outcome jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX ix_audit_at ON audit_log (at DESC)`);
    await q.query(`CREATE INDEX ix_audit_actor ON audit_log (actor_person_id, at DESC)`);
    await q.query(`
      CREATE FUNCTION forbid_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION forbid_audit_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS audit_log');
    await q.query('DROP FUNCTION IF EXISTS forbid_audit_change');
  }
}
