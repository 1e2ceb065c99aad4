import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  type ActionState,
  allowedActions,
  BUILT_IN_CALENDAR_YEARS,
  checkAction,
  createWorkCalendar,
  DomainError,
  type ItemAction,
  isLocalDate,
  localDateOf,
  planMilestones,
  resolvePolicy,
  type Severity,
} from '../../domain/src';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { type Caller, coversUnit } from '../../identity/src';
import { committeeAbove } from '../../organisation/src/organisation-queries';
import { PoliciesService } from '../../policies/src';
import { domainErrorFromUpdate, TemporalClient } from '../../temporal/src';
import {
  type Actor,
  type ItemActionPayloads,
  type ItemActionUpdates,
  type ItemInput,
  itemUpdates,
  type WithFiles,
  workflowIds,
} from '../../../workflows/contracts';
import { type FileSummary, FilesService } from '../../files/src';
import { canSeeItem, type ItemParties, sidesOf } from './item-scope';
import {
  ITEM_BY_ID_SQL,
  ITEM_DETAIL_SQL,
  type LedgerFilter,
  type LedgerPageRow,
  type LedgerRow,
  LedgerSql,
  type LedgerSqlRow,
  toLedgerRow,
} from './ledger-query';

export interface CreateItemInput {
  responsibleUnitId: string;
  responsiblePersonId?: string | null;
  title: string;
  description?: string;
  requirement?: string;
  severity: Severity;
  deadline: string;
  /** Needed only when the responsible unit belongs to several regions the caller leads. */
  regionId?: string;
}

/** ITEM_DETAIL_SQL's row: the ledger row with its timeline and its events' file references as JSON. */
interface ItemDetailSqlRow extends LedgerSqlRow {
  timeline: {
    seq: number;
    kind: string;
    actor_person_id: string | null;
    actor_name: string | null;
    actor_side: string | null;
    at: string;
    reason: string | null;
    data: Record<string, unknown>;
  }[];
  /** The timeline's files, and the finding's photos (a finding's references carry the id of its item). */
  event_files: { subject: 'item_event' | 'finding'; event_seq: number | null; file_id: string }[];
  source: SourceRow | null;
}

export interface TimelineEvent {
  seq: number;
  /** Files the actor attached to this event (name, type, size, thumbnail URL). */
  files: FileSummary[];
  kind: string;
  actorPersonId: string | null;
  actorName: string | null;
  actorSide: string | null;
  at: Date;
  reason: string | null;
  data: Record<string, unknown>;
}

/**
 * Where an item came from (一件一档's 来源): the 互检 cycle whose self-check or mutual inspection found it, the unit
 * that inspected and the person who filed the finding, and the finding's photos. Null for an item a lead unit
 * assigned by hand.
 */
export interface ItemSource {
  cycleId: string;
  cycleNumber: number;
  /** The cycle's month, YYYY-MM. */
  period: string;
  programmeId: string;
  programmeName: string;
  /** 自检 (the unit found it itself) or 互检 (its paired unit did). */
  kind: 'self_check' | 'mutual_inspection';
  inspectorUnitId: string;
  inspectorUnitName: string;
  filedById: string;
  filedByName: string | null;
  filedAt: Date;
  photos: FileSummary[];
}

/** ITEM_DETAIL_SQL's `source`: the finding's cycle and submission, as JSON. */
interface SourceRow {
  cycle_id: string;
  cycle_number: number;
  period: string;
  programme_id: string;
  programme_name: string;
  kind: ItemSource['kind'];
  inspector_unit_id: string;
  inspector_unit_name: string;
  submitted_by: string;
  submitted_by_name: string | null;
  submitted_at: string;
}

/** The human actions' updates, typed by action (so an action's payload goes with its own update). */
const ACTION_UPDATES: ItemActionUpdates = itemUpdates;

/**
 * Rectification items (整改项): creation starts the item's workflow, actions go to it as updates, reads come from
 * the ledger projection the workflow's activities write. The API never writes an item row itself.
 */
@Injectable()
export class ItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policies: PoliciesService,
    private readonly files: FilesService,
  ) {}

  async create(caller: Caller, body: CreateItemInput, idempotencyKey?: string): Promise<LedgerRow> {
    if (!isLocalDate(body.deadline)) {
      throw new DomainError('VALIDATION_FAILED', 'deadline must be a date YYYY-MM-DD', { field: 'deadline' });
    }
    const region = await this.regionFor(caller, body.responsibleUnitId, body.regionId);
    if (body.responsiblePersonId) await this.mustBePersonOf(body.responsiblePersonId, body.responsibleUnitId);
    const [policySet, overrides, committeeUnitId] = await Promise.all([
      this.policies.latest(),
      this.policies.calendarOverrides(),
      committeeAbove(this.db, region.lead_unit_id),
    ]);
    const policy = resolvePolicy(policySet, body.severity);
    // Same planning the workflow does, here only to reject an impossible deadline with a 400 before starting anything.
    planMilestones({
      deadline: body.deadline,
      today: localDateOf(Date.now(), this.config.orgTimeZone),
      policy,
      calendar: createWorkCalendar(overrides),
    });

    const itemId = idempotencyKey ? itemIdFor(caller, idempotencyKey) : randomUUID();
    const input: ItemInput = {
      itemId,
      regionId: region.id,
      responsibleUnitId: body.responsibleUnitId,
      responsiblePersonId: body.responsiblePersonId ?? null,
      verifierUnitId: region.lead_unit_id,
      committeeUnitId,
      title: body.title,
      description: body.description ?? '',
      requirement: body.requirement ?? '',
      severity: body.severity,
      deadline: body.deadline,
      policyVersion: policySet.version,
      policy,
      timeZone: this.config.orgTimeZone,
      calendarOverrides: overrides,
      calendarYearsThrough: BUILT_IN_CALENDAR_YEARS.last,
      createdBy: caller.personId,
      names: { responsibleUnit: region.unit_name, region: region.name },
    };
    // One call starts the workflow and waits for its ledger row (update-with-start: the update rides on the
    // workflow's first task instead of a task of its own). A retry with the same Idempotency-Key finds the workflow
    // running (USE_EXISTING) and just waits with it; once it has ended, the start is refused and the ledger answers.
    try {
      await this.temporal.workflow.executeUpdateWithStart(itemUpdates.awaitRegistered, {
        startWorkflowOperation: new WithStartWorkflowOperation('itemWorkflow', {
          workflowId: workflowIds.item(itemId),
          taskQueue: this.config.temporalTaskQueue,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          // An item id is never reused, even once its workflow has ended: a retried create must not start it again.
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          // What an operator sees in the Temporal UI beside the search attributes.
          staticSummary: `整改项：${body.title}（${region.unit_name}）`,
          memo: { title: body.title, responsibleUnit: region.unit_name, region: region.name },
        }),
      });
    } catch (error) {
      if (!(idempotencyKey && error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return this.row(itemId);
  }

  /** GET /items: the ledger in the caller's scope by deadline, a page at an offset (the ledger query's builder). */
  async list(
    caller: Caller,
    filter: LedgerFilter & { limit: number; offset: number },
  ): Promise<{ items: LedgerRow[]; total: number }> {
    const view = new LedgerSql(caller, this.config.orgTimeZone).filter(filter);
    const { sql, params } = view.page('deadline', filter.limit, { offset: filter.offset });
    const [rows, [{ n: total }]] = await Promise.all([
      this.db.query<LedgerPageRow[]>(sql, params),
      this.db.query<{ n: number }[]>(view.totalSql(), view.params),
    ]);
    return { items: rows.slice(0, filter.limit).map(toLedgerRow), total };
  }

  async get(
    caller: Caller,
    id: string,
  ): Promise<LedgerRow & { source: ItemSource | null; timeline: TimelineEvent[]; allowedActions: ItemAction[] }> {
    // One round trip for the row, its timeline, its source and the files' references; the file summaries only if any.
    const raw = await this.visibleRaw<ItemDetailSqlRow>(caller, id, ITEM_DETAIL_SQL);
    const { timeline: events, event_files: references, source: found } = raw;
    const files = await this.files.summaries(references.map((r) => r.file_id));
    const filesWhere = (keep: (r: (typeof references)[number]) => boolean): FileSummary[] =>
      references.filter(keep).flatMap((r) => files.get(r.file_id) ?? []);
    const sides = sidesOf(caller, partiesOf(raw));
    return {
      ...toLedgerRow(raw),
      source: found
        ? {
            cycleId: found.cycle_id,
            cycleNumber: found.cycle_number,
            period: found.period,
            programmeId: found.programme_id,
            programmeName: found.programme_name,
            kind: found.kind,
            inspectorUnitId: found.inspector_unit_id,
            inspectorUnitName: found.inspector_unit_name,
            filedById: found.submitted_by,
            filedByName: found.submitted_by_name,
            filedAt: new Date(found.submitted_at), // JSON carries the timestamp as text
            photos: filesWhere((r) => r.subject === 'finding'),
          }
        : null,
      timeline: events.map((e) => ({
        seq: e.seq,
        files: filesWhere((r) => r.subject === 'item_event' && r.event_seq === e.seq),
        kind: e.kind,
        actorPersonId: e.actor_person_id,
        actorName: e.actor_name,
        actorSide: e.actor_side,
        at: new Date(e.at), // JSON carries the timestamp as text
        reason: e.reason,
        data: e.data,
      })),
      allowedActions: allowedActions(actionStateOf(raw), sides),
    };
  }

  /**
   * Runs one action as a Temporal update; the workflow's validator accepts it or says precisely why not. With an
   * Idempotency-Key the update has an id of its own, so a retried request is the same update, applied once.
   */
  async act<A extends ItemAction>(
    caller: Caller,
    id: string,
    action: A,
    payload: ItemActionPayloads[A],
    idempotencyKey?: string,
  ): Promise<LedgerRow> {
    const raw = await this.visibleRaw(caller, id);
    const parties = partiesOf(raw);
    const sides = sidesOf(caller, parties);
    const state = actionStateOf(raw);
    const status = state.status;
    // Prefer a side for which the action is legal; otherwise report the first problem (409 before 403).
    const side = sides.find((s) => !checkAction(state, action, s)) ?? sides[0];
    if (!side) {
      throw new DomainError('WRONG_ACTOR', `You can see this item but cannot ${action} it`, { action });
    }
    // A closed or cancelled item's workflow has ended; the ledger answers for it. Otherwise the workflow decides.
    const terminal = checkAction(state, action, side);
    if (terminal && (status === 'closed' || status === 'cancelled')) throw terminal;
    const complete = this.completions[action];
    const sent = complete ? await complete(raw, payload) : payload;
    // Files need I/O to check (do they exist, may this person use them): here, before the update, never in the workflow.
    await this.files.mustBeUsable(caller, payload.files);
    const actor: Actor = { personId: caller.personId, side };
    try {
      await this.temporal.workflow.getHandle(raw.workflow_id).executeUpdate(ACTION_UPDATES[action], {
        args: [actor, sent],
        updateId: idempotencyKey && `${action}-${caller.personId}-${idempotencyKey}`,
      });
    } catch (error) {
      throw domainErrorFromUpdate(error, { currentState: status });
    }
    return this.row(id);
  }

  /** What the API checks and adds to an action's payload before the workflow gets it (I/O the workflow cannot do). */
  private readonly completions: {
    [A in ItemAction]?: (raw: LedgerSqlRow, payload: ItemActionPayloads[A]) => Promise<ItemActionPayloads[A]>;
  } = {
    reassign: async (raw, target) => {
      // The workflow keeps its search attributes by name; it cannot look the name up itself.
      const responsibleUnitName = await this.mustBeRegionMember(raw.region_id, target.responsibleUnitId);
      if (target.responsiblePersonId) await this.mustBePersonOf(target.responsiblePersonId, target.responsibleUnitId);
      return { ...target, responsibleUnitName };
    },
  };

  /** 督办意见: a committee member above the item's units adds a directive to its timeline. */
  async direct(
    caller: Caller,
    id: string,
    directive: { text: string } & WithFiles,
    idempotencyKey?: string,
  ): Promise<LedgerRow> {
    const raw = await this.visibleRaw(caller, id);
    const parties = partiesOf(raw);
    const above = [parties.responsibleUnitPath, parties.verifierUnitPath].some((p) =>
      coversUnit(caller, p, ['committee_member']),
    );
    if (!above) throw new DomainError('WRONG_ACTOR', 'Only the committee (党委) above this item gives directives', {});
    await this.files.mustBeUsable(caller, directive.files);
    try {
      await this.temporal.workflow.getHandle(raw.workflow_id).executeUpdate(itemUpdates.addDirective, {
        args: [{ personId: caller.personId }, directive],
        updateId: idempotencyKey && `directive-${caller.personId}-${idempotencyKey}`,
      });
    } catch (error) {
      throw domainErrorFromUpdate(error, { currentState: raw.status });
    }
    return this.row(id);
  }

  /**
   * Moves live items onto a policy version (and the current calendar overrides): each item re-plans and records
   * the move on its timeline. Closed and cancelled items keep the policy they ended with.
   */
  async rebase(
    caller: Caller,
    version: number,
    itemIds?: string[],
  ): Promise<{ rebased: string[]; skipped: { id: string; reason: string }[] }> {
    const [set, calendarOverrides] = await Promise.all([this.policies.get(version), this.policies.calendarOverrides()]);
    const rows: { id: string; workflow_id: string; severity: Severity }[] = await this.db.query(
      `SELECT id, workflow_id, severity FROM items
        WHERE status NOT IN ('closed','cancelled') AND policy_version < $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        ORDER BY created_at`,
      [version, itemIds ?? null],
    );
    const rebased: string[] = [];
    const skipped: { id: string; reason: string }[] = [];
    for (const row of rows) {
      try {
        await this.temporal.workflow.getHandle(row.workflow_id).executeUpdate(itemUpdates.rebasePolicy, {
          args: [
            { personId: caller.personId, side: 'verifier' },
            {
              version,
              policy: resolvePolicy(set, row.severity),
              calendarOverrides,
              calendarYearsThrough: BUILT_IN_CALENDAR_YEARS.last,
            },
          ],
        });
        rebased.push(row.id);
      } catch (error) {
        skipped.push({ id: row.id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return { rebased, skipped };
  }

  private async row(id: string): Promise<LedgerRow> {
    const [row] = await this.db.query<LedgerSqlRow[]>(ITEM_BY_ID_SQL, [this.config.orgTimeZone, id]);
    if (!row) throw notFound(id);
    return toLedgerRow(row);
  }

  private async visibleRaw<Row extends LedgerSqlRow = LedgerSqlRow>(
    caller: Caller,
    id: string,
    sql = ITEM_BY_ID_SQL,
  ): Promise<Row> {
    const [row] = await this.db.query<Row[]>(sql, [this.config.orgTimeZone, id]);
    if (!row || !canSeeItem(caller, partiesOf(row))) throw notFound(id);
    return row;
  }

  /** The region whose lead unit the caller administers and which has the responsible unit as a member. */
  private async regionFor(
    caller: Caller,
    unitId: string,
    regionId?: string,
  ): Promise<{ id: string; lead_unit_id: string; name: string; unit_name: string }> {
    const regions: { id: string; lead_unit_id: string; lead_path: string; name: string; unit_name: string }[] =
      await this.db.query(
        `SELECT r.id, r.lead_unit_id, lu.path AS lead_path, r.name, mu.name AS unit_name FROM regions r
         JOIN region_members m ON m.region_id = r.id AND m.unit_id = $1
         JOIN units mu ON mu.id = m.unit_id
         JOIN units lu ON lu.id = r.lead_unit_id
        WHERE $2::uuid IS NULL OR r.id = $2::uuid`,
        [unitId, regionId ?? null],
      );
    const mine = regions.filter((r) => coversUnit(caller, r.lead_path, ['lead_admin']));
    if (regions.length === 0 && !(await this.db.query('SELECT 1 FROM units WHERE id = $1', [unitId])).length) {
      const reason = 'no such unit';
      throw new DomainError('VALIDATION_FAILED', `Invalid input: responsibleUnitId (${reason})`, {
        fields: [{ field: 'responsibleUnitId', reason }],
      });
    }
    if (mine.length === 0) {
      throw new DomainError(
        'FORBIDDEN',
        'Only the lead unit (主责单位) of a region the unit belongs to may assign it items',
        {
          field: 'responsibleUnitId',
        },
      );
    }
    if (mine.length > 1) {
      throw new DomainError('VALIDATION_FAILED', 'The unit is in several of your regions; say which with regionId', {
        field: 'regionId',
      });
    }
    return mine[0];
  }

  /** The unit's name when it is a member of the region; else the 400 naming responsibleUnitId. */
  private async mustBeRegionMember(regionId: string, unitId: string): Promise<string> {
    const found: { name: string }[] = await this.db.query(
      `SELECT u.name FROM region_members m JOIN units u ON u.id = m.unit_id WHERE m.region_id = $1 AND m.unit_id = $2`,
      [regionId, unitId],
    );
    if (found.length === 0) {
      throw new DomainError('VALIDATION_FAILED', 'The new responsible unit is not a member of the item’s region', {
        field: 'responsibleUnitId',
      });
    }
    return found[0].name;
  }

  private async mustBePersonOf(personId: string, unitId: string): Promise<void> {
    const found = await this.db.query<unknown[]>('SELECT 1 FROM people WHERE id = $1 AND unit_id = $2 AND active', [
      personId,
      unitId,
    ]);
    if (found.length === 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'The responsible person must be an active member of the responsible unit',
        {
          field: 'responsiblePersonId',
        },
      );
    }
  }
}

/** The ledger row's status and waiting extension request: what the open actions depend on. */
function actionStateOf(raw: LedgerSqlRow): ActionState {
  return { status: raw.status, pendingExtension: raw.pending_extension };
}

function partiesOf(raw: LedgerSqlRow): ItemParties {
  return { responsibleUnitPath: raw.responsible_path, verifierUnitPath: raw.verifier_path };
}

function notFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `Item ${id} does not exist`, { id });
}

/** The item id of a create with an Idempotency-Key: the same person and key always name the same item (UUID v8). */
function itemIdFor(caller: Caller, idempotencyKey: string): string {
  const hash = createHash('sha256').update(`item:${caller.personId}:${idempotencyKey}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x80;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
