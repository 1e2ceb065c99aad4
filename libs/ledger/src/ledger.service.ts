import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import type { Light } from '../../domain/src';
import type { Caller } from '../../identity/src';
import {
  cutPage,
  decodeCursor,
  type LedgerEntry,
  type LedgerFilter,
  type LedgerPageRow,
  LedgerSql,
  type LedgerSort,
  toLedgerEntry,
} from '../../items/src';

export interface LedgerPage {
  items: LedgerEntry[];
  /** Rows in the whole view, not only this page. */
  total: number;
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface UnitCounts {
  unitId: string;
  unitName: string;
  total: number;
  green: number;
  yellow: number;
  red: number;
  /** Open items past their deadline. */
  overdue: number;
}

export interface LedgerCounts {
  total: number;
  byLight: Record<Light, number>;
  overdue: number;
  byUnit: UnitCounts[];
}

/** Rows fetched per round trip by the export: bounded memory whatever the ledger's size. */
export const EXPORT_BATCH = 2000;

/**
 * Ledger (台账) views over the items projection, in the caller's scope (the same as GET /items): pages with an opaque
 * keyset cursor, counts per light and unit, and batches for the export. Read-only.
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone' | 'secretKey'>,
  ) {}

  async page(caller: Caller, filter: LedgerFilter, limit: number, cursor?: string): Promise<LedgerPage> {
    const sort = filter.sort ?? 'deadline';
    const after = cursor ? decodeCursor(cursor, sort, this.config.secretKey) : undefined;
    const view = this.sql(caller, filter);
    const { sql, params } = view.page(sort, limit, { after });
    const [page, [{ n: total }]] = await Promise.all([
      this.db.query<LedgerPageRow[]>(sql, params),
      this.db.query<{ n: number }[]>(view.totalSql(), view.params),
    ]);
    const { rows, nextCursor } = cutPage(page, sort, limit, this.config.secretKey);
    return { items: rows.map(toLedgerEntry), total, nextCursor };
  }

  async counts(caller: Caller, filter: LedgerFilter): Promise<LedgerCounts> {
    const sql = this.sql(caller, filter);
    const rows: { unit_id: string; unit_name: string; light: Light; n: number; overdue: number }[] =
      await this.db.query(sql.countsSql(), sql.params);
    const byUnit = new Map<string, UnitCounts>();
    const result: LedgerCounts = { total: 0, byLight: { green: 0, yellow: 0, red: 0 }, overdue: 0, byUnit: [] };
    for (const r of rows) {
      const unit = byUnit.get(r.unit_id) ?? {
        unitId: r.unit_id,
        unitName: r.unit_name,
        total: 0,
        green: 0,
        yellow: 0,
        red: 0,
        overdue: 0,
      };
      byUnit.set(r.unit_id, unit);
      unit[r.light] += r.n;
      unit.total += r.n;
      unit.overdue += r.overdue;
      result.byLight[r.light] += r.n;
      result.total += r.n;
      result.overdue += r.overdue;
    }
    result.byUnit = [...byUnit.values()];
    return result;
  }

  /** Every row of the view in order, fetched in keyset batches (one unit only when `exactUnitId` is given). */
  async *entries(caller: Caller, filter: LedgerFilter, exactUnitId?: string): AsyncGenerator<LedgerEntry[]> {
    const sort: LedgerSort = filter.sort ?? 'deadline';
    const sql = this.sql(caller, filter, exactUnitId);
    let after: { s: LedgerSort; k: string; id: string } | undefined;
    for (;;) {
      const { sql: text, params } = sql.page(sort, EXPORT_BATCH, { after });
      const rows = await this.db.query<LedgerPageRow[]>(text, params);
      const batch = rows.slice(0, EXPORT_BATCH);
      if (batch.length > 0) yield batch.map(toLedgerEntry);
      if (rows.length <= EXPORT_BATCH) return;
      const last = batch[batch.length - 1];
      after = { s: sort, k: last.sort_key, id: last.id };
    }
  }

  private sql(caller: Caller, filter: LedgerFilter, exactUnitId?: string): LedgerSql {
    return new LedgerSql(caller, this.config.orgTimeZone).filter(filter, exactUnitId);
  }
}
