import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError, type ItemStatus, type Light, type Severity } from '../../domain/src';
import { type Caller, isSystemAdmin } from '../../identity/src';

/** A ledger (台账) view: which items, in which order. The same filter serves pages, counts and the export. */
export interface LedgerFilter {
  status?: ItemStatus[];
  light?: Light[];
  escalationLevel?: number[];
  /** A unit and its subtree. */
  unitId?: string;
  regionId?: string;
  cycleId?: string;
  /** At least this many calendar days past the deadline (open items only), as in GET /items. */
  minOverdueDays?: number;
  /** Every whitespace-separated term must occur in the title or the description (Chinese works as is). */
  q?: string;
  /** 明细账: only items whose responsible person is the caller. */
  mine?: boolean;
  sort?: LedgerSort;
}

export const LEDGER_SORTS = [
  'deadline',
  '-deadline',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'escalationLevel',
  '-escalationLevel',
  'title',
  '-title',
] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

/** One ledger row as the views and the export show it. */
export interface LedgerEntry {
  id: string;
  regionId: string;
  regionName: string;
  responsibleUnitId: string;
  responsibleUnitName: string;
  responsiblePersonId: string | null;
  responsiblePersonName: string | null;
  cycleId: string | null;
  cyclePeriod: string | null;
  title: string;
  description: string;
  requirement: string;
  severity: Severity;
  deadline: string;
  originalDeadline: string;
  status: ItemStatus;
  light: Light;
  escalationLevel: number;
  /** Calendar days past the deadline while open (0 once closed or cancelled), as GET /items reports it. */
  overdueDays: number;
  milestones: { key: string; label: string; due: string; done: boolean }[];
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

const SORT_COLUMNS: Record<string, { expr: string; cast: string }> = {
  deadline: { expr: 'i.deadline', cast: 'date' },
  createdAt: { expr: 'i.created_at', cast: 'timestamptz' },
  updatedAt: { expr: 'i.updated_at', cast: 'timestamptz' },
  escalationLevel: { expr: 'i.escalation_level', cast: 'smallint' },
  title: { expr: 'i.title', cast: 'text' },
};

/** Where a page ends: the sort it belongs to, the last row's sort key (as Postgres prints it) and id. */
interface CursorState {
  s: LedgerSort;
  k: string;
  id: string;
}

/** What each sort column's key looks like as Postgres prints it, so a cursor's key always casts. */
const KEY_SHAPE: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamptz: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
  smallint: /^-?\d{1,5}$/,
  text: /^[^]{0,1000}$/,
};

const signature = (payload: string, key: Buffer): Buffer =>
  createHmac('sha256', key).update(`ledger-cursor:${payload}`).digest();

/** `<payload>.<HMAC>`: opaque to clients, and a changed byte is refused before anything reads the payload. */
function encodeCursor(state: CursorState, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${payload}.${signature(payload, key).toString('base64url')}`;
}

/** Reads a cursor back: one not signed with `key`, from another sort order, or of the wrong shape is a 400. */
export function decodeCursor(cursor: string, sort: LedgerSort, key: Buffer): CursorState {
  const [payload, mac, extra] = cursor.split('.');
  let state: Partial<CursorState> | undefined;
  const given = Buffer.from(mac ?? '', 'base64url');
  const expected = signature(payload ?? '', key);
  if (extra === undefined && given.length === expected.length && timingSafeEqual(given, expected)) {
    try {
      state = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<CursorState>;
    } catch {
      state = undefined;
    }
  }
  const column = SORT_COLUMNS[sort.replace('-', '')];
  const valid =
    state &&
    typeof state.k === 'string' &&
    typeof state.id === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(state.id) &&
    state.s === sort &&
    KEY_SHAPE[column.cast].test(state.k);
  if (!valid) {
    throw new DomainError('VALIDATION_FAILED', 'cursor is not one this ledger view handed out (same sort, unchanged)', {
      fields: [{ field: 'cursor', reason: 'unknown, altered or from another sort order' }],
    });
  }
  return state as CursorState;
}

/** SQL text and parameters of one ledger query, built together so that placeholders never drift. */
export class LedgerSql {
  readonly params: unknown[];
  readonly where: string[] = [];

  constructor(
    readonly caller: Caller,
    orgTimeZone: string,
  ) {
    this.params = [orgTimeZone];
    this.where.push(visibleItemsClause(caller, this.params));
  }

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** Adds the view's filters. `exactUnitId` narrows to one responsible unit without its subtree (export sheets). */
  filter(f: LedgerFilter, exactUnitId?: string): this {
    if (f.status?.length) this.where.push(`i.status = ANY(${this.param(f.status)})`);
    if (f.light?.length) this.where.push(`i.light = ANY(${this.param(f.light)})`);
    if (f.escalationLevel?.length) this.where.push(`i.escalation_level = ANY(${this.param(f.escalationLevel)})`);
    if (f.unitId) this.where.push(`u.path LIKE (SELECT path FROM units WHERE id = ${this.param(f.unitId)}) || '%'`);
    if (exactUnitId) this.where.push(`i.responsible_unit_id = ${this.param(exactUnitId)}`);
    if (f.regionId) this.where.push(`i.region_id = ${this.param(f.regionId)}`);
    if (f.cycleId) this.where.push(`i.cycle_id = ${this.param(f.cycleId)}`);
    if (f.mine) this.where.push(`i.responsible_person_id = ${this.param(this.caller.personId)}`);
    if (f.minOverdueDays !== undefined) {
      this.where.push(
        `i.status NOT IN ('closed','cancelled') AND ${TODAY} - i.deadline >= ${this.param(f.minOverdueDays)}`,
      );
    }
    for (const term of (f.q ?? '').split(/\s+/).filter(Boolean)) {
      const p = this.param(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      this.where.push(`(i.title ILIKE ${p} OR i.description ILIKE ${p})`);
    }
    return this;
  }

  /**
   * 督办: escalated items still open past their deadline — the committee board's list. Written exactly as the
   * predicate of the partial index ix_items_board, so that Postgres can prove the index applies.
   */
  escalatedOverdue(): this {
    this.where.push(`i.escalation_level > 0 AND i.status NOT IN ('closed','cancelled') AND i.deadline < ${TODAY}`);
    return this;
  }

  /** The view's WHERE condition (its parameters are `params`). */
  get condition(): string {
    return this.where.join(' AND ');
  }

  /**
   * One page in the view's order, after the cursor; fetches one row more to know whether another page follows.
   * `columns` adds select-list expressions a caller needs beside the ledger row (the board's last 催办).
   */
  page(
    sort: LedgerSort,
    after: CursorState | undefined,
    limit: number,
    columns = '',
  ): { sql: string; params: unknown[] } {
    const { expr, cast } = SORT_COLUMNS[sort.replace('-', '')];
    const desc = sort.startsWith('-');
    const params = [...this.params];
    const where = [...this.where];
    if (after) {
      const [k, id] = [params.push(after.k), params.push(after.id)];
      where.push(`(${expr}, i.id) ${desc ? '<' : '>'} ($${k}::${cast}, $${id}::uuid)`);
    }
    const dir = desc ? 'DESC' : 'ASC';
    const sql = `${SELECT}, ${expr}::text AS sort_key${columns ? `, ${columns}` : ''} ${FROM} WHERE ${where.join(' AND ')}
             ORDER BY ${expr} ${dir}, i.id ${dir} LIMIT $${params.push(limit + 1)}`;
    return { sql, params };
  }

  /** Counts per responsible unit and light (plus overdue) in the view. */
  countsSql(): string {
    return `SELECT i.responsible_unit_id AS unit_id, u.name AS unit_name, i.light, count(*)::int AS n,
                   count(*) FILTER (WHERE i.status NOT IN ('closed','cancelled') AND i.deadline < ${TODAY})::int AS overdue
              ${FROM} WHERE ${this.condition}
             GROUP BY i.responsible_unit_id, u.name, i.light ORDER BY u.name, i.responsible_unit_id`;
  }
}

/**
 * The rows of one page fetched by LedgerSql.page (one more than `limit` when another page follows) and the opaque
 * cursor of the next page, null on the last.
 */
export function cutPage<R extends Record<string, unknown>>(
  rows: R[],
  sort: LedgerSort,
  limit: number,
  key: Buffer,
): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ s: sort, k: last.sort_key as string, id: last.id as string }, key)
        : null,
  };
}

/** Today in the organisation's time zone ($1 of every ledger query). */
export const TODAY = '(now() AT TIME ZONE $1)::date';

const SELECT = `
  SELECT i.id, i.region_id, r.name AS region_name, i.responsible_unit_id, u.name AS unit_name,
         i.responsible_person_id, p.name AS person_name, i.cycle_id, c.period AS cycle_period,
         i.title, i.description, i.requirement, i.severity, i.deadline, i.original_deadline, i.status, i.light,
         i.escalation_level, i.milestones, i.created_at, i.updated_at, i.closed_at,
         CASE WHEN i.status IN ('closed','cancelled') THEN 0 ELSE GREATEST(0, ${TODAY} - i.deadline) END AS overdue_days`;

/** Items with their responsible (u) and verifier (vu) units; every ledger, count and board query reads this. */
export const FROM = `
    FROM items i
    JOIN units u ON u.id = i.responsible_unit_id
    JOIN units vu ON vu.id = i.verifier_unit_id
    JOIN regions r ON r.id = i.region_id
    LEFT JOIN people p ON p.id = i.responsible_person_id
    LEFT JOIN cycles c ON c.id = i.cycle_id`;

/**
 * The items a caller may see, in SQL: the same rule as canSeeItem in libs/items (and so as GET /items) — branch
 * secretaries, committee members and lead admins over the responsible unit's subtree; lead admins and committee
 * members over the verifying lead unit; system admins everything. test/ledger.e2e-spec.ts checks that both agree.
 */
export function visibleItemsClause(caller: Caller, params: unknown[]): string {
  if (isSystemAdmin(caller)) return 'true';
  const prefixes = (roles: string[]) => caller.roles.filter((r) => roles.includes(r.role)).map((r) => `${r.unitPath}%`);
  const responsible = prefixes(['branch_secretary', 'committee_member', 'lead_admin']);
  const verifier = prefixes(['lead_admin', 'committee_member']);
  return `(u.path LIKE ANY($${params.push(responsible)}) OR vu.path LIKE ANY($${params.push(verifier)}))`;
}

export function toLedgerEntry(r: Record<string, unknown>): LedgerEntry {
  return {
    id: r.id as string,
    regionId: r.region_id as string,
    regionName: r.region_name as string,
    responsibleUnitId: r.responsible_unit_id as string,
    responsibleUnitName: r.unit_name as string,
    responsiblePersonId: (r.responsible_person_id as string | null) ?? null,
    responsiblePersonName: (r.person_name as string | null) ?? null,
    cycleId: (r.cycle_id as string | null) ?? null,
    cyclePeriod: (r.cycle_period as string | null) ?? null,
    title: r.title as string,
    description: r.description as string,
    requirement: r.requirement as string,
    severity: r.severity as Severity,
    deadline: r.deadline as string,
    originalDeadline: r.original_deadline as string,
    status: r.status as ItemStatus,
    light: r.light as Light,
    escalationLevel: Number(r.escalation_level),
    overdueDays: Number(r.overdue_days),
    milestones: r.milestones as LedgerEntry['milestones'],
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    closedAt: (r.closed_at as Date | null) ?? null,
  };
}
