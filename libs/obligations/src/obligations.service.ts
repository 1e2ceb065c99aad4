import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import {
  allowedObligationActions,
  compareLocalDate,
  createWorkCalendar,
  DomainError,
  type FieldProblem,
  isLocalDate,
  type LocalDate,
  localDateOf,
  type ObligationAction,
  type ObligationOutcome,
  type ObligationStatus,
  validationFailed,
} from '../../domain/src';
import { type FileSummary, FilesService } from '../../files/src';
import { type Caller, Clock, coversUnit, isSystemAdmin } from '../../identity/src';
import { regionScope } from '../../organisation/src/organisation-queries';
import { PoliciesService } from '../../policies/src/policies.service';
import { domainErrorFromUpdate, TemporalClient } from '../../temporal/src';
import type { UnitActor } from '../../../workflows/contracts';
import {
  decideRecordUpdate,
  obligationWorkflowIds,
  type RecordDecision,
  type RecordRequirements,
  submitRecordUpdate,
} from '../../../workflows/obligation-contracts';
import { canSeeObligation, obligationScopeSql, obligationSidesOf } from './obligation-scope';
import type { ObligationTypeDefinition } from './obligation-types';

export type Light = 'green' | 'yellow' | 'red';

/** One row of an obligation ledger (总台账 / 分台账): a unit × type × period. */
export interface ObligationEntry {
  id: string;
  typeId: string;
  typeName: string;
  typeVersion: number;
  unitId: string;
  unitName: string;
  regionId: string | null;
  regionName: string | null;
  confirmingUnitId: string | null;
  confirmingUnitName: string | null;
  period: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  due: LocalDate;
  closes: LocalDate;
  status: ObligationStatus;
  outcome: ObligationOutcome;
  light: Light;
  firstSubmittedOn: LocalDate | null;
  escalationLevel: number;
  chases: number;
  doneAt: Date | null;
  updatedAt: Date;
}

export interface ObligationFilter {
  regionId?: string;
  /** The unit and its subtree. */
  unitId?: string;
  typeId?: string;
  period?: string;
  status?: ObligationStatus[];
  outcome?: ObligationOutcome[];
  light?: Light[];
  /** Periods starting on or after / before or on. */
  from?: LocalDate;
  to?: LocalDate;
  limit?: number;
  offset?: number;
}

export interface ObligationRecord {
  id: string;
  attempt: number;
  title: string;
  heldOn: LocalDate;
  attendeesCount: number | null;
  attendees: { personId: string; name: string }[];
  minutes: string;
  submittedBy: string;
  submittedAt: Date;
  decision: 'confirmed' | 'sent_back' | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  shared: boolean;
  notSharedReason: string | null;
  files: FileSummary[];
}

export interface ObligationDetail extends ObligationEntry {
  requires: RecordRequirements;
  records: ObligationRecord[];
  timeline: { seq: number; kind: string; at: Date; actor: string | null; reason: string | null }[];
  allowedActions: ObligationAction[];
}

export interface RecordBody {
  title?: string;
  heldOn?: string;
  attendeesCount?: number;
  attendeeIds?: string[];
  minutes?: string;
  files?: string[];
}

export interface LedgerCounts {
  total: number;
  byLight: Record<Light, number>;
  byOutcome: Record<ObligationOutcome, number>;
  byUnit: ({ unitId: string; unitName: string; total: number } & Record<ObligationOutcome, number>)[];
}

/** One entry of a region's feed (晒): a confirmed record, or a closed rectification item. */
export interface FeedEntry {
  kind: 'record' | 'item_closed';
  id: string;
  at: Date;
  unitId: string;
  unitName: string;
  title: string;
  /** Record: its type and period; item: null. */
  typeName: string | null;
  period: string | null;
  heldOn: LocalDate | null;
  /** Item: 已销号; record: null. */
  outcome: string | null;
  photos: FileSummary[];
}

/** 明细账: a person's attendance in recorded meetings. */
export interface AttendanceEntry {
  recordId: string;
  obligationId: string;
  typeName: string;
  period: string;
  unitName: string;
  title: string;
  heldOn: LocalDate;
  status: ObligationStatus;
}

const ENTRY_SQL = `
  SELECT o.id, o.type_id, v.definition->>'name' AS type_name, o.type_version, o.unit_id, u.name AS unit_name,
         u.path AS unit_path, o.region_id, r.name AS region_name, o.confirming_unit_id, cu.name AS confirming_unit_name,
         cu.path AS confirming_path, o.period, o.period_start, o.period_end, o.due_date, o.closes_on, o.status,
         o.first_submitted_on, o.escalation_level, o.chases, o.done_at, o.updated_at,
         CASE WHEN o.status = 'missed' THEN 'missed'
              WHEN o.first_submitted_on > o.due_date THEN 'late'
              WHEN o.first_submitted_on IS NOT NULL AND o.status = 'done' THEN 'on_time'
              ELSE 'pending' END AS outcome,
         CASE WHEN o.status = 'missed' THEN 'red'
              WHEN o.first_submitted_on IS NOT NULL THEN
                CASE WHEN o.first_submitted_on > o.due_date THEN 'yellow' ELSE 'green' END
              WHEN $1::date > o.due_date THEN 'red'
              WHEN o.due_date <= $2::date THEN 'yellow'
              ELSE 'green' END AS light
    FROM obligations o
    JOIN units u ON u.id = o.unit_id
    LEFT JOIN units cu ON cu.id = o.confirming_unit_id
    LEFT JOIN regions r ON r.id = o.region_id
    JOIN obligation_type_versions v ON v.type_id = o.type_id AND v.version = o.type_version`;

interface EntryRow {
  id: string;
  type_id: string;
  type_name: string;
  type_version: number;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  region_id: string | null;
  region_name: string | null;
  confirming_unit_id: string | null;
  confirming_unit_name: string | null;
  confirming_path: string | null;
  period: string;
  period_start: string;
  period_end: string;
  due_date: string;
  closes_on: string;
  status: ObligationStatus;
  first_submitted_on: string | null;
  escalation_level: number;
  chases: number;
  done_at: Date | null;
  updated_at: Date;
  outcome: ObligationOutcome;
  light: Light;
}

/**
 * The obligations of units (建): ledgers in the caller's scope, one obligation's detail, the unit's record (记实)
 * and the lead unit's decision as updates of its workflow, the 晒 mark, a person's 明细账 and a region's feed.
 * Reads come from Postgres; every change goes through the obligation's workflow (one writer per fact).
 */
@Injectable()
export class ObligationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    private readonly files: FilesService,
    private readonly policies: PoliciesService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone'>,
    /** Today for windows and lights; a test on the time-skipping server moves it with the server's clock. */
    private readonly clock: Clock,
  ) {}

  /** A page of the ledger in the caller's scope (总台账 for the lead unit and above, 分台账 for a unit). */
  async list(caller: Caller, filter: ObligationFilter): Promise<{ items: ObligationEntry[]; total: number }> {
    const { sql, params } = await this.query(caller, filter);
    const [{ n }] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${sql}) e`, params);
    const rows: EntryRow[] = await this.db.query(
      `SELECT * FROM (${sql}) e ORDER BY period_start DESC, type_name, unit_path, id
        LIMIT ${Math.min(filter.limit ?? 100, 500)} OFFSET ${filter.offset ?? 0}`,
      params,
    );
    return { items: rows.map(toEntry), total: n };
  }

  /** Every row of the view, for the export and the counts. */
  async entries(caller: Caller, filter: ObligationFilter): Promise<ObligationEntry[]> {
    const { sql, params } = await this.query(caller, filter);
    const rows: EntryRow[] = await this.db.query(
      `SELECT * FROM (${sql}) e ORDER BY unit_path, period_start, type_name`,
      params,
    );
    return rows.map(toEntry);
  }

  /** The view counted per light (红黄绿灯), per outcome (done on time, late, missed) and per unit. */
  async counts(caller: Caller, filter: ObligationFilter): Promise<LedgerCounts> {
    const entries = await this.entries(caller, filter);
    const outcomes = (): Record<ObligationOutcome, number> => ({ on_time: 0, late: 0, missed: 0, pending: 0 });
    const counts: LedgerCounts = {
      total: 0,
      byLight: { green: 0, yellow: 0, red: 0 },
      byOutcome: outcomes(),
      byUnit: [],
    };
    const units = new Map<string, LedgerCounts['byUnit'][number]>();
    for (const e of entries) {
      counts.total += 1;
      counts.byLight[e.light] += 1;
      counts.byOutcome[e.outcome] += 1;
      const unit = units.get(e.unitId) ?? { unitId: e.unitId, unitName: e.unitName, total: 0, ...outcomes() };
      unit.total += 1;
      unit[e.outcome] += 1;
      units.set(e.unitId, unit);
    }
    counts.byUnit = [...units.values()];
    return counts;
  }

  async get(caller: Caller, id: string): Promise<ObligationDetail> {
    const row = await this.visibleRow(caller, id);
    const requires = await this.requirementsOf(row);
    const records: {
      id: string;
      attempt: number;
      title: string;
      held_on: string;
      attendees_count: number | null;
      attendee_ids: string[];
      minutes: string;
      submitted_by: string;
      submitted_at: Date;
      decision: 'confirmed' | 'sent_back' | null;
      decision_reason: string | null;
      decided_at: Date | null;
      shared: boolean;
      not_shared_reason: string | null;
    }[] = await this.db.query('SELECT * FROM obligation_records WHERE obligation_id = $1 ORDER BY attempt', [id]);
    const people = await this.names(
      'people',
      records.flatMap((r) => [r.submitted_by, ...r.attendee_ids]),
    );
    const files = await this.recordFiles(records.map((r) => r.id));
    const events: { seq: number; kind: string; at: Date; actor_person_id: string | null; reason: string | null }[] =
      await this.db.query(
        'SELECT seq, kind, at, actor_person_id, reason FROM obligation_events WHERE obligation_id = $1 ORDER BY seq',
        [id],
      );
    const actors = await this.names(
      'people',
      events.map((e) => e.actor_person_id).filter((p): p is string => !!p),
    );
    const sides = obligationSidesOf(caller, partiesOf(row));
    const facts = {
      status: row.status,
      confirmationRequired: row.confirming_unit_id !== null,
      closes: row.closes_on,
    };
    return {
      ...toEntry(row),
      requires,
      records: records.map((r) => ({
        id: r.id,
        attempt: r.attempt,
        title: r.title,
        heldOn: r.held_on,
        attendeesCount: r.attendees_count,
        attendees: r.attendee_ids.map((p) => ({ personId: p, name: people.get(p) ?? '' })),
        minutes: r.minutes,
        submittedBy: people.get(r.submitted_by) ?? '',
        submittedAt: r.submitted_at,
        decision: r.decision,
        decisionReason: r.decision_reason,
        decidedAt: r.decided_at,
        shared: r.shared,
        notSharedReason: r.not_shared_reason,
        files: files.get(r.id) ?? [],
      })),
      timeline: events.map((e) => ({
        seq: e.seq,
        kind: e.kind,
        at: e.at,
        actor: e.actor_person_id ? (actors.get(e.actor_person_id) ?? null) : null,
        reason: e.reason,
      })),
      allowedActions: sides.flatMap((side) => allowedObligationActions(facts, side, this.today())),
    };
  }

  /**
   * The unit's record (记实). The type's requirements are checked field by field (400 naming each), files and
   * attendees by their owners; then the workflow decides: another unit (403), a closed period or a record already in
   * (409, with the reason), the one writer of the record.
   */
  async submitRecord(caller: Caller, id: string, body: RecordBody, idempotencyKey?: string): Promise<ObligationDetail> {
    const row = await this.visibleRow(caller, id);
    if (!obligationSidesOf(caller, partiesOf(row)).includes('unit')) {
      throw new DomainError('WRONG_ACTOR', `Only ${row.unit_name} itself records its ${row.type_name}`, {
        unitId: row.unit_id,
      });
    }
    if (row.status === 'missed' || row.status === 'done') {
      throw new DomainError('ILLEGAL_TRANSITION', `The obligation is ${row.status}: no record is accepted any more`, {
        currentState: row.status,
        allowedActions: [],
        closes: row.closes_on,
      });
    }
    const requires = await this.requirementsOf(row);
    const record = await this.checkedRecord(row, requires, body);
    await this.files.mustBeUsable(caller, record.files);
    const actor: UnitActor = { personId: caller.personId, unitId: row.unit_id };
    try {
      await this.temporal.workflow.getHandle(workflowIdOf(row)).executeUpdate(submitRecordUpdate, {
        args: [actor, record],
        updateId: idempotencyKey && `record-${caller.personId}-${idempotencyKey}`,
      });
    } catch (error) {
      throw domainErrorFromUpdate(error, { currentState: row.status });
    }
    return this.get(caller, id);
  }

  /** The lead unit confirms the record, or sends it back (退回) with a reason. */
  async decide(caller: Caller, id: string, body: RecordDecision, idempotencyKey?: string): Promise<ObligationDetail> {
    const row = await this.visibleRow(caller, id);
    const confirmingUnitId = row.confirming_unit_id;
    if (!confirmingUnitId || !obligationSidesOf(caller, partiesOf(row)).includes('lead')) {
      throw new DomainError(
        'WRONG_ACTOR',
        `Only ${row.confirming_unit_name ?? 'the lead unit'} decides on this record`,
        {
          confirmingUnitId: row.confirming_unit_id,
        },
      );
    }
    const actor: UnitActor = { personId: caller.personId, unitId: confirmingUnitId };
    try {
      await this.temporal.workflow.getHandle(workflowIdOf(row)).executeUpdate(decideRecordUpdate, {
        args: [actor, body],
        updateId: idempotencyKey && `decide-${caller.personId}-${idempotencyKey}`,
      });
    } catch (error) {
      throw domainErrorFromUpdate(error, { currentState: row.status });
    }
    return this.get(caller, id);
  }

  /** 晒: the unit marks its record as not shared on the region's feed (the reason is kept), or shares it again. */
  async setSharing(
    caller: Caller,
    recordId: string,
    body: { shared: boolean; reason?: string },
  ): Promise<{ recordId: string; shared: boolean; notSharedReason: string | null }> {
    const [rec] = await this.db.query<{ obligation_id: string }[]>(
      'SELECT obligation_id FROM obligation_records WHERE id = $1',
      [recordId],
    );
    if (!rec) throw new DomainError('NOT_FOUND', `Record ${recordId} does not exist`, { recordId });
    const row = await this.visibleRow(caller, rec.obligation_id);
    if (!obligationSidesOf(caller, partiesOf(row)).includes('unit')) {
      throw new DomainError('WRONG_ACTOR', `Only ${row.unit_name} decides whether its record is shared`, {
        unitId: row.unit_id,
      });
    }
    const reason = body.reason?.trim() ?? '';
    if (!body.shared && reason === '') {
      throw validationFailed('sharing', [{ field: 'reason', reason: 'is required to keep a record off the feed' }]);
    }
    await this.db.query(
      `UPDATE obligation_records SET shared = $2, not_shared_reason = $3, not_shared_by = $4, not_shared_at = $5
        WHERE id = $1`,
      [
        recordId,
        body.shared,
        body.shared ? null : reason,
        body.shared ? null : caller.personId,
        body.shared ? null : new Date(),
      ],
    );
    return { recordId, shared: body.shared, notSharedReason: body.shared ? null : reason };
  }

  /**
   * 明细账: the recorded meetings a person attended (newest first): the caller's own, or, for whoever holds a role
   * above the person's unit (and system admins), another person's.
   */
  async attendance(caller: Caller, personId?: string): Promise<{ personId: string; items: AttendanceEntry[] }> {
    const who = personId ?? caller.personId;
    if (who !== caller.personId) {
      const [person] = await this.db.query<{ path: string }[]>(
        'SELECT u.path FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id = $1',
        [who],
      );
      const roles = ['branch_secretary', 'lead_admin', 'committee_member'] as const;
      if (!person || !(isSystemAdmin(caller) || coversUnit(caller, person.path, roles))) {
        throw new DomainError('NOT_FOUND', `Person ${who} does not exist`, { personId: who });
      }
    }
    const rows: {
      id: string;
      obligation_id: string;
      type_name: string;
      period: string;
      unit_name: string;
      title: string;
      held_on: string;
      status: ObligationStatus;
    }[] = await this.db.query(
      `SELECT rec.id, rec.obligation_id, v.definition->>'name' AS type_name, o.period, u.name AS unit_name, rec.title,
              rec.held_on, o.status
         FROM obligation_records rec JOIN obligations o ON o.id = rec.obligation_id JOIN units u ON u.id = o.unit_id
         JOIN obligation_type_versions v ON v.type_id = o.type_id AND v.version = o.type_version
        WHERE $1::uuid = ANY(rec.attendee_ids) AND rec.decision IS DISTINCT FROM 'sent_back'
        ORDER BY rec.held_on DESC, rec.id`,
      [who],
    );
    return {
      personId: who,
      items: rows.map((r) => ({
        recordId: r.id,
        obligationId: r.obligation_id,
        typeName: r.type_name,
        period: r.period,
        unitName: r.unit_name,
        title: r.title,
        heldOn: r.held_on,
        status: r.status,
      })),
    };
  }

  /**
   * 晒: what the region's units show each other, newest first: every confirmed record its unit shares (title, date,
   * unit, photos) and every closed rectification item (title and outcome; no internal comments). Every member unit,
   * the lead unit, the committee above and system admins read it.
   */
  async feed(caller: Caller, regionId: string, limit = 50): Promise<{ items: FeedEntry[] }> {
    const region = await regionScope(this.db, regionId);
    const canRead =
      !!region &&
      (isSystemAdmin(caller) ||
        coversUnit(caller, region.leadPath, ['lead_admin', 'committee_member']) ||
        region.members.some((m) => coversUnit(caller, m.path, ['lead_admin', 'branch_secretary', 'committee_member'])));
    if (!canRead) throw new DomainError('NOT_FOUND', `Region ${regionId} does not exist`, { regionId });
    const rows: {
      kind: 'record' | 'item_closed';
      id: string;
      at: Date;
      unit_id: string;
      unit_name: string;
      title: string;
      type_name: string | null;
      period: string | null;
      held_on: string | null;
    }[] = await this.db.query(
      `SELECT * FROM (
         SELECT 'record' AS kind, rec.id, coalesce(rec.decided_at, rec.submitted_at) AS at, o.unit_id, u.name AS unit_name,
                rec.title, v.definition->>'name' AS type_name, o.period, rec.held_on
           FROM obligation_records rec JOIN obligations o ON o.id = rec.obligation_id JOIN units u ON u.id = o.unit_id
           JOIN obligation_type_versions v ON v.type_id = o.type_id AND v.version = o.type_version
          WHERE o.region_id = $1 AND o.status = 'done' AND rec.shared AND rec.decision IS DISTINCT FROM 'sent_back'
            AND rec.attempt = (SELECT max(attempt) FROM obligation_records x WHERE x.obligation_id = o.id)
         UNION ALL
         SELECT 'item_closed', i.id, i.closed_at, i.responsible_unit_id, u.name, i.title, NULL, NULL, NULL
           FROM items i JOIN units u ON u.id = i.responsible_unit_id
          WHERE i.region_id = $1 AND i.status = 'closed'
       ) f ORDER BY at DESC, id LIMIT $2`,
      [regionId, Math.min(limit, 200)],
    );
    const files = await this.recordFiles(rows.filter((r) => r.kind === 'record').map((r) => r.id));
    return {
      items: rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        at: r.at,
        unitId: r.unit_id,
        unitName: r.unit_name,
        title: r.title,
        typeName: r.type_name,
        period: r.period,
        heldOn: r.held_on,
        outcome: r.kind === 'item_closed' ? '已销号' : null,
        photos: files.get(r.id) ?? [],
      })),
    };
  }

  /** Checks a record against its type's requirements, every problem at once; fills the record's id. */
  private async checkedRecord(row: EntryRow, requires: RecordRequirements, body: RecordBody) {
    const problems: FieldProblem[] = [];
    const title = typeof body.title === 'string' ? body.title.trim() : '';
    if (title.length < 1 || title.length > 200)
      problems.push({ field: 'title', reason: 'is required (1–200 characters)' });
    const today = this.today();
    if (!isLocalDate(body.heldOn))
      problems.push({ field: 'heldOn', reason: 'is required: the date it was held, YYYY-MM-DD' });
    else if (compareLocalDate(body.heldOn, row.period_start) < 0 || compareLocalDate(body.heldOn, today) > 0) {
      problems.push({
        field: 'heldOn',
        reason: `must lie in the period (from ${row.period_start}) and not after today`,
      });
    }
    if (requires.attendeesCount && !(Number.isInteger(body.attendeesCount) && (body.attendeesCount as number) >= 1)) {
      problems.push({ field: 'attendeesCount', reason: 'is required: how many attended (at least 1)' });
    }
    const minutes = typeof body.minutes === 'string' ? body.minutes.trim() : '';
    if (requires.minutes && minutes === '')
      problems.push({ field: 'minutes', reason: 'is required: the minutes (会议记录)' });
    const files = body.files ?? [];
    if (files.length < requires.minFiles) {
      problems.push({
        field: 'files',
        reason: `needs at least ${requires.minFiles} file(s): a photo of the meeting, the sign-in sheet`,
      });
    }
    const attendeeIds = body.attendeeIds ?? [];
    if (attendeeIds.length > 0) {
      const members = new Set<string>(
        (
          await this.db.query(
            `SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id
              WHERE p.id = ANY($1::uuid[]) AND u.path LIKE $2 || '%'`,
            [attendeeIds, row.unit_path],
          )
        ).map((p: { id: string }) => p.id),
      );
      attendeeIds.forEach((p, i) => {
        if (!members.has(p))
          problems.push({ field: `attendeeIds[${i}]`, reason: `is not a person of ${row.unit_name}` });
        else if (attendeeIds.indexOf(p) !== i) problems.push({ field: `attendeeIds[${i}]`, reason: 'is listed twice' });
      });
    }
    if (problems.length > 0) throw validationFailed('record', problems);
    return {
      recordId: randomUUID(),
      title,
      heldOn: body.heldOn as string,
      attendeesCount: body.attendeesCount ?? null,
      attendeeIds,
      minutes,
      files,
    };
  }

  private async query(caller: Caller, f: ObligationFilter): Promise<{ sql: string; params: unknown[] }> {
    const bad = (['from', 'to'] as const).filter((k) => f[k] !== undefined && !isLocalDate(f[k]));
    if (bad.length > 0) {
      throw validationFailed(
        'ledger view',
        bad.map((field) => ({ field, reason: 'must be a real date YYYY-MM-DD' })),
      );
    }
    const params: unknown[] = await this.lightParams();
    const where: string[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const scope = obligationScopeSql(caller, params.length + 1);
    if (scope) {
      params.push(...scope.params);
      where.push(scope.sql);
    }
    if (f.regionId) where.push(`o.region_id = ${p(f.regionId)}`);
    if (f.unitId) where.push(`u.path LIKE (SELECT path FROM units WHERE id = ${p(f.unitId)}) || '%'`);
    if (f.typeId) where.push(`o.type_id = ${p(f.typeId)}`);
    if (f.period) where.push(`o.period = ${p(f.period)}`);
    if (f.status?.length) where.push(`o.status = ANY(${p(f.status)}::text[])`);
    if (f.from) where.push(`o.period_start >= ${p(f.from)}::date`);
    if (f.to) where.push(`o.period_start <= ${p(f.to)}::date`);
    let sql = `${ENTRY_SQL}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const outer: string[] = [];
    if (f.outcome?.length) outer.push(`outcome = ANY(${p(f.outcome)}::text[])`);
    if (f.light?.length) outer.push(`light = ANY(${p(f.light)}::text[])`);
    if (outer.length) sql = `SELECT * FROM (${sql}) x WHERE ${outer.join(' AND ')}`;
    return { sql, params };
  }

  private async visibleRow(caller: Caller, id: string): Promise<EntryRow> {
    const [row] = await this.db.query<EntryRow[]>(`${ENTRY_SQL} WHERE o.id = $3`, [...(await this.lightParams()), id]);
    if (!row || !canSeeObligation(caller, partiesOf(row))) {
      throw new DomainError('NOT_FOUND', `Obligation ${id} does not exist`, { id });
    }
    return row;
  }

  /** Today and the last day of the 临期 warning (the newest policy's working days, on the calendar with overrides). */
  /** What a record of this obligation must carry: the requirements of its type's version. */
  private async requirementsOf(row: EntryRow): Promise<RecordRequirements> {
    const [version] = await this.db.query<{ definition: ObligationTypeDefinition }[]>(
      'SELECT definition FROM obligation_type_versions WHERE type_id = $1 AND version = $2',
      [row.type_id, row.type_version],
    );
    return version.definition.requires;
  }

  private async lightParams(): Promise<[LocalDate, LocalDate]> {
    const today = this.today();
    const [set, overrides] = await Promise.all([this.policies.latest(), this.policies.calendarOverrides()]);
    return [today, createWorkCalendar(overrides).addWorkingDays(today, set.base.deadlineWarningWorkingDays ?? 3)];
  }

  private async recordFiles(recordIds: string[]): Promise<Map<string, FileSummary[]>> {
    if (recordIds.length === 0) return new Map();
    const refs: { obligation_record_id: string; file_id: string }[] = await this.db.query(
      `SELECT obligation_record_id, file_id FROM file_references WHERE obligation_record_id = ANY($1::uuid[])
        ORDER BY position, file_id`,
      [recordIds],
    );
    const summaries = await this.files.summaries(refs.map((r) => r.file_id));
    const out = new Map<string, FileSummary[]>();
    for (const r of refs) {
      const s = summaries.get(r.file_id);
      if (s) out.set(r.obligation_record_id, [...(out.get(r.obligation_record_id) ?? []), s]);
    }
    return out;
  }

  private async names(table: 'people' | 'units', ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM ${table} WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private today(): LocalDate {
    return localDateOf(this.clock.now().getTime(), this.config.orgTimeZone);
  }
}

function partiesOf(row: EntryRow) {
  return { unitPath: row.unit_path, confirmingPath: row.confirming_path };
}

function workflowIdOf(row: EntryRow): string {
  return obligationWorkflowIds.obligation(row.type_id, row.unit_id, row.period);
}

function toEntry(r: EntryRow): ObligationEntry {
  return {
    id: r.id,
    typeId: r.type_id,
    typeName: r.type_name,
    typeVersion: r.type_version,
    unitId: r.unit_id,
    unitName: r.unit_name,
    regionId: r.region_id,
    regionName: r.region_name,
    confirmingUnitId: r.confirming_unit_id,
    confirmingUnitName: r.confirming_unit_name,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    due: r.due_date,
    closes: r.closes_on,
    status: r.status,
    outcome: r.outcome,
    light: r.light,
    firstSubmittedOn: r.first_submitted_on,
    escalationLevel: r.escalation_level,
    chases: r.chases,
    doneAt: r.done_at,
    updatedAt: r.updated_at,
  };
}
