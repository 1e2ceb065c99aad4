import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cycle keeps the rubric (考核细则) it started with: the programme's may change for later cycles, and the forms that
 * score this cycle must offer exactly the criteria its workflow checks. Cycles projected before this have none; the
 * API answers their programme's rubric for them.
 */
export class CycleRubric1766500000000 implements MigrationInterface {
  name = 'CycleRubric1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cycles ADD COLUMN rubric jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cycles DROP COLUMN rubric`);
  }
}
