import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger's default order (deadline, then id): a first page for a caller who sees most rows (the committee) walks
 * this index and stops after the page, instead of sorting every row in scope; a branch's few rows still come from
 * the scope's GIN index. GET /items and GET /ledger?sort=deadline (or -deadline) read it.
 */
export class LedgerOrderIndex1766000000001 implements MigrationInterface {
  name = 'LedgerOrderIndex1766000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_items_deadline ON items (deadline, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_items_deadline`);
  }
}
