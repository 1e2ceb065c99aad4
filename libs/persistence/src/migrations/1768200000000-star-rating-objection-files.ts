import { MigrationInterface, QueryRunner } from 'typeorm';

/** An objection (异议) carries files, like a 记实 record: the evidence a unit lodges with its reason. */
export class StarRatingObjectionFiles1768200000000 implements MigrationInterface {
  name = 'StarRatingObjectionFiles1768200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE file_references ADD COLUMN objection_id uuid REFERENCES star_rating_objections(id)`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_subject_check`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_check`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_subject_check
        CHECK (subject IN ('item_event','cycle_submission','finding','meeting','obligation_record','evaluation_record',
                           'objection'))`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_check
        CHECK (item_id IS NOT NULL OR cycle_id IS NOT NULL OR obligation_record_id IS NOT NULL
               OR evaluation_record_id IS NOT NULL OR objection_id IS NOT NULL)`);
    await q.query(
      `CREATE INDEX ix_file_references_objection ON file_references (objection_id) WHERE objection_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM file_references WHERE objection_id IS NOT NULL`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_subject_check`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_check`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_subject_check
        CHECK (subject IN ('item_event','cycle_submission','finding','meeting','obligation_record','evaluation_record'))`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_check
        CHECK (item_id IS NOT NULL OR cycle_id IS NOT NULL OR obligation_record_id IS NOT NULL
               OR evaluation_record_id IS NOT NULL)`);
    await q.query(`ALTER TABLE file_references DROP COLUMN objection_id`);
  }
}
