import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every ledger page also answers its `total`: a count over the caller's whole scope, which for the committee is every
 * row (100k: 80–240 ms as a scan of the heap). Both indexes carry `scope`, so such a count is an index-only scan
 * that checks the caller's keys in the index itself:
 * - `ix_items_status_light` for the views filtered by status and light (GET /items, GET /ledger, the counts);
 * - `ix_items_board` again, now with `escalation_level` and `scope`, for the board's count of escalated overdue items
 *   (its page still walks it in deadline order, as before).
 */
export class LedgerCountIndexes1767200000000 implements MigrationInterface {
  name = 'LedgerCountIndexes1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_items_status_light ON items (status, light) INCLUDE (scope)`);
    await q.query(`DROP INDEX ix_items_board`);
    await q.query(
      `CREATE INDEX ix_items_board ON items (deadline, id) INCLUDE (escalation_level, scope)
        WHERE escalation_level > 0 AND status NOT IN ('closed','cancelled')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_items_status_light`);
    await q.query(`DROP INDEX ix_items_board`);
    await q.query(
      `CREATE INDEX ix_items_board ON items (deadline, id)
        WHERE escalation_level > 0 AND status NOT IN ('closed','cancelled')`,
    );
  }
}
