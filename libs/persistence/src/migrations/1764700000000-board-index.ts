import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee board's list in its order: escalated items still open, by deadline then id. A page of the list
 * (GET /board) reads its rows from here in order and stops after the page, instead of sorting every escalated
 * item; the predicate is the one LedgerSql.escalatedOverdue writes, so the planner can prove the index applies.
 */
export class BoardIndex1764700000000 implements MigrationInterface {
  name = 'BoardIndex1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_items_board ON items (deadline, id)
        WHERE escalation_level > 0 AND status NOT IN ('closed','cancelled')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_items_board`);
  }
}
