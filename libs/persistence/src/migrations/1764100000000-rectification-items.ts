import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rectification items (整改项): the ledger projection, the append-only timeline, the notification outbox,
 * versioned reminder/escalation policies and working-day calendar overrides.
 */
export class RectificationItems1764100000000 implements MigrationInterface {
  name = 'RectificationItems1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE policy_sets (
        version integer PRIMARY KEY CHECK (version > 0),
        body jsonb NOT NULL,
        note text,
        created_by uuid REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE calendar_overrides (
        day date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('holiday','workday')),
        note text,
        created_by uuid REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE items (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL CONSTRAINT uq_items_workflow UNIQUE,
        region_id uuid NOT NULL REFERENCES regions(id),
        responsible_unit_id uuid NOT NULL REFERENCES units(id),
        responsible_person_id uuid REFERENCES people(id),
        verifier_unit_id uuid NOT NULL REFERENCES units(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        requirement text NOT NULL DEFAULT '',
        severity text NOT NULL CHECK (severity IN ('minor','major','critical')),
        source text NOT NULL DEFAULT 'manual',
        deadline date NOT NULL,
        original_deadline date NOT NULL,
        status text NOT NULL CHECK (status IN ('open','in_progress','pending_verification','closed','cancelled')),
        light text NOT NULL CHECK (light IN ('green','yellow','red')),
        escalation_level smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
        policy_version integer NOT NULL REFERENCES policy_sets(version),
        milestones jsonb NOT NULL,
        pending_extension jsonb,
        projection_seq integer NOT NULL,
        created_by uuid NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        closed_at timestamptz,
        CONSTRAINT ck_items_closed CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_items_region_status ON items (region_id, status)`);
    await q.query(`CREATE INDEX ix_items_unit_status ON items (responsible_unit_id, status)`);
    await q.query(`CREATE INDEX ix_items_escalation ON items (escalation_level) WHERE escalation_level > 0`);
    await q.query(`
      CREATE TABLE item_events (
        id bigserial PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        kind text NOT NULL,
        actor_person_id uuid REFERENCES people(id),
        actor_side text,
        at timestamptz NOT NULL,
        reason text,
        data jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT uq_item_events_seq UNIQUE (item_id, seq)
      )`);
    await q.query(`
      CREATE TABLE notifications (
        id bigserial PRIMARY KEY,
        idempotency_key text NOT NULL CONSTRAINT uq_notifications_key UNIQUE,
        item_id uuid REFERENCES items(id) ON DELETE CASCADE,
        kind text NOT NULL,
        recipient_unit_id uuid NOT NULL REFERENCES units(id),
        audience text NOT NULL CHECK (audience IN ('responsible','verifier','committee')),
        title text NOT NULL,
        body text NOT NULL,
        due_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_notifications_recipient ON notifications (recipient_unit_id, created_at DESC)`);
    // Append-only: the timeline is never rewritten.
    await q.query(`
      CREATE FUNCTION forbid_item_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'item_events is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER item_events_append_only BEFORE UPDATE ON item_events
      FOR EACH ROW EXECUTE FUNCTION forbid_item_event_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS notifications, item_events, items, calendar_overrides, policy_sets');
    await q.query('DROP FUNCTION IF EXISTS forbid_item_event_change');
  }
}
