import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification delivery: per-unit channel configs (group robots), per-person preferences, inbox read and
 * acknowledgement (已阅) state, and the delivery ledger that makes each (notification, channel, recipient) leave at
 * most once, with every attempt appended to `delivery_attempts`.
 */
export class NotificationDelivery1764300000000 implements MigrationInterface {
  name = 'NotificationDelivery1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // The outbox rows are expanded into deliveries once; rows written before this migration count as handled.
    await q.query(`ALTER TABLE notifications ADD COLUMN dispatched_at timestamptz`);
    await q.query(`UPDATE notifications SET dispatched_at = now()`);
    await q.query(`CREATE INDEX ix_notifications_undispatched ON notifications (id) WHERE dispatched_at IS NULL`);
    // Wakes the delivery dispatcher (through the API's listener) as soon as an outbox row is written.
    await q.query(`
      CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('huijian_outbox', ''); RETURN NULL; END $$`);
    await q.query(`
      CREATE TRIGGER notifications_outbox_changed AFTER INSERT ON notifications
      FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox()`);
    await q.query(`
      CREATE TABLE notification_channels (
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('wecom','dingtalk','feishu')),
        webhook_url text NOT NULL,
        secret text,
        kinds text[] NOT NULL,
        delivery_window jsonb,
        enabled boolean NOT NULL DEFAULT true,
        updated_by uuid NOT NULL REFERENCES people(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (unit_id, channel)
      )`);
    await q.query(`
      CREATE TABLE notification_preferences (
        person_id uuid PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        email text,
        channels jsonb NOT NULL,
        delivery_window jsonb,
        locale text NOT NULL DEFAULT 'zh' CHECK (locale IN ('zh','en')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id bigint NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE notification_acknowledgements (
        notification_id bigint NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        via text NOT NULL CHECK (via IN ('inbox','link')),
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE deliveries (
        id bigserial PRIMARY KEY,
        notification_id bigint REFERENCES notifications(id) ON DELETE CASCADE,
        digest_key text CONSTRAINT uq_deliveries_digest UNIQUE,
        digest_id bigint REFERENCES deliveries(id),
        channel text NOT NULL CHECK (channel IN ('email','wecom','dingtalk','feishu')),
        recipient text NOT NULL,
        kind text NOT NULL,
        state text NOT NULL CHECK (state IN ('scheduled','queued','sending','sent','dead','digested')),
        not_before timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        ack_token text CONSTRAINT uq_deliveries_ack_token UNIQUE,
        replays integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT uq_deliveries_once UNIQUE (notification_id, channel, recipient),
        CONSTRAINT ck_deliveries_subject CHECK ((notification_id IS NULL) <> (digest_key IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_deliveries_due ON deliveries (not_before) WHERE state = 'scheduled'`);
    await q.query(`CREATE INDEX ix_deliveries_dead ON deliveries (updated_at DESC) WHERE state = 'dead'`);
    await q.query(`
      CREATE TABLE delivery_attempts (
        id bigserial PRIMARY KEY,
        delivery_id bigint NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        status text NOT NULL CHECK (status IN ('sent','failed','interrupted')),
        error text,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_delivery_attempts_delivery ON delivery_attempts (delivery_id, id)`);
    // Append-only: an attempt, once recorded, is history.
    await q.query(`
      CREATE FUNCTION forbid_delivery_attempt_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'delivery_attempts is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER delivery_attempts_append_only BEFORE UPDATE ON delivery_attempts
      FOR EACH ROW EXECUTE FUNCTION forbid_delivery_attempt_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE IF EXISTS delivery_attempts, deliveries, notification_acknowledgements, notification_reads,
         notification_preferences, notification_channels`,
    );
    await q.query('DROP TRIGGER IF EXISTS notifications_outbox_changed ON notifications');
    await q.query('DROP FUNCTION IF EXISTS notify_outbox, forbid_delivery_attempt_change');
    await q.query('ALTER TABLE notifications DROP COLUMN IF EXISTS dispatched_at');
  }
}
