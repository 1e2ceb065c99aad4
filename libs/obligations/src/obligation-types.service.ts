import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ScheduleNotFoundError, ScheduleOverlapPolicy } from '@temporalio/client';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import {
  addCalendarDays,
  DomainError,
  type FieldProblem,
  localDateOf,
  nextPeriod,
  obligationPeriodOf,
  validationFailed,
} from '../../domain/src';
import { type Caller, isSystemAdmin } from '../../identity/src';
import { PoliciesService } from '../../policies/src/policies.service';
import { TemporalClient } from '../../temporal/src';
import { obligationWorkflowIds } from '../../../workflows/obligation-contracts';
import { obligationScheduleOptions } from './obligation-schedule';
import { DEFAULT_OBLIGATION_TYPES, type ObligationTypeDefinition, validateTypeDefinition } from './obligation-types';

/** An obligation type as the API shows it: its newest version's definition and its Schedule's state. */
export interface ObligationType extends ObligationTypeDefinition {
  id: string;
  code: string;
  version: number;
  /** The first day the newest version governs (a change applies from the next period). */
  effectiveFrom: string;
  scheduleId: string;
  paused: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface ObligationTypeVersion {
  version: number;
  effectiveFrom: string;
  definition: ObligationTypeDefinition;
  createdAt: Date;
}

const DEFAULTS: Omit<ObligationTypeDefinition, 'name' | 'appliesTo' | 'cadence'> = {
  window: DEFAULT_OBLIGATION_TYPES[0].window,
  closeAfterWorkingDays: DEFAULT_OBLIGATION_TYPES[0].closeAfterWorkingDays,
  requires: DEFAULT_OBLIGATION_TYPES[0].requires,
  confirmation: true,
  policyVersion: null,
};

/**
 * Obligation types (三会一课 and the other cadences) as versioned data, managed by system admins, each with one
 * Temporal Schedule kept consistent with its row the programmes' way: the row is written in a transaction, the
 * Schedule changed, then the commit; a failure undoes the Schedule change.
 */
@Injectable()
export class ObligationTypesService {
  private readonly logger = new Logger(ObligationTypesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policies: PoliciesService,
  ) {}

  async list(): Promise<ObligationType[]> {
    const rows: TypeRow[] = await this.db.query(`${SELECT_TYPE} ORDER BY t.created_at, t.code`);
    return rows.map(toType);
  }

  async get(id: string): Promise<ObligationType & { versions: ObligationTypeVersion[] }> {
    const type = await this.one(this.db, id);
    const versions: {
      version: number;
      effective_from: string;
      definition: ObligationTypeDefinition;
      created_at: Date;
    }[] = await this.db.query(
      'SELECT version, effective_from, definition, created_at FROM obligation_type_versions WHERE type_id = $1 ORDER BY version',
      [id],
    );
    return {
      ...type,
      versions: versions.map((v) => ({
        version: v.version,
        effectiveFrom: v.effective_from,
        definition: v.definition,
        createdAt: v.created_at,
      })),
    };
  }

  /** A new type; every field but code, name, appliesTo and cadence has seed 000's default. It governs from now on. */
  async create(caller: Caller, body: Partial<ObligationTypeDefinition> & { code?: string }): Promise<ObligationType> {
    mustManage(caller);
    const problems: FieldProblem[] = [];
    const code = typeof body.code === 'string' ? body.code.trim() : '';
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(code))
      problems.push({ field: 'code', reason: 'must be 1–64 letters, digits, _ or -' });
    const definition = await this.validated({ ...DEFAULTS, ...definedOnly(body) }, problems);
    const id = randomUUID();
    // The first version governs the period the type is created in: trigger-now opens it.
    const effectiveFrom = obligationPeriodOf(definition.cadence, Date.now(), this.config.orgTimeZone).start;
    let scheduleTouched = false;
    try {
      await this.db.transaction(async (tx) => {
        const [taken] = await tx.query('SELECT 1 FROM obligation_types WHERE code = $1', [code]);
        if (taken) throw new DomainError('CONFLICT', `An obligation type with code ${code} exists already`, { code });
        await tx.query(
          `INSERT INTO obligation_types (id, code, version, definition, schedule_id, paused, created_by)
           VALUES ($1,$2,1,$3,$4,false,$5)`,
          [id, code, JSON.stringify(definition), obligationWorkflowIds.typeSchedule(id), caller.personId],
        );
        await tx.query(
          `INSERT INTO obligation_type_versions (type_id, version, definition, effective_from, created_by)
           VALUES ($1,1,$2,$3,$4)`,
          [id, JSON.stringify(definition), effectiveFrom, caller.personId],
        );
        scheduleTouched = true;
        await this.scheduleStep(() =>
          this.temporal.schedule.create(
            obligationScheduleOptions({ id, cadence: definition.cadence, paused: false }, this.config),
          ),
        );
      });
    } catch (error) {
      if (scheduleTouched) await this.quietly('delete schedule', () => this.handle(id).delete());
      throw error;
    }
    return this.one(this.db, id);
  }

  /** Seed 000's types named by `codes`, each created unless a type with its code exists; answers every type. */
  async installDefaults(caller: Caller, codes: readonly string[]): Promise<ObligationType[]> {
    mustManage(caller);
    for (const preset of DEFAULT_OBLIGATION_TYPES.filter((t) => codes.includes(t.code))) {
      const [exists] = await this.db.query('SELECT 1 FROM obligation_types WHERE code = $1', [preset.code]);
      if (exists) continue;
      try {
        await this.create(caller, preset);
      } catch (error) {
        // Installed concurrently by another request: that one counts.
        if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
      }
    }
    return this.list();
  }

  /**
   * A change is a new version: it governs from the next period on (the period after today's), so an open or past
   * period never changes. The Schedule follows the cadence at once.
   */
  async update(caller: Caller, id: string, patch: Partial<ObligationTypeDefinition>): Promise<ObligationType> {
    mustManage(caller);
    let before: ObligationType | undefined;
    try {
      await this.db.transaction(async (tx) => {
        const current = await this.one(tx, id, true);
        const problems: FieldProblem[] = [];
        const {
          id: _i,
          code: _c,
          version,
          effectiveFrom: _e,
          scheduleId: _s,
          paused,
          createdAt: _a,
          updatedAt: _u,
          ...def
        } = current;
        const definition = await this.validated({ ...def, ...definedOnly(patch) }, problems);
        const current_period = obligationPeriodOf(current.cadence, Date.now(), this.config.orgTimeZone);
        const effectiveFrom =
          current.cadence.kind === 'cron'
            ? addCalendarDays(this.today(), 1)
            : nextPeriod(current.cadence.kind, current_period).start;
        await tx.query(
          `INSERT INTO obligation_type_versions (type_id, version, definition, effective_from, created_by)
           VALUES ($1,$2,$3,$4,$5)`,
          [id, version + 1, JSON.stringify(definition), effectiveFrom, caller.personId],
        );
        await tx.query('UPDATE obligation_types SET version = $2, definition = $3, updated_at = now() WHERE id = $1', [
          id,
          version + 1,
          JSON.stringify(definition),
        ]);
        before = current;
        await this.scheduleStep(() => this.putSchedule(id, definition, paused));
      });
    } catch (error) {
      const restore = before;
      if (restore) await this.quietly('restore schedule', () => this.putSchedule(id, restore, restore.paused));
      throw error;
    }
    return this.one(this.db, id);
  }

  /** Fires the type's Schedule now: the current period's obligations open, each at most once. */
  async trigger(caller: Caller, id: string): Promise<{ typeId: string; period: string; triggeredAt: Date }> {
    mustManage(caller);
    const type = await this.one(this.db, id);
    const triggeredAt = new Date();
    await this.scheduleStep(() => this.handle(id).trigger(ScheduleOverlapPolicy.ALLOW_ALL));
    return {
      typeId: id,
      period: obligationPeriodOf(type.cadence, triggeredAt.getTime(), this.config.orgTimeZone).key,
      triggeredAt,
    };
  }

  private async putSchedule(id: string, definition: ObligationTypeDefinition, paused: boolean): Promise<void> {
    const {
      scheduleId: _id,
      memo: _memo,
      ...options
    } = obligationScheduleOptions({ id, cadence: definition.cadence, paused }, this.config);
    try {
      await this.handle(id).update(() => ({ ...options, state: options.state ?? {} }));
    } catch (error) {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
      await this.temporal.schedule.create(
        obligationScheduleOptions({ id, cadence: definition.cadence, paused }, this.config),
      );
    }
  }

  /** Checks a whole definition, adding the unit ids and policy version that need the database. */
  private async validated(input: unknown, problems: FieldProblem[]): Promise<ObligationTypeDefinition> {
    const applies = (input as { appliesTo?: { unitIds?: unknown } }).appliesTo;
    const ids = Array.isArray(applies?.unitIds)
      ? applies.unitIds.filter((u): u is string => typeof u === 'string' && UUID.test(u))
      : [];
    const units = new Set<string>(
      ids.length > 0
        ? (await this.db.query('SELECT id FROM units WHERE id = ANY($1::uuid[])', [ids])).map(
            (r: { id: string }) => r.id,
          )
        : [],
    );
    const result = validateTypeDefinition(input, (id) => units.has(id.toLowerCase()));
    if (result instanceof DomainError) problems.push(...(result.details.fields as FieldProblem[]));
    else if (result.policyVersion !== null) {
      await this.policies.get(result.policyVersion).catch(() => {
        problems.push({ field: 'policyVersion', reason: `policy version ${result.policyVersion} does not exist` });
      });
    }
    if (problems.length > 0) throw validationFailed('obligation type', problems);
    return result as ObligationTypeDefinition;
  }

  private async one(db: DataSource | EntityManager, id: string, lock = false): Promise<ObligationType> {
    const [row] = await db.query<TypeRow[]>(`${SELECT_TYPE} WHERE t.id = $1${lock ? ' FOR UPDATE OF t' : ''}`, [id]);
    if (!row) throw new DomainError('NOT_FOUND', `Obligation type ${id} does not exist`, { id });
    return toType(row);
  }

  private handle(id: string) {
    return this.temporal.schedule.getHandle(obligationWorkflowIds.typeSchedule(id));
  }

  private today(): string {
    return localDateOf(Date.now(), this.config.orgTimeZone);
  }

  /** A call to Temporal; a refusal or an outage becomes a 503 and nothing is changed. */
  private async scheduleStep<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new DomainError(
        'DEPENDENCY_UNAVAILABLE',
        'Temporal did not accept the schedule change, so nothing was changed; try again shortly',
        { reason: error instanceof Error ? error.message : String(error) },
      );
    }
  }

  private async quietly(what: string, step: () => Promise<unknown>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.logger.error({ err: error }, `Could not ${what} while undoing a failed obligation type change`);
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only system admins define what every unit owes. */
function mustManage(caller: Caller): void {
  if (!isSystemAdmin(caller)) {
    throw new DomainError('FORBIDDEN', 'Only system admins manage obligation types', {});
  }
}

interface TypeRow {
  id: string;
  code: string;
  version: number;
  definition: ObligationTypeDefinition;
  effective_from: string;
  schedule_id: string;
  paused: boolean;
  created_at: Date;
  updated_at: Date;
}

const SELECT_TYPE = `SELECT t.*, v.effective_from FROM obligation_types t
  JOIN obligation_type_versions v ON v.type_id = t.id AND v.version = t.version`;

function toType(r: TypeRow): ObligationType {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    ...r.definition,
    effectiveFrom: r.effective_from,
    scheduleId: r.schedule_id,
    paused: r.paused,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
