import { MigrationInterface, QueryRunner } from 'typeorm';

/** The order a person gave their files in (整改前, 整改后 …), kept per reference so timelines show them so. */
export class FileReferencePosition1765400000001 implements MigrationInterface {
  name = 'FileReferencePosition1765400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE file_references ADD COLUMN position smallint NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE file_references DROP COLUMN position`);
  }
}
