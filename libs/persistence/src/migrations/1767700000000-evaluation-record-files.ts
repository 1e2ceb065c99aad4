import { MigrationInterface, QueryRunner } from 'typeorm';

/** 记实 records carry files as evidence (the meeting's photo, the sign-in sheet): a file reference of their own. */
export class EvaluationRecordFiles1767700000000 implements MigrationInterface {
  name = 'EvaluationRecordFiles1767700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE file_references ADD COLUMN evaluation_record_id uuid REFERENCES evaluation_records(id)`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_subject_check`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_check`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_subject_check
        CHECK (subject IN ('item_event','cycle_submission','finding','meeting','obligation_record','evaluation_record'))`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_check
        CHECK (item_id IS NOT NULL OR cycle_id IS NOT NULL OR obligation_record_id IS NOT NULL
               OR evaluation_record_id IS NOT NULL)`);
    await q.query(
      `CREATE INDEX ix_file_references_evaluation_record ON file_references (evaluation_record_id)
        WHERE evaluation_record_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM file_references WHERE evaluation_record_id IS NOT NULL`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_subject_check`);
    await q.query(`ALTER TABLE file_references DROP CONSTRAINT file_references_check`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_subject_check
        CHECK (subject IN ('item_event','cycle_submission','finding','meeting','obligation_record'))`);
    await q.query(`
      ALTER TABLE file_references ADD CONSTRAINT file_references_check
        CHECK (item_id IS NOT NULL OR cycle_id IS NOT NULL OR obligation_record_id IS NOT NULL)`);
    await q.query(`ALTER TABLE file_references DROP COLUMN evaluation_record_id`);
  }
}
