/**
 * Names, payload types and activity ports shared by the workflows and their clients (the API). Workflow code
 * imports only @temporalio/workflow, libs/domain and the files of workflows/; this file keeps to the same rule. Each
 * workflow's activities are an interface here (its port), which the lib that does the I/O implements: libs depend
 * on workflows/, never the other way.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type {
  ActorSide,
  Alert,
  OwedSubmission,
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

export interface ProbeActivities {
  /** Writes the echo onto the probe's row; a retry rewrites the same values. */
  recordProbe(probeId: string, echo: string): Promise<void>;
}

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

/** What a cycle notice says, as the workflow knows it: unit ids and instants, no words (the catalogue has them). */
export type CycleNoticeFacts =
  | {
      kind: 'cycle_opened';
      inspecteeUnitId: string | null;
      selfCheckDue: number;
      mutualInspectionDue: number;
      meetingAt: number;
    }
  | { kind: 'cycle_meeting'; meetingAt: number }
  | {
      kind: 'cycle_reminder' | 'cycle_chase';
      obligation: OwedSubmission['kind'];
      inspecteeUnitId: string | null;
      due: number;
    }
  | {
      kind: 'cycle_escalation';
      audience: 'unit' | 'up';
      obligation: OwedSubmission['kind'];
      level: 1 | 2;
      lateUnitId: string;
      due: number;
    };

/** A notice of the cycle to one unit (通知, 提醒, 催办, 督办); the key makes it exactly once. */
export interface CycleNotice {
  key: string;
  kind: string;
  unitId: string;
  audience: 'unit' | 'verifier' | 'committee';
  /** What it says, without words: the activity names the units and the catalogue words it. */
  facts: CycleNoticeFacts;
  dueAt: number;
}

export interface CycleProjection {
  /** Runs before CycleFacts sent the whole input here: it holds these fields too. */
  input: CycleFacts;
  phase: string;
  dueTimes: Record<string, number>;
  seq: number;
  at: number;
  notices: CycleNotice[];
}

export interface SubmissionRecord {
  cycleId: string;
  submissionId: string;
  kind: OwedSubmission['kind'];
  inspectorUnitId: string;
  inspecteeUnitId: string;
  scores: Record<string, number>;
  comments: string;
  submittedBy: string;
  submittedAt: number;
  late: boolean;
  /** Files on the submission as a whole; each finding carries its own (the photo of the problem). */
  files?: string[];
  findings: (FindingInput & { findingId: string; unitId: string; repeatOf: string[] })[];
}

/** The meeting (例会) as the lead unit records it. */
export interface MeetingRecord extends WithFiles {
  cycleId: string;
  minutes: string;
  attendance: unknown;
  heldAt: number;
  recordedBy: string;
}

/** What the workflow learns of the report it asked for: counts, the report itself stays in Postgres. */
export interface CycleReportSummary {
  cycleId: string;
  ranked: number;
  unscored: number;
  findings: number;
  openFromEarlier: number;
}

/**
 * What the cycle workflow asks of the world. Idempotent like the item's: the cycle row moves forward only
 * (projection seq), submissions and findings have natural unique keys, notices an idempotency key.
 */
export interface CycleActivities {
  projectCycle(projection: CycleProjection): Promise<void>;
  recordSubmission(submission: SubmissionRecord): Promise<void>;
  recordMeeting(meeting: MeetingRecord): Promise<void>;
  /** Computes and stores the report, then 上报 to the committee and 通报 to every unit of the region. */
  buildCycleReport(request: { input: CycleInput; at: number }): Promise<CycleReportSummary>;
}

// ─── Programme tick (one fire of a programme's Schedule) ───────────────────────────────────────────────────────

/** What the programme's Schedule passes to each tick. */
export interface ProgrammeTickInput {
  programmeId: string;
}

export interface ProgrammeTickResult {
  outcome: 'started' | 'already_started' | 'skipped';
  /** The cycle's workflow id, when the tick got as far as a period. */
  cycleWorkflowId?: string;
}

export interface ProgrammeActivities {
  /**
   * Everything the cycle of the period containing `scheduledAt` needs (its row reserved), or null when the programme
   * is gone or that period's cycle is already running.
   */
  prepareCycle(programmeId: string, scheduledAt: number): Promise<CycleInput | null>;
}

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

export type DeliveryOutcome = 'sent' | 'dead' | 'skipped';

/** What the dispatcher reads at the start of each run (so that changed NOTIFY_* settings apply after a deploy). */
export interface DispatcherSettings {
  retry: DeliveryRetry;
  digestThreshold: number;
  sweepIntervalMs: number;
}

/** One round of the dispatcher: what it sent, and when it should look again. */
export interface DeliveryRound {
  claimed: number;
  sent: number;
  retrying: number;
  dead: number;
  /** Ready rows may be left (the batch was full or its time ran out): look again at once. */
  more: boolean;
  /** The next held delivery or retry, as epoch ms (null: nothing waits). */
  nextDueAt: number | null;
}

/**
 * What the dispatcher (and the delivery workflows of runs before batch sending) ask of the world. Exactly-once
 * bookkeeping is in Postgres: an outbox row is expanded once, a delivery is claimed before it is sent.
 */
export interface DeliveryActivities {
  /** Expands new outbox rows into per-channel deliveries with their send time; answers how many rows it took. */
  expandOutbox(): Promise<number>;
  /** The delivery settings of this worker's environment, read afresh. */
  dispatcherSettings(): Promise<DispatcherSettings>;
  /** One round of sending what is due at `now` (the dispatcher's clock), in claimed chunks. */
  deliverDue(input: { now: number; retry: DeliveryRetry; digestThreshold: number }): Promise<DeliveryRound>;
  /** (Runs before batch sending.) Releases due deliveries for one delivery workflow each. */
  releaseDue(): Promise<{ ids: string[]; nextDueAt: number | null }>;
  /** (Runs before batch sending.) One attempt of one delivery. */
  sendDelivery(deliveryId: string): Promise<DeliveryOutcome>;
  deadLetterDelivery(failure: { deliveryId: string; error: string }): Promise<void>;
}

// ─── Evidence files: the orphan sweep ──────────────────────────────────────────────────────────────────────────

export interface SweepResult {
  /** Rows removed (uploads nobody referenced in time). */
  files: number;
  /** Hashes whose blobs went with them (no other row shares the bytes). */
  blobs: number;
}

export interface FileSweepActivities {
  /** Removes every old upload nothing references, and its blobs when no other row shares them. */
  sweepOrphanFiles(): Promise<SweepResult>;
}
