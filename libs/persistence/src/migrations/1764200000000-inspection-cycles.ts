import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 互检 programmes (one Temporal Schedule each), their cycles (one workflow per period), submissions (自检 and 互检),
 * findings (each one rectification item), meetings (例会) and reports (上报/通报).
 */
export class InspectionCycles1764200000000 implements MigrationInterface {
  name = 'InspectionCycles1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY,
        region_id uuid NOT NULL REFERENCES regions(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        cadence jsonb NOT NULL,
        participants uuid[] NOT NULL,
        phase_windows jsonb NOT NULL,
        rubric jsonb NOT NULL,
        pairing_strategy text NOT NULL DEFAULT 'rotation' CHECK (pairing_strategy IN ('rotation')),
        policy_version integer REFERENCES policy_sets(version),
        repeat_lookback integer NOT NULL DEFAULT 3 CHECK (repeat_lookback BETWEEN 1 AND 24),
        schedule_id text NOT NULL CONSTRAINT uq_programmes_schedule UNIQUE,
        paused boolean NOT NULL DEFAULT false,
        created_by uuid NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_programmes_region ON programmes (region_id)`);
    await q.query(`
      CREATE TABLE cycles (
        id uuid PRIMARY KEY,
        programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        period text NOT NULL,
        cycle_number integer NOT NULL CHECK (cycle_number > 0),
        workflow_id text NOT NULL CONSTRAINT uq_cycles_workflow UNIQUE,
        phase text NOT NULL CHECK (phase IN ('open','self_check','mutual_inspection','meeting','report','closed')),
        started_at timestamptz NOT NULL,
        due_times jsonb NOT NULL,
        participants uuid[] NOT NULL,
        pairs jsonb NOT NULL,
        report jsonb,
        projection_seq integer NOT NULL,
        closed_at timestamptz,
        CONSTRAINT uq_cycles_period UNIQUE (programme_id, period),
        CONSTRAINT uq_cycles_number UNIQUE (programme_id, cycle_number)
      )`);
    await q.query(`
      CREATE TABLE cycle_submissions (
        id uuid PRIMARY KEY,
        cycle_id uuid NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('self_check','mutual_inspection')),
        inspector_unit_id uuid NOT NULL REFERENCES units(id),
        inspectee_unit_id uuid NOT NULL REFERENCES units(id),
        scores jsonb NOT NULL,
        comments text NOT NULL DEFAULT '',
        submitted_by uuid NOT NULL REFERENCES people(id),
        submitted_at timestamptz NOT NULL,
        late boolean NOT NULL DEFAULT false,
        CONSTRAINT uq_cycle_submission UNIQUE (cycle_id, kind, inspector_unit_id)
      )`);
    await q.query(`
      CREATE TABLE findings (
        id uuid PRIMARY KEY,
        cycle_id uuid NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        submission_id uuid NOT NULL REFERENCES cycle_submissions(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id),
        criterion_key text NOT NULL,
        description text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('minor','major','critical')),
        deduction numeric(6,2) NOT NULL DEFAULT 0 CHECK (deduction >= 0),
        requirement text NOT NULL DEFAULT '',
        deadline date NOT NULL,
        item_id uuid NOT NULL CONSTRAINT uq_findings_item UNIQUE,
        repeat_of uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_findings_unit_criterion ON findings (unit_id, criterion_key)`);
    await q.query(`ALTER TABLE items ADD COLUMN cycle_id uuid REFERENCES cycles(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX ix_items_cycle ON items (cycle_id)`);
    // Cycle notices (通知, 催办, 上报, 通报) go to units that are not an item's parties.
    await q.query(`ALTER TABLE notifications ADD COLUMN cycle_id uuid REFERENCES cycles(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_audience_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_audience_check
         CHECK (audience IN ('responsible','verifier','committee','unit'))`,
    );
    await q.query(`
      CREATE TABLE cycle_meetings (
        cycle_id uuid PRIMARY KEY REFERENCES cycles(id) ON DELETE CASCADE,
        minutes text NOT NULL,
        attendance jsonb NOT NULL,
        held_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL REFERENCES people(id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE items DROP COLUMN IF EXISTS cycle_id');
    await q.query('ALTER TABLE notifications DROP COLUMN IF EXISTS cycle_id');
    await q.query('DROP TABLE IF EXISTS cycle_meetings, findings, cycle_submissions, cycles, programmes');
  }
}
