import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError, type ItemStatus, type Light, type Severity } from '../../domain/src';
import type { Caller } from '../../identity/src';
import type { PendingExtension } from '../../../workflows/contracts';
import { scopeKey, visibleItemsCondition } from './item-scope';

/**
 * A ledger (台账) view: which items, in which order. The one filter of GET /items, GET /ledger, the counts, the board
 * and the export.
 */
export interface LedgerFilter {
  status?: ItemStatus[];
  light?: Light[];
  escalationLevel?: number[];
  /** A unit and its subtree. */
  unitId?: string;
  regionId?: string;
  cycleId?: string;
  /** At least this many calendar days past the deadline (open items only). */
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

/** One ledger row as the ledger views and the export show it. */
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
  /** Calendar days past the deadline while open (0 once closed or cancelled). */
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
export interface CursorState {
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

/** Where a page starts: after a keyset cursor (the ledger views) or after a number of rows (GET /items). */
export type PageStart = { after?: CursorState; offset?: number };

/**
 * The one ledger query builder: SQL text and parameters built together so that placeholders never drift. Every
 * read of the items projection in a caller's scope (GET /items, GET /ledger, counts, board, export) starts here.
 */
export class LedgerSql {
  readonly params: unknown[];
  readonly where: string[] = [];

  constructor(
    readonly caller: Caller,
    orgTimeZone: string,
  ) {
    this.params = [orgTimeZone];
    this.where.push(visibleItemsCondition(caller, (v) => this.param(v)));
  }

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** Adds the view's filters. `exactUnitId` narrows to one responsible unit without its subtree (export sheets). */
  filter(f: LedgerFilter, exactUnitId?: string): this {
    if (f.status?.length) this.where.push(`i.status = ANY(${this.param(f.status)})`);
    if (f.light?.length) this.where.push(`i.light = ANY(${this.param(f.light)})`);
    if (f.escalationLevel?.length) this.where.push(`i.escalation_level = ANY(${this.param(f.escalationLevel)})`);
    if (f.unitId) this.where.push(`i.scope @> ARRAY[${this.param(scopeKey.responsible(f.unitId))}::text]`);
    if (exactUnitId) this.where.push(`i.responsible_unit_id = ${this.param(exactUnitId)}`);
    if (f.regionId) this.where.push(`i.region_id = ${this.param(f.regionId)}`);
    if (f.cycleId) this.where.push(`i.cycle_id = ${this.param(f.cycleId)}`);
    if (f.mine) this.where.push(`i.responsible_person_id = ${this.param(this.caller.personId)}`);
    if (f.minOverdueDays !== undefined) {
      this.where.push(
        `i.status NOT IN ('closed','cancelled') AND ${TODAY} - i.deadline >= ${this.param(f.minOverdueDays)}`,
      );
    }
    // Word by word, each escaped: `%` and `_` in a search are the characters themselves, never wildcards.
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

  /** The view's WHERE condition (its parameters are `params`): it reads only `items i`, never a joined table. */
  get condition(): string {
    return this.where.join(' AND ');
  }

  /**
   * One page in the view's order, after the cursor or the offset; fetches one row more to know whether another
   * page follows. `columns` adds select-list expressions a caller needs beside the ledger row (the board's last 催办).
   */
  page(sort: LedgerSort, limit: number, start: PageStart = {}, columns = ''): { sql: string; params: unknown[] } {
    const { expr, cast } = SORT_COLUMNS[sort.replace('-', '')];
    const desc = sort.startsWith('-');
    const params = [...this.params];
    const where = [...this.where];
    if (start.after) {
      const [k, id] = [params.push(start.after.k), params.push(start.after.id)];
      where.push(`(${expr}, i.id) ${desc ? '<' : '>'} ($${k}::${cast}, $${id}::uuid)`);
    }
    const dir = desc ? 'DESC' : 'ASC';
    const offset = start.offset ? ` OFFSET $${params.push(start.offset)}` : '';
    const sql = `${SELECT}, ${expr}::text AS sort_key${columns ? `, ${columns}` : ''} ${FROM} WHERE ${where.join(' AND ')}
             ORDER BY ${expr} ${dir}, i.id ${dir} LIMIT $${params.push(limit + 1)}${offset}`;
    return { sql, params };
  }

  /**
   * How many rows the view has (every page's `total`); `today` also gives the time-zone parameter $1 its type. The
   * condition reads `items` alone, so counting joins nothing.
   */
  totalSql(columns = 'count(*)::int AS n'): string {
    return `SELECT ${columns}, ${TODAY} AS today FROM items i WHERE ${this.condition}`;
  }

  /** Counts per responsible unit and light (plus overdue) in the view; grouped by id first, named after. */
  countsSql(): string {
    return `SELECT c.unit_id, u.name AS unit_name, c.light, c.n, c.overdue
              FROM (SELECT i.responsible_unit_id AS unit_id, i.light, count(*)::int AS n,
                           count(*) FILTER (WHERE i.status NOT IN ('closed','cancelled') AND i.deadline < ${TODAY})::int AS overdue
                      FROM items i WHERE ${this.condition} GROUP BY i.responsible_unit_id, i.light) c
              JOIN units u ON u.id = c.unit_id
             ORDER BY u.name, c.unit_id`;
  }
}

/**
 * The rows of one page fetched by LedgerSql.page (one more than `limit` when another page follows) and the opaque
 * cursor of the next page, null on the last.
 */
export function cutPage<R extends { id: string; sort_key: string }>(
  rows: R[],
  sort: LedgerSort,
  limit: number,
  key: Buffer,
): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > limit && last ? encodeCursor({ s: sort, k: last.sort_key, id: last.id }, key) : null,
  };
}

/** Today in the organisation's time zone ($1 of every ledger query). */
export const TODAY = '(now() AT TIME ZONE $1)::date';

const SELECT = `
  SELECT i.id, i.workflow_id, i.region_id, r.name AS region_name, i.responsible_unit_id, u.name AS unit_name,
         u.path AS responsible_path, i.verifier_unit_id, vu.path AS verifier_path,
         i.responsible_person_id, p.name AS person_name, i.cycle_id, c.period AS cycle_period,
         i.title, i.description, i.requirement, i.severity, i.deadline, i.original_deadline, i.status, i.light,
         i.escalation_level, i.milestones, i.pending_extension, i.policy_version, i.created_at, i.updated_at, i.closed_at,
         CASE WHEN i.status IN ('closed','cancelled') THEN 0 ELSE GREATEST(0, ${TODAY} - i.deadline) END AS overdue_days`;

/** Items with their responsible (u) and verifier (vu) units; every ledger, count and board query reads this. */
export const FROM = `
    FROM items i
    JOIN units u ON u.id = i.responsible_unit_id
    JOIN units vu ON vu.id = i.verifier_unit_id
    JOIN regions r ON r.id = i.region_id
    LEFT JOIN people p ON p.id = i.responsible_person_id
    LEFT JOIN cycles c ON c.id = i.cycle_id`;

/** One item's ledger row whoever asks ($1 the time zone, $2 the id): the caller's scope is checked on the row. */
export const ITEM_BY_ID_SQL = `${SELECT} ${FROM} WHERE i.id = $2`;

/**
 * ITEM_BY_ID_SQL with what the item's page shows beside the row, in the same round trip: its timeline (`timeline`,
 * oldest first, with the actor's name) and the files attached to its events (`event_files`, in order), as JSON.
 */
export const ITEM_DETAIL_SQL = `${SELECT},
    (SELECT coalesce(json_agg(json_build_object('seq', e.seq, 'kind', e.kind, 'actor_person_id', e.actor_person_id,
                                                'actor_name', ap.name, 'actor_side', e.actor_side, 'at', e.at,
                                                'reason', e.reason, 'data', e.data) ORDER BY e.seq), '[]'::json)
       FROM item_events e LEFT JOIN people ap ON ap.id = e.actor_person_id WHERE e.item_id = i.id) AS timeline,
    (SELECT coalesce(json_agg(json_build_object('subject', fr.subject, 'event_seq', fr.event_seq, 'file_id', fr.file_id)
                              ORDER BY fr.event_seq, fr.position), '[]'::json)
       FROM file_references fr WHERE fr.item_id = i.id AND fr.subject IN ('item_event', 'finding')) AS event_files,
    -- 来源: the 互检 finding the item was made from (none for an item assigned by hand).
    (SELECT json_build_object('cycle_id', f.cycle_id, 'cycle_number', c.cycle_number, 'period', c.period,
                              'programme_id', p.id, 'programme_name', p.name, 'kind', s.kind,
                              'inspector_unit_id', s.inspector_unit_id, 'inspector_unit_name', u.name,
                              'submitted_by', s.submitted_by, 'submitted_by_name', pe.name, 'submitted_at', s.submitted_at)
       FROM findings f JOIN cycles c ON c.id = f.cycle_id JOIN programmes p ON p.id = c.programme_id
       JOIN cycle_submissions s ON s.id = f.submission_id JOIN units u ON u.id = s.inspector_unit_id
       LEFT JOIN people pe ON pe.id = s.submitted_by
      WHERE f.item_id = i.id) AS source
  ${FROM} WHERE i.id = $2`;

/** A row of SELECT as pg returns it (dates as 'YYYY-MM-DD' strings, timestamps as Dates). */
export interface LedgerSqlRow {
  id: string;
  workflow_id: string;
  region_id: string;
  region_name: string;
  responsible_unit_id: string;
  unit_name: string;
  responsible_path: string;
  verifier_unit_id: string;
  verifier_path: string;
  responsible_person_id: string | null;
  person_name: string | null;
  cycle_id: string | null;
  cycle_period: string | null;
  title: string;
  description: string;
  requirement: string;
  severity: Severity;
  deadline: string;
  original_deadline: string;
  status: ItemStatus;
  light: Light;
  escalation_level: number;
  milestones: LedgerEntry['milestones'];
  pending_extension: PendingExtension | null;
  policy_version: number;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  overdue_days: number;
}

/** A row of LedgerSql.page: the ledger row and its sort key (for the cursor). */
export type LedgerPageRow = LedgerSqlRow & { sort_key: string };

/** What the ledger views and GET /items show alike. */
type CommonFields = Omit<LedgerEntry, 'regionName' | 'responsiblePersonName' | 'cycleId' | 'cyclePeriod'>;

function commonFields(r: LedgerSqlRow): CommonFields {
  return {
    id: r.id,
    regionId: r.region_id,
    responsibleUnitId: r.responsible_unit_id,
    responsibleUnitName: r.unit_name,
    responsiblePersonId: r.responsible_person_id,
    title: r.title,
    description: r.description,
    requirement: r.requirement,
    severity: r.severity,
    deadline: r.deadline,
    originalDeadline: r.original_deadline,
    status: r.status,
    light: r.light,
    escalationLevel: Number(r.escalation_level),
    overdueDays: Number(r.overdue_days),
    milestones: r.milestones,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}

export function toLedgerEntry(r: LedgerSqlRow): LedgerEntry {
  return {
    ...commonFields(r),
    regionName: r.region_name,
    responsiblePersonName: r.person_name,
    cycleId: r.cycle_id,
    cyclePeriod: r.cycle_period,
  };
}

/** The ledger row of an item as GET /items shows it (台账 projection), with what its actions need. */
export interface LedgerRow extends CommonFields {
  workflowId: string;
  verifierUnitId: string;
  pendingExtension: PendingExtension | null;
  policyVersion: number;
}

export function toLedgerRow(r: LedgerSqlRow): LedgerRow {
  return {
    ...commonFields(r),
    workflowId: r.workflow_id,
    verifierUnitId: r.verifier_unit_id,
    pendingExtension: r.pending_extension,
    policyVersion: Number(r.policy_version),
  };
}
