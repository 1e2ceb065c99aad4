import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ScheduleAlreadyRunning,
  type ScheduleHandle,
  ScheduleNotFoundError,
  type ScheduleOptions,
  ScheduleOverlapPolicy,
} from '@temporalio/client';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import {
  DEFAULT_PHASE_WINDOWS,
  DEFAULT_RUBRIC,
  DomainError,
  type FieldProblem,
  type PhaseWindows,
  type Rubric,
  validatePhaseWindows,
  validateRubric,
  validationFailed,
} from '../../domain/src';
import { type Caller, coversUnit, isSystemAdmin } from '../../identity/src';
import { PoliciesService } from '../../policies/src';
import { TemporalClient } from '../../temporal/src';
import { workflowIds } from '../../../workflows/contracts';
import { type Cadence, DEFAULT_CADENCE, periodOf, validateCadence } from './cadence';
import { cycleIdOf } from './cycle-id';
import { regionScope, type RegionScope } from '../../organisation/src/organisation-queries';
import { scheduleOptionsOf } from './programme-schedule';

export const PAIRING_STRATEGIES = ['rotation'] as const;
export type PairingStrategy = (typeof PAIRING_STRATEGIES)[number];

/** 屡查屡犯: how many earlier cycles a finding is compared with, unless the programme says otherwise. */
export const DEFAULT_REPEAT_LOOKBACK = 3;

/** What a new programme gets for every field it leaves out (participants: every member unit of its region). */
export interface ProgrammeDefaults {
  cadence: Cadence;
  phaseWindows: PhaseWindows;
  rubric: Rubric;
  pairingStrategy: PairingStrategy;
  repeatLookback: number;
}

/** The defaults the service fills in, so that a form can show them before anything is sent. */
export const PROGRAMME_DEFAULTS: ProgrammeDefaults = {
  cadence: DEFAULT_CADENCE,
  phaseWindows: DEFAULT_PHASE_WINDOWS,
  rubric: DEFAULT_RUBRIC,
  pairingStrategy: 'rotation',
  repeatLookback: DEFAULT_REPEAT_LOOKBACK,
};

/** What a lead unit says about a programme; everything but the region and the name has a default. */
export interface ProgrammeFields {
  name: string;
  participants?: string[];
  cadence?: unknown;
  phaseWindows?: unknown;
  rubric?: unknown;
  pairingStrategy?: string;
  /** null = always the newest policy version when a cycle starts. */
  policyVersion?: number | null;
  repeatLookback?: number;
}

export interface Programme {
  id: string;
  regionId: string;
  name: string;
  participants: string[];
  cadence: Cadence;
  phaseWindows: PhaseWindows;
  rubric: Rubric;
  pairingStrategy: PairingStrategy;
  policyVersion: number | null;
  repeatLookback: number;
  scheduleId: string;
  paused: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A row of `programmes` as the driver answers it (jsonb parsed, uuid[] as strings). */
export interface ProgrammeRow {
  id: string;
  region_id: string;
  name: string;
  participants: string[];
  cadence: Cadence;
  phase_windows: PhaseWindows;
  rubric: Rubric;
  pairing_strategy: PairingStrategy;
  policy_version: number | null;
  repeat_lookback: number;
  schedule_id: string;
  paused: boolean;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** The Temporal Schedule as the server describes it. */
export interface ScheduleView {
  scheduleId: string;
  paused: boolean;
  note: string | null;
  timeZone: string | null;
  nextActionTimes: Date[];
  recentActions: { scheduledAt: Date; takenAt: Date; workflowId: string }[];
  numActionsTaken: number;
  overlap: string;
  catchupWindowMs: number;
}

export interface TriggerResult {
  programmeId: string;
  triggeredAt: Date;
  period: string;
  /** The cycle this trigger starts, unless that period already has one (then that one): GET /cycles/:id. */
  cycleId: string;
  cycleWorkflowId: string;
}

/**
 * 互检 programmes of a region. Each programme owns exactly one Temporal Schedule, kept consistent with its row:
 * every change writes the row in a transaction, changes the Schedule, then commits; a failure before the commit
 * rolls the row back, and a failed commit undoes the Schedule change. Only the region's lead unit (主责单位) or a
 * system admin manages a programme; the region's units and the committee above may read it.
 */
@Injectable()
export class ProgrammesService {
  private readonly logger = new Logger(ProgrammesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policies: PoliciesService,
  ) {}

  async create(caller: Caller, body: ProgrammeFields & { regionId: string }): Promise<Programme> {
    const region = await this.visibleRegion(caller, body.regionId);
    mustManage(caller, region);
    const now = new Date();
    const id = randomUUID();
    const programme: Programme = {
      id,
      regionId: region.id,
      ...(await this.validated(region, body)),
      scheduleId: workflowIds.programmeSchedule(id),
      paused: false,
      createdBy: caller.personId,
      createdAt: now,
      updatedAt: now,
    };
    let scheduleTouched = false;
    try {
      await this.db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO programmes (id, region_id, name, cadence, participants, phase_windows, rubric, pairing_strategy,
             policy_version, repeat_lookback, schedule_id, paused, created_by, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$14)`,
          [...rowValues(programme), programme.createdBy, now],
        );
        scheduleTouched = true;
        await this.scheduleStep(() => this.temporal.schedule.create(this.optionsOf(programme)));
      });
    } catch (error) {
      // The row is rolled back; a Schedule that may exist (created, then the commit failed) goes too.
      if (scheduleTouched && !isConflict(error)) await this.quietly('delete schedule', () => this.handle(id).delete());
      throw error;
    }
    return programme;
  }

  async list(caller: Caller, regionId?: string): Promise<Programme[]> {
    const rows = await this.db.query<ProgrammeRow[]>(
      `SELECT * FROM programmes WHERE $1::uuid IS NULL OR region_id = $1::uuid ORDER BY created_at, id`,
      [regionId ?? null],
    );
    const scopes = new Map<string, RegionScope | undefined>();
    const visible: Programme[] = [];
    for (const row of rows) {
      const rid = row.region_id;
      if (!scopes.has(rid)) scopes.set(rid, await regionScope(this.db, rid));
      const scope = scopes.get(rid);
      if (scope && canSee(caller, scope)) visible.push(toProgramme(row));
    }
    return visible;
  }

  /** The programme and its Schedule as Temporal describes it (next fire times, recent actions, paused). */
  async get(caller: Caller, id: string): Promise<Programme & { schedule: ScheduleView | null }> {
    const { programme } = await this.visible(caller, id);
    const description = await this.scheduleStep(async () => {
      try {
        return await this.handle(id).describe();
      } catch (error) {
        if (error instanceof ScheduleNotFoundError) return null;
        throw error;
      }
    });
    return {
      ...programme,
      schedule: description && {
        scheduleId: description.scheduleId,
        paused: description.state.paused,
        note: description.state.note ?? null,
        timeZone: description.spec.timezone ?? null,
        nextActionTimes: description.info.nextActionTimes,
        recentActions: description.info.recentActions.map((a) => ({
          scheduledAt: a.scheduledAt,
          takenAt: a.takenAt,
          workflowId: a.action.workflow.workflowId,
        })),
        numActionsTaken: description.info.numActionsTaken,
        overlap: description.policies.overlap ?? 'SKIP',
        catchupWindowMs: description.policies.catchupWindow,
      },
    };
  }

  /** Changes take effect from the next cycle: a running cycle keeps the input it started with. */
  async update(caller: Caller, id: string, patch: Partial<ProgrammeFields>): Promise<Programme> {
    const { region } = await this.managed(caller, id);
    return this.change(id, async (tx, current) => {
      const next: Programme = {
        ...current,
        ...(await this.validated(region, { ...current, ...definedOnly(patch) })),
        updatedAt: new Date(),
      };
      await tx.query(
        `UPDATE programmes SET name = $2, cadence = $3, participants = $4, phase_windows = $5, rubric = $6,
           pairing_strategy = $7, policy_version = $8, repeat_lookback = $9, updated_at = $10
         WHERE id = $1`,
        [next.id, ...rowValues(next).slice(2, 10), next.updatedAt],
      );
      return next;
    });
  }

  async pause(caller: Caller, id: string): Promise<Programme> {
    return this.setPaused(caller, id, true);
  }

  async resume(caller: Caller, id: string): Promise<Programme> {
    return this.setPaused(caller, id, false);
  }

  /**
   * Deletes the row and its Schedule. A programme that has run cycles keeps them on the ledger (对账): it can be
   * paused, not deleted.
   */
  async remove(caller: Caller, id: string): Promise<void> {
    await this.managed(caller, id);
    let deleted: Programme | undefined;
    try {
      await this.db.transaction(async (tx) => {
        const current = await this.lock(tx, id);
        const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM cycles WHERE programme_id = $1', [id]);
        if (n > 0) {
          throw new DomainError('CONFLICT', `The programme has ${n} cycle(s) on the ledger; pause it instead`, {
            cycles: n,
          });
        }
        await tx.query('DELETE FROM programmes WHERE id = $1', [id]);
        await this.scheduleStep(async () => {
          try {
            await this.handle(id).delete();
          } catch (error) {
            if (!(error instanceof ScheduleNotFoundError)) throw error;
          }
        });
        deleted = current;
      });
    } catch (error) {
      // The commit failed after the Schedule was deleted: the row is back, so is its Schedule.
      const restore = deleted;
      if (restore)
        await this.quietly('re-create schedule', () => this.temporal.schedule.create(this.optionsOf(restore)));
      throw error;
    }
  }

  /** Fires the Schedule now (trigger), whatever its cadence; the cycle of the current period starts at most once. */
  async trigger(caller: Caller, id: string): Promise<TriggerResult> {
    const { programme } = await this.managed(caller, id);
    const triggeredAt = new Date();
    await this.scheduleStep(() => this.handle(id).trigger(ScheduleOverlapPolicy.ALLOW_ALL));
    const period = periodOf(programme.cadence, triggeredAt.getTime(), this.config.orgTimeZone);
    // A period that has its cycle already keeps it (cycles started before ids were derived have random ones).
    const [existing] = await this.db.query<{ id: string }[]>(
      'SELECT id FROM cycles WHERE programme_id = $1 AND period = $2',
      [id, period],
    );
    const cycleId = existing?.id ?? cycleIdOf(id, period);
    return { programmeId: id, triggeredAt, period, cycleId, cycleWorkflowId: workflowIds.cycle(id, period) };
  }

  private async setPaused(caller: Caller, id: string, paused: boolean): Promise<Programme> {
    await this.managed(caller, id);
    return this.change(id, async (tx, current) => {
      const next = { ...current, paused, updatedAt: new Date() };
      await tx.query('UPDATE programmes SET paused = $2, updated_at = $3 WHERE id = $1', [id, paused, next.updatedAt]);
      return next;
    });
  }

  /**
   * One consistent change: lock the row, write the new version, bring the Schedule to it, commit. When anything
   * fails after the Schedule was touched, the Schedule is brought back to the row as it was.
   */
  private async change(
    id: string,
    write: (tx: EntityManager, current: Programme) => Promise<Programme>,
  ): Promise<Programme> {
    let before: Programme | undefined;
    let after: Programme | undefined;
    try {
      await this.db.transaction(async (tx) => {
        const current = await this.lock(tx, id);
        const next = await write(tx, current);
        before = current;
        await this.scheduleStep(() => this.putSchedule(next));
        after = next;
      });
    } catch (error) {
      const restore = before;
      if (restore) await this.quietly('restore schedule', () => this.putSchedule(restore));
      throw error;
    }
    return after as Programme;
  }

  /** Makes the Schedule match the programme: update in place, or re-create it if it has gone missing. */
  private async putSchedule(programme: Programme): Promise<void> {
    const { scheduleId: _id, memo: _memo, ...options } = this.optionsOf(programme);
    try {
      await this.handle(programme.id).update(() => ({ ...options, state: options.state ?? {} }));
    } catch (error) {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
      await this.temporal.schedule.create(this.optionsOf(programme));
    }
  }

  private optionsOf(programme: Programme): ScheduleOptions {
    return scheduleOptionsOf(programme, this.config);
  }

  private handle(id: string): ScheduleHandle {
    return this.temporal.schedule.getHandle(workflowIds.programmeSchedule(id));
  }

  /** Runs a call to Temporal; a refusal or an outage becomes a 503 (409 for a Schedule id already in use). */
  private async scheduleStep<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ScheduleAlreadyRunning) {
        throw new DomainError('CONFLICT', `A Temporal Schedule ${error.scheduleId} already exists`, {
          scheduleId: error.scheduleId,
        });
      }
      throw new DomainError(
        'DEPENDENCY_UNAVAILABLE',
        'Temporal did not accept the schedule change, so nothing was changed; try again shortly',
        { reason: error instanceof Error ? error.message : String(error) },
      );
    }
  }

  /** A compensating step: its failure is logged, and the original error is what the caller sees. */
  private async quietly(what: string, step: () => Promise<unknown>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.logger.error({ err: error }, `Could not ${what} while undoing a failed programme change`);
    }
  }

  private async lock(tx: EntityManager, id: string): Promise<Programme> {
    const [row] = await tx.query<ProgrammeRow[]>('SELECT * FROM programmes WHERE id = $1 FOR UPDATE', [id]);
    if (!row) throw notFound(id);
    return toProgramme(row);
  }

  private async visible(caller: Caller, id: string): Promise<{ programme: Programme; region: RegionScope }> {
    const [row] = await this.db.query<ProgrammeRow[]>('SELECT * FROM programmes WHERE id = $1', [id]);
    const region = row ? await regionScope(this.db, row.region_id) : undefined;
    if (!row || !region || !canSee(caller, region)) throw notFound(id);
    return { programme: toProgramme(row), region };
  }

  private async managed(caller: Caller, id: string): Promise<{ programme: Programme; region: RegionScope }> {
    const found = await this.visible(caller, id);
    mustManage(caller, found.region);
    return found;
  }

  private async visibleRegion(caller: Caller, regionId: string): Promise<RegionScope> {
    const region = await regionScope(this.db, regionId);
    if (!region || !canSee(caller, region)) {
      throw new DomainError('NOT_FOUND', `Region ${regionId} does not exist`, { regionId });
    }
    return region;
  }

  /** Fills the defaults and checks every field, reporting all problems at once with the field each is in. */
  private async validated(
    region: RegionScope,
    body: ProgrammeFields,
  ): Promise<Omit<Programme, 'id' | 'regionId' | 'scheduleId' | 'paused' | 'createdBy' | 'createdAt' | 'updatedAt'>> {
    const problems: FieldProblem[] = [];
    const nested = (field: string, result: unknown): void => {
      if (result instanceof DomainError) {
        const fields = (result.details.fields as FieldProblem[] | undefined) ?? [{ field: '', reason: result.message }];
        problems.push(...fields.map((p) => ({ field: `${field}.${p.field}`, reason: p.reason })));
      }
    };
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    if (name.length < 1 || name.length > 200) problems.push({ field: 'name', reason: 'must be 1–200 characters' });

    const memberIds = region.members.map((m) => m.id);
    const participants = body.participants ?? memberIds;
    participants.forEach((unitId, i) => {
      if (!memberIds.includes(unitId)) {
        problems.push({ field: `participants[${i}]`, reason: 'is not a member unit of the region' });
      } else if (participants.indexOf(unitId) !== i) {
        problems.push({ field: `participants[${i}]`, reason: 'is listed twice' });
      }
    });
    if (new Set(participants).size < 2) {
      problems.push({ field: 'participants', reason: '互检 needs at least two participating units' });
    }

    const cadence = validateCadence(body.cadence ?? PROGRAMME_DEFAULTS.cadence, {
      allowSubDaily: this.config.subDailyCadenceForTests,
    });
    nested('cadence', cadence);
    const phaseWindows = validatePhaseWindows(body.phaseWindows ?? PROGRAMME_DEFAULTS.phaseWindows);
    nested('phaseWindows', phaseWindows);
    const rubric = validateRubric(body.rubric ?? PROGRAMME_DEFAULTS.rubric);
    nested('rubric', rubric);

    const pairingStrategy = body.pairingStrategy ?? PROGRAMME_DEFAULTS.pairingStrategy;
    if (!(PAIRING_STRATEGIES as readonly string[]).includes(pairingStrategy)) {
      problems.push({ field: 'pairingStrategy', reason: `must be one of ${PAIRING_STRATEGIES.join(', ')}` });
    }
    const policyVersion = body.policyVersion ?? null;
    if (policyVersion !== null) {
      await this.policies.get(policyVersion).catch(() => {
        problems.push({ field: 'policyVersion', reason: `policy version ${policyVersion} does not exist` });
      });
    }
    const repeatLookback = body.repeatLookback ?? PROGRAMME_DEFAULTS.repeatLookback;
    if (!Number.isInteger(repeatLookback) || repeatLookback < 1 || repeatLookback > 24) {
      problems.push({ field: 'repeatLookback', reason: 'must be a whole number of cycles from 1 to 24' });
    }
    if (problems.length > 0) throw validationFailed('programme', problems);
    return {
      name,
      participants,
      cadence: cadence as Cadence,
      phaseWindows: phaseWindows as PhaseWindows,
      rubric: rubric as Rubric,
      pairingStrategy: pairingStrategy as PairingStrategy,
      policyVersion,
      repeatLookback,
    };
  }
}

/** Who sees a region's programmes: its lead unit's admins, the committee above, its units' people, system admins. */
function canSee(caller: Caller, region: RegionScope): boolean {
  return (
    isSystemAdmin(caller) ||
    coversUnit(caller, region.leadPath, ['lead_admin', 'committee_member']) ||
    region.members.some((m) => coversUnit(caller, m.path, ['lead_admin', 'branch_secretary', 'committee_member']))
  );
}

/** Only the region's lead unit (主责单位) or a system admin manages its programmes. */
function mustManage(caller: Caller, region: RegionScope): void {
  if (isSystemAdmin(caller) || coversUnit(caller, region.leadPath, ['lead_admin'])) return;
  throw new DomainError('FORBIDDEN', "Only the region's lead unit (主责单位) may manage its inspection programmes", {
    regionId: region.id,
  });
}

function isConflict(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'CONFLICT';
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** $1…$12 of INSERT and UPDATE, in column order. */
function rowValues(p: Programme): unknown[] {
  return [
    p.id,
    p.regionId,
    p.name,
    JSON.stringify(p.cadence),
    p.participants,
    JSON.stringify(p.phaseWindows),
    JSON.stringify(p.rubric),
    p.pairingStrategy,
    p.policyVersion,
    p.repeatLookback,
    p.scheduleId,
    p.paused,
  ];
}

function toProgramme(r: ProgrammeRow): Programme {
  return {
    id: r.id,
    regionId: r.region_id,
    name: r.name,
    participants: r.participants,
    cadence: r.cadence,
    phaseWindows: r.phase_windows,
    rubric: r.rubric,
    pairingStrategy: r.pairing_strategy,
    policyVersion: r.policy_version ?? null,
    repeatLookback: r.repeat_lookback,
    scheduleId: r.schedule_id,
    paused: r.paused,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function notFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `Programme ${id} does not exist`, { id });
}
