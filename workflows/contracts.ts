/**
 * Names and payload types shared by the workflows and their clients (the API). Workflow code imports only
 * @temporalio/workflow, libs/domain and activity *types*; this file keeps to the same rule.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type {
  ActorSide,
  Alert,
  CalendarOverride,
  CyclePhase,
  EarlierFinding,
  Pair,
  PhaseDueTimes,
  PhaseWindows,
  PolicySet,
  Rubric,
  ItemAction,
  ItemPolicy,
  ItemStatus,
  LocalDate,
  MilestoneKey,
  PlannedMilestone,
  Severity,
} from '../libs/domain/src';

/** Deterministic workflow ids: starting twice for the same subject is a no-op. */
export const workflowIds = {
  probe: (probeId: string): string => `probe-${probeId}`,
  item: (itemId: string): string => `item-${itemId}`,
  cycle: (programmeId: string, period: string): string => `cycle-${programmeId}-${period}`,
  programmeSchedule: (programmeId: string): string => `programme-${programmeId}`,
} as const;

export interface ProbeInput {
  probeId: string;
  message: string;
}

export interface ProbeResult {
  probeId: string;
  echo: string;
}

export const probeStatusQuery = defineQuery<'running' | 'recorded'>('probeStatus');

// ─── Rectification item (整改项) ────────────────────────────────────────────────────────────────────────────────

/** Who acts, and for which side of the item; the API decides the side from the caller's roles and unit scope. */
export interface Actor {
  personId: string;
  side: ActorSide;
}

export interface ItemInput {
  itemId: string;
  regionId: string;
  responsibleUnitId: string;
  responsiblePersonId: string | null;
  verifierUnitId: string;
  /** Where level-2 escalations (督办) go. */
  committeeUnitId: string;
  title: string;
  description: string;
  requirement: string;
  severity: Severity;
  deadline: LocalDate;
  policyVersion: number;
  policy: ItemPolicy;
  timeZone: string;
  calendarOverrides: CalendarOverride[];
  /** The last year of built-in holiday data the item plans with (see `calendarOf`); the starter sets it. */
  calendarYearsThrough?: number;
  createdBy: string;
  /** History events per run before continue-as-new (default 2000); small values exercise it in tests. */
  historyBudget?: number;
  /** Set when the item comes from a finding of an inspection cycle (互检). */
  cycleId?: string;
  /** Names for the search attributes (operators find items by them), given by the starter: no I/O in a workflow. */
  names?: { responsibleUnit: string; region: string; cyclePeriod?: string };
}

export interface Evidence {
  text: string;
  /** Uploaded files (ids in `files`), checked by the API; at least one is required (问题不整改不放过). */
  files?: string[];
  /** Free-text references of items submitted before uploads existed. */
  attachments?: string[];
}

/** Files (ids from POST /files) a person attaches to what they state; the API checks each before the update. */
export interface WithFiles {
  files?: string[];
}

export interface PendingExtension {
  requestId: string;
  proposedDeadline: LocalDate;
  reason: string;
  requestedBy: string;
}

/** Lifecycle state held by the item workflow; carried across continue-as-new. */
export interface ItemState {
  input: ItemInput;
  status: ItemStatus;
  deadline: LocalDate;
  milestones: PlannedMilestone[];
  completed: MilestoneKey[];
  responsibleUnitId: string;
  responsiblePersonId: string | null;
  /** The responsible unit's name after a reassignment (before one, input.names has it). */
  responsibleUnitName?: string;
  escalationLevel: 0 | 1 | 2;
  light: 'green' | 'yellow' | 'red';
  pendingExtension: PendingExtension | null;
  evidence: Evidence | null;
  /** Sequence number of the last timeline event written; event n is written exactly once. */
  eventSeq: number;
  /** Alerts due at or before this instant have been handled. */
  alertCursor: number;
  lastAlert: Alert | null;
  /**
   * Ids of the updates applied lately, carried across continue-as-new: Temporal deduplicates an update id within
   * one run only, so a keyed request retried after the item moved on to its next run must still apply once.
   */
  recentUpdates?: string[];
}

/** What one run hands the next besides its input (runs before this carried the input here too). */
export type CarriedItemState = Omit<ItemState, 'input'> & { input?: ItemInput };

export type ItemView = Omit<ItemState, 'input' | 'alertCursor' | 'lastAlert' | 'recentUpdates'> & {
  itemId: string;
  policyVersion: number;
};

export const itemStateQuery = defineQuery<ItemView>('itemState');

/**
 * What each human action (the domain's `ItemAction`) carries. Any may carry files: the API checks them before the
 * update, the workflow records them on the action's timeline event.
 */
export interface ItemActionPayloads {
  submitPlan: { plan: string } & WithFiles;
  reportProgress: { progress: string } & WithFiles;
  submitEvidence: Evidence;
  verify: { decision: 'approve' | 'reject'; reason?: string } & WithFiles;
  requestExtension: { proposedDeadline: LocalDate; reason: string } & WithFiles;
  decideExtension: { approve: boolean; reason?: string } & WithFiles;
  reassign: {
    responsibleUnitId: string;
    responsiblePersonId: string | null;
    reason: string;
    /** Set by the API (the workflow keeps its search attributes by name and cannot look it up). */
    responsibleUnitName?: string;
  } & WithFiles;
  cancel: { reason: string } & WithFiles;
}

/** The update of each human action, by the action's name: what the API sends and the workflow handles. */
export type ItemActionUpdates = {
  readonly [A in ItemAction]: UpdateDefinition<ItemView, [Actor, ItemActionPayloads[A]]>;
};

const actionUpdate = <A extends ItemAction>(name: A) => defineUpdate<ItemView, [Actor, ItemActionPayloads[A]]>(name);

/** Every update of the item workflow: the human actions, the admin's re-base, 督办意见 and the creation's wait. */
export const itemUpdates = {
  submitPlan: actionUpdate('submitPlan'),
  reportProgress: actionUpdate('reportProgress'),
  submitEvidence: actionUpdate('submitEvidence'),
  verify: actionUpdate('verify'),
  requestExtension: actionUpdate('requestExtension'),
  decideExtension: actionUpdate('decideExtension'),
  reassign: actionUpdate('reassign'),
  cancel: actionUpdate('cancel'),
  /** Moves a live item onto a newer policy version (an admin's explicit re-base); recorded on its timeline. */
  rebasePolicy: defineUpdate<
    ItemView,
    [
      Actor,
      { version: number; policy: ItemPolicy; calendarOverrides: CalendarOverride[]; calendarYearsThrough?: number },
    ]
  >('rebasePolicy'),
  /** 督办意见: a committee member's directive on an item, recorded on its timeline and sent to both units. */
  addDirective: defineUpdate<ItemView, [{ personId: string }, { text: string } & WithFiles]>('addDirective'),
  /** Waits until the creation is in the ledger, so the API answers only when the item can be read back. */
  awaitRegistered: defineUpdate<ItemView, []>('awaitRegistered'),
} as const;

/** One entry of the item's append-only timeline (who, when, what, why). */
export interface TimelineEventInput {
  seq: number;
  at: number;
  kind: string;
  /** Who acted and for which side; the committee (党委) writes directives. Null for timer-driven events. */
  actor: { personId: Actor['personId']; side: Actor['side'] | 'committee' } | null;
  reason?: string | null;
  data?: Record<string, unknown>;
  /** Files the actor attached (ids the API checked); recorded as references of this event. */
  files?: string[];
}

/** Whom the item workflow tells, about what; the wording comes from the message catalogue, never the workflow. */
export interface NotificationIntent {
  kind: string;
  audience: ActorSide | 'committee';
  alert?: Alert;
}

/** One change of an item: the state after it, its timeline event and who is told. */
export interface ItemChange {
  state: ItemState;
  event: TimelineEventInput;
  notify: NotificationIntent[];
}

/**
 * The item workflow's port: what it asks of the world, implemented by libs/items (the dependency runs from the lib
 * to the workflow). Idempotent: the ledger row only moves forward, the event and each notification are keyed.
 */
export interface ItemActivities {
  /** Writes the ledger row, the timeline event and the notifications of one change, in one transaction. */
  projectItem(change: ItemChange): Promise<void>;
}

// ─── Inspection cycle (互检) ───────────────────────────────────────────────────────────────────────────────────

/** A finding (问题) filed in a self-check or a mutual inspection; it becomes one rectification item. */
export interface FindingInput {
  criterionKey: string;
  description: string;
  severity: Severity;
  /** Points off the criterion's score (扣分). */
  deduction: number;
  /** 整改要求 */
  requirement: string;
  /** 整改时限 */
  deadline: LocalDate;
  /** The photo of the problem (ids from POST /files). */
  files?: string[];
}

export interface SubmissionInput extends WithFiles {
  /** Marks per criterion key of the rubric (评判打分). */
  scores: Record<string, number>;
  comments: string;
  findings: FindingInput[];
}

/** Who submits for which unit; the API checks the caller holds the role on that unit. */
export interface UnitActor {
  personId: string;
  unitId: string;
}

/** Everything a cycle needs, gathered once when the schedule fires (prepareCycle activity). */
export interface CycleInput {
  cycleId: string;
  programmeId: string;
  programmeName: string;
  /** 'YYYY-MM' for a monthly cadence, 'YYYY-MM-DD' otherwise; one cycle per programme and period. */
  period: string;
  cycleNumber: number;
  regionId: string;
  leadUnitId: string;
  committeeUnitId: string;
  participants: string[];
  pairs: Pair[];
  rubric: Rubric;
  phaseWindows: PhaseWindows;
  policySet: PolicySet;
  calendarOverrides: CalendarOverride[];
  /** The last year of built-in holiday data the cycle and its findings' items plan with (see `calendarOf`). */
  calendarYearsThrough?: number;
  timeZone: string;
  /** 屡查屡犯: findings of the last N cycles, for repeat detection. */
  repeatLookback: number;
  earlierFindings: EarlierFinding[];
  /** Names for the search attributes: the region and every participant (id → name). */
  names?: { region: string; units: Record<string, string> };
  /** History events per run before continue-as-new (default 4000); small values exercise it in tests. */
  historyBudget?: number;
}

/**
 * What the cycle's projection and notices need of its input, sent with every projection instead of the whole
 * input (rubric, policy, earlier findings stay out of the history after the start).
 */
export type CycleFacts = Pick<
  CycleInput,
  | 'cycleId'
  | 'programmeId'
  | 'programmeName'
  | 'period'
  | 'cycleNumber'
  | 'regionId'
  | 'leadUnitId'
  | 'committeeUnitId'
  | 'participants'
  | 'pairs'
  | 'calendarOverrides'
  | 'calendarYearsThrough'
  | 'timeZone'
  // Small, and the cycle page scores against it: the projection stores each cycle's own rubric.
  | 'rubric'
>;

/** What one run of a cycle hands the next (continue-as-new): where it is and what is in. */
export interface CycleCarried {
  phase: CyclePhase;
  startedAt: number;
  dueTimes: PhaseDueTimes;
  /** `kind:unitId` of every submission accepted so far. */
  submitted: string[];
  meetingRecorded: boolean;
  /** The projection's sequence number (the cycle row only moves forward). */
  seq: number;
  alertCursor: number;
  /** Update ids applied lately: a keyed submission retried after the move is answered, not refused as a second. */
  recentUpdates: string[];
}

export const cycleUpdates = {
  submitSelfCheck: defineUpdate<CycleView, [UnitActor, SubmissionInput]>('submitSelfCheck'),
  submitInspection: defineUpdate<CycleView, [UnitActor, SubmissionInput & { inspecteeUnitId: string }]>(
    'submitInspection',
  ),
  recordMeeting: defineUpdate<
    CycleView,
    [
      UnitActor,
      { minutes: string; attendance: { unitId: string; present: boolean; attendees: string[] }[] } & WithFiles,
    ]
  >('recordMeeting'),
};

export interface CycleView {
  cycleId: string;
  phase: CyclePhase;
  pairs: Pair[];
  dueTimes: PhaseDueTimes;
  selfChecksIn: string[];
  inspectionsIn: string[];
  meetingRecorded: boolean;
}

export const cycleStateQuery = defineQuery<CycleView>('cycleState');

// ─── Notification delivery ─────────────────────────────────────────────────────────────────────────────────────

/** Retries of one delivery: exponential backoff from `initialIntervalMs`, doubling, capped; then the dead-letter list. */
export interface DeliveryRetry {
  initialIntervalMs: number;
  maximumIntervalMs: number;
  maximumAttempts: number;
}

export interface DispatcherInput {
  /**
   * Only runs started before batch sending read these (their delivery workflows' retries, their sweep interval);
   * later runs read the delivery settings from the worker at the start of each run.
   */
  retry?: DeliveryRetry;
  sweepIntervalMs?: number;
  /** History events per run before continue-as-new (default 4000, far below Temporal's limits even with a full batch). */
  historyBudget?: number;
}

export interface DeliveryInput {
  deliveryId: string;
  retry: DeliveryRetry;
}

export const deliveryWorkflowIds = {
  /** One dispatcher per namespace and task queue (a workflow id is unique in the namespace, whatever the queue). */
  dispatcher: (taskQueue: string): string => `notification-dispatcher-${taskQueue}`,
  /** Delivery ids are a database sequence: the task queue keeps two databases' deliveries in one namespace apart. */
  delivery: (taskQueue: string, deliveryId: string, replay = 0): string =>
    `delivery-${taskQueue}-${deliveryId}${replay === 0 ? '' : `-replay-${replay}`}`,
} as const;

/** A nudge: new outbox rows were written (sent by the API's outbox listener). */
export const outboxChangedSignal = defineSignal<[]>('outboxChanged');
