import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 一季一评议: the lead unit's written comment (点评) on a unit's quarter. Append-only: a changed comment is a new row,
 * so what a unit was once told is never lost; the newest row is the comment in force.
 */
export class QuarterReviews1767600000000 implements MigrationInterface {
  name = 'QuarterReviews1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quarter_reviews (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL REFERENCES units(id),
        region_id uuid NOT NULL REFERENCES regions(id),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        comment text NOT NULL CHECK (length(btrim(comment)) BETWEEN 1 AND 4000),
        reviewed_by uuid NOT NULL REFERENCES people(id),
        reviewed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_quarter_reviews_unit ON quarter_reviews (unit_id, year, quarter, reviewed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE quarter_reviews');
  }
}
