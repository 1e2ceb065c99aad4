import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurring obligations (三会一课 and the other cadences of organisational life): their types as versioned data, one
 * row per unit × type × period (the ledger 总台账/分台账, projected by the obligation's workflow), the records a
 * unit submits (记实) with the lead unit's decision and the 晒 marks, and an append-only timeline. Records use files
 * through the existing references; notifications about obligations go through the same outbox as items.
 */
export class Obligations1766400000000 implements MigrationInterface {
  name = 'Obligations1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE obligation_types (
        id uuid PRIMARY KEY,
        code text NOT NULL CONSTRAINT uq_obligation_types_code UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,64}$'),
        -- the newest version's definition; every version is kept in obligation_type_versions
        version integer NOT NULL CHECK (version >= 1),
        definition jsonb NOT NULL,
        schedule_id text NOT NULL,
        paused boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE obligation_type_versions (
        type_id uuid NOT NULL REFERENCES obligation_types(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        definition jsonb NOT NULL,
        -- the first day of the first period this version governs: a change applies from the next period only
        effective_from date NOT NULL,
        created_by uuid REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (type_id, version)
      )`);
    await q.query(`
      CREATE TABLE obligations (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL CONSTRAINT uq_obligations_workflow UNIQUE,
        type_id uuid NOT NULL REFERENCES obligation_types(id),
        type_version integer NOT NULL,
        unit_id uuid NOT NULL REFERENCES units(id),
        region_id uuid REFERENCES regions(id),
        confirming_unit_id uuid REFERENCES units(id),
        period text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        due_date date NOT NULL,
        closes_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('open','recorded','sent_back','done','missed')),
        first_submitted_on date,
        escalation_level smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
        chases integer NOT NULL DEFAULT 0,
        projection_seq integer NOT NULL,
        opened_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        done_at timestamptz,
        CONSTRAINT uq_obligations_period UNIQUE (type_id, unit_id, period)
      )`);
    await q.query(`CREATE INDEX ix_obligations_region ON obligations (region_id, period_start DESC)`);
    await q.query(`CREATE INDEX ix_obligations_unit ON obligations (unit_id, period_start DESC)`);
    await q.query(`
      CREATE TABLE obligation_records (
        id uuid PRIMARY KEY,
        obligation_id uuid NOT NULL REFERENCES obligations(id),
        attempt integer NOT NULL CHECK (attempt >= 1),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        held_on date NOT NULL,
        attendees_count integer CHECK (attendees_count >= 0),
        attendee_ids uuid[] NOT NULL DEFAULT '{}',
        minutes text NOT NULL DEFAULT '',
        submitted_by uuid NOT NULL REFERENCES people(id),
        submitted_at timestamptz NOT NULL,
        decision text CHECK (decision IN ('confirmed','sent_back')),
        decision_reason text,
        decided_by uuid REFERENCES people(id),
        decided_at timestamptz,
        -- 晒: shown on the region's feed unless the unit says why not
        shared boolean NOT NULL DEFAULT true,
        not_shared_reason text,
        not_shared_by uuid REFERENCES people(id),
        not_shared_at timestamptz,
        CONSTRAINT uq_obligation_records_attempt UNIQUE (obligation_id, attempt),
        CHECK (shared OR not_shared_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_obligation_records_attendees ON obligation_records USING gin (attendee_ids)`);
    await q.query(`
      CREATE TABLE obligation_events (
        obligation_id uuid NOT NULL REFERENCES obligations(id),
        seq integer NOT NULL,
        kind text NOT NULL,
        actor_person_id uuid REFERENCES people(id),
        at timestamptz NOT NULL,
        reason text,
        data jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (obligation_id, seq)
      )`);
    await q.query(`
      CREATE FUNCTION forbid_obligation_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'obligation_events is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER obligation_events_append_only BEFORE UPDATE OR DELETE ON obligation_events
      FOR EACH ROW EXECUTE FUNCTION forbid_obligation_event_change()`);

    await q.query(`ALTER TABLE file_references ADD COLUMN obligation_record_id uuid REFERENCES obligation_records(id)`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_subject_check`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_check`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_subject_check
        CHECK (subject IN ('item_event','cycle_submission','finding','meeting','obligation_record'))`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_check
        CHECK (item_id IS NOT NULL OR cycle_id IS NOT NULL OR obligation_record_id IS NOT NULL)`);
    await q.query(
      `CREATE INDEX ix_file_references_obligation ON file_references (obligation_record_id)
        WHERE obligation_record_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE notifications ADD COLUMN obligation_id uuid REFERENCES obligations(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN obligation_id`);
    await q.query(`DELETE FROM file_references WHERE obligation_record_id IS NOT NULL`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_check`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_subject_check`);
    await q.query(`ALTER TABLE file_references DROP COLUMN obligation_record_id`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_subject_check
        CHECK (subject IN ('item_event','cycle_submission','finding','meeting'))`);
    await q.query(
      `ALTER TABLE file_references ADD CONSTRAINT file_references_check CHECK (item_id IS NOT NULL OR cycle_id IS NOT NULL)`,
    );
    await q.query('DROP TABLE IF EXISTS obligation_events, obligation_records, obligations');
    await q.query('DROP TABLE IF EXISTS obligation_type_versions, obligation_types');
    await q.query('DROP FUNCTION IF EXISTS forbid_obligation_event_change');
  }
}
