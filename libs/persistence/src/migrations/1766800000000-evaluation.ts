import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 积分评星: versioned indicator sets (考核细则), recorded facts (记实) the lead unit confirms or refuses, and the
 * annual star rating of each region with its objections (异议) and every change as a recorded event.
 */
export class Evaluation1766800000000 implements MigrationInterface {
  name = 'Evaluation1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_sets (
        version integer PRIMARY KEY CHECK (version > 0),
        effective_from text NOT NULL CONSTRAINT uq_indicator_sets_from UNIQUE CHECK (effective_from ~ '^\\d{4}-\\d{2}$'),
        body jsonb NOT NULL,
        created_by uuid REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE evaluation_records (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL REFERENCES units(id),
        record_type text NOT NULL CHECK (record_type ~ '^[a-z][a-z0-9_]*$'),
        occurred_on date NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        note text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('recorded','confirmed','refused')),
        recorded_by uuid NOT NULL REFERENCES people(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES people(id),
        decided_at timestamptz,
        decision_reason text,
        CONSTRAINT ck_evaluation_records_refused CHECK (status <> 'refused' OR decision_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_evaluation_records_unit ON evaluation_records (unit_id, occurred_on)`);
    await q.query(`
      CREATE TABLE star_ratings (
        id uuid PRIMARY KEY,
        region_id uuid NOT NULL REFERENCES regions(id),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        workflow_id text NOT NULL CONSTRAINT uq_star_ratings_workflow UNIQUE,
        phase text NOT NULL CHECK (phase IN ('computing','review','notice','answering','approval','final')),
        notice_ends_at timestamptz,
        revision integer NOT NULL DEFAULT 0,
        results jsonb,
        started_by uuid NOT NULL REFERENCES people(id),
        started_at timestamptz NOT NULL DEFAULT now(),
        finalised_at timestamptz,
        CONSTRAINT uq_star_ratings_year UNIQUE (region_id, year)
      )`);
    await q.query(`
      CREATE TABLE star_rating_objections (
        id uuid PRIMARY KEY,
        rating_id uuid NOT NULL REFERENCES star_ratings(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        status text NOT NULL CHECK (status IN ('open','upheld','dismissed')),
        lodged_by uuid NOT NULL REFERENCES people(id),
        lodged_at timestamptz NOT NULL,
        answer text,
        correction numeric(8,2),
        answered_by uuid REFERENCES people(id),
        answered_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_star_rating_objections_rating ON star_rating_objections (rating_id)`);
    // Adjustments, upheld objections and revisions after final: each one a line with who, when and why.
    await q.query(`
      CREATE TABLE star_rating_events (
        rating_id uuid NOT NULL REFERENCES star_ratings(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        kind text NOT NULL,
        unit_id uuid REFERENCES units(id),
        points numeric(8,2),
        reason text,
        actor_person_id uuid REFERENCES people(id),
        at timestamptz NOT NULL,
        PRIMARY KEY (rating_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS star_rating_events, star_rating_objections, star_ratings');
    await q.query('DROP TABLE IF EXISTS evaluation_records, indicator_sets');
  }
}
