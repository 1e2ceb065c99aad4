import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  type Alert,
  addCalendarDays,
  BUILT_IN_CALENDAR_YEARS,
  calendarOf,
  compareLocalDate,
  deadlineTooSoon,
  DomainError,
  instantAt,
  isTerminal,
  type ItemCommand,
  lightOf,
  type LocalDate,
  localDateOf,
  milestoneOwner,
  nextAlerts,
  nextLightChange,
  type PlanInput,
  planMilestones,
  readLight,
  transition,
  type Transition,
} from '../libs/domain/src';
import { workflowNow } from './clock';
import { SEARCH_ATTRIBUTES as SA } from './search-attributes';
import { toFailure } from './failures';
import {
  type Actor,
  type CarriedItemState,
  type ItemActivities,
  type ItemInput,
  type ItemState,
  type ItemView,
  itemStateQuery,
  itemUpdates,
  type NotificationIntent,
  type TimelineEventInput,
  type WithFiles,
} from './contracts';

/** The ledger projection's timeouts and retries: retried until Postgres answers, a minute apart at most. */
const PROJECTION = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
} as const;
/** As recorded before the local projection: an activity task of its own, and a workflow task to resume after it. */
const scheduled = proxyActivities<ItemActivities>(PROJECTION);
/**
 * The same projection run by the worker inside the workflow task that decides it (a marker in the history): no
 * activity task, no second workflow task. Idempotent like every activity, so a task retried after a crash may run it
 * again and write nothing twice.
 */
const local = proxyLocalActivities<ItemActivities>({
  ...PROJECTION,
  // While Postgres is down, retry once in the task, then wait on a server timer: the task completes, so updates that
  // came in meanwhile are accepted at once instead of waiting for a projection that cannot finish yet.
  localRetryThreshold: '1 second',
});

/** Keep each run's history short (Temporal warns at 10k events); the state is carried into the next run. */
const DEFAULT_HISTORY_BUDGET = 2000;

/** Changes since the recorded histories, each behind `patched()` so that running items replay (see README). */
const ITEM_PATCHES = {
  /** Alerts of a batch are dropped once an action re-planned or ended the item while the batch waited. */
  alertsRechecked: 'item-alerts-rechecked',
  /** Search attributes kept current on each transition, so operators find the item. */
  searchAttributes: 'item-search-attributes',
  /** The history budget is checked on every turn of the loop, actions included, not only after alerts. */
  budgetEachTurn: 'item-budget-each-turn',
  /** The ledger projection runs as a local activity inside the workflow task (one task per change, not two + one). */
  localProjection: 'item-local-projection',
} as const;

/** Update ids remembered across continue-as-new: more than a client retries within one run's last minutes. */
const RECENT_UPDATES_KEPT = 100;

/** What an accepted action writes: its timeline event and who is told. */
interface Effect {
  kind: string;
  notify: NotificationIntent[];
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * One rectification item (整改项) from assignment to sign-off (销号) or cancellation. Human actions arrive as
 * updates validated by the domain's `transition` rule, time-driven reminders, 催办 and 督办 come from the policy's
 * next alerts, and every change is projected to the ledger by one idempotent activity.
 */
export async function itemWorkflow(input: ItemInput, carried?: CarriedItemState): Promise<ItemView> {
  const state: ItemState = carried ? { ...carried, input } : initialState(input);
  /** Updates applied by earlier runs of this item: the same id again is answered, not applied twice. */
  const appliedBefore = new Set(carried?.recentUpdates ?? []);
  const alreadyApplied = (): boolean => appliedBefore.has(currentUpdateInfo()?.id ?? '');
  const remember = (): void => {
    const id = currentUpdateInfo()?.id;
    if (id) state.recentUpdates = [...(state.recentUpdates ?? []), id].slice(-RECENT_UPDATES_KEPT);
  };
  // The holiday data as of the item's start: a newer chinese-days on the worker cannot move this run's dates.
  let calendar = calendarOf(state.input);
  let changed = false;
  let registered = carried !== undefined;
  /** Counts re-plans, so that alerts computed before one are not sent after it. */
  let replans = 0;
  const today = (): LocalDate => localDateOf(workflowNow(), state.input.timeZone);

  const alertInput = () => ({
    milestones: state.milestones,
    completed: state.completed,
    deadline: state.deadline,
    policy: state.input.policy,
    calendar,
    tz: state.input.timeZone,
  });
  const view = (): ItemView => {
    const { input: _input, alertCursor: _cursor, lastAlert: _last, recentUpdates: _updates, ...rest } = state;
    return { ...rest, itemId: state.input.itemId, policyVersion: state.input.policyVersion };
  };

  /** Appends one timeline event and the ledger projection in one idempotent activity call. */
  const record = async (event: Omit<TimelineEventInput, 'seq' | 'at'>, notify: NotificationIntent[]): Promise<void> => {
    const now = workflowNow();
    state.light = isTerminal(state.status) ? 'green' : lightOf(alertInput(), now);
    keepSearchable();
    state.eventSeq += 1;
    // The ledger needs no update ids: they stay out of every activity's payload (and so out of the history).
    const { recentUpdates: _updates, ...projected } = state;
    const { projectItem } = patched(ITEM_PATCHES.localProjection) ? local : scheduled;
    await projectItem({ state: projected, event: { ...event, seq: state.eventSeq, at: now }, notify });
    changed = true;
  };

  /**
   * Search attributes (unit, region, status, light, 督办 level, deadline, cycle period), upserted when one changes, so
   * operators find the item in the Temporal UI. Runs recorded before them have none (the patch keeps them replaying).
   */
  let searchable = '';
  const keepSearchable = (): void => {
    if (!patched(ITEM_PATCHES.searchAttributes)) return;
    const names = state.input.names;
    const unit = state.responsibleUnitName ?? names?.responsibleUnit;
    const pairs = [
      { key: SA.status, value: state.status as string },
      { key: SA.light, value: state.light as string },
      { key: SA.escalationLevel, value: state.escalationLevel as number },
      { key: SA.deadline, value: new Date(instantAt(state.deadline, '00:00', state.input.timeZone)) },
      ...(unit ? [{ key: SA.units, value: [unit] }] : []),
      ...(names ? [{ key: SA.region, value: names.region }] : []),
      ...(names?.cyclePeriod ? [{ key: SA.cyclePeriod, value: names.cyclePeriod }] : []),
    ];
    const digest = JSON.stringify(pairs.map((p) => [p.key.name, p.value]));
    if (digest === searchable) return;
    searchable = digest;
    upsertSearchAttributes(pairs as Parameters<typeof upsertSearchAttributes>[0]);
  };

  /** Registers one human action: the domain rule validates it, then the handler applies and records it. */
  const action = <P extends WithFiles>(
    update: UpdateDefinition<ItemView, [Actor, P]>,
    command: (payload: P) => ItemCommand,
    effect: (payload: P, t: Transition, actor: Actor) => Effect,
  ): void => {
    const check = (actor: Actor, payload: P): Transition => {
      const result = transition(state, command(payload), actor.side);
      if (result instanceof DomainError) throw toFailure(result);
      return result;
    };
    setHandler(
      update,
      async (actor, payload) => {
        if (alreadyApplied()) return view();
        const t = check(actor, payload);
        const { kind, notify, reason, data } = effect(payload, t, actor);
        apply(t);
        remember();
        await record({ kind, actor, reason: reason ?? null, data, files: filesOf(payload) }, notify);
        return view();
      },
      { validator: (actor, payload) => void (alreadyApplied() || check(actor, payload)) },
    );
  };

  /** Status, milestones done or reopened, and a moved deadline (倒排工期 again, done milestones keep their dates). */
  const apply = (t: Transition): void => {
    state.status = t.status;
    if (t.completes && !state.completed.includes(t.completes)) state.completed = [...state.completed, t.completes];
    if (t.reopens) state.completed = state.completed.filter((k) => k !== t.reopens);
    if (t.deadline) {
      state.deadline = t.deadline;
      replan();
      state.escalationLevel = 0;
      // Alerts already sent stay sent; those of the new plan start from now.
      state.alertCursor = workflowNow();
    }
    if (!t.pendingExtension) state.pendingExtension = null;
  };

  const replan = (): void => {
    replans += 1;
    state.milestones = plan({
      deadline: state.deadline,
      today: today(),
      policy: state.input.policy,
      calendar,
      completed: state.completed,
      previous: state.milestones,
    });
  };

  const to = (audience: NotificationIntent['audience'], kind: string): NotificationIntent[] => [{ kind, audience }];

  setHandler(itemStateQuery, view);
  setHandler(itemUpdates.awaitRegistered, async () => {
    await condition(() => registered);
    return view();
  });

  action(
    itemUpdates.submitPlan,
    (p) => ({ action: 'submitPlan', ...p }),
    ({ plan }) => ({ kind: 'plan_submitted', data: { plan }, notify: to('verifier', 'plan_submitted') }),
  );
  action(
    itemUpdates.reportProgress,
    (p) => ({ action: 'reportProgress', ...p }),
    ({ progress }) => ({ kind: 'progress_reported', data: { progress }, notify: to('verifier', 'progress_reported') }),
  );
  action(
    itemUpdates.submitEvidence,
    (p) => ({ action: 'submitEvidence', ...p }),
    (evidence) => {
      state.evidence = evidence;
      return { kind: 'evidence_submitted', data: { ...evidence }, notify: to('verifier', 'verification_requested') };
    },
  );
  action(
    itemUpdates.verify,
    (p) => ({ action: 'verify', ...p }),
    ({ decision, reason }) =>
      decision === 'approve'
        ? { kind: 'verified_closed', reason, notify: to('responsible', 'closed') }
        : { kind: 'verification_rejected', reason, notify: to('responsible', 'rejected') },
  );
  action(
    itemUpdates.requestExtension,
    (p) => ({ action: 'requestExtension', ...p }),
    ({ proposedDeadline, reason }, _t, actor) => {
      state.pendingExtension = { requestId: uuid4(), proposedDeadline, reason, requestedBy: actor.personId };
      return {
        kind: 'extension_requested',
        reason,
        data: { proposedDeadline, currentDeadline: state.deadline },
        notify: to('verifier', 'extension_requested'),
      };
    },
  );
  action(
    itemUpdates.decideExtension,
    (p) => ({ action: 'decideExtension', ...p, today: today() }),
    ({ approve, reason }, t) =>
      approve
        ? {
            kind: 'extension_approved',
            reason,
            data: { previousDeadline: state.deadline, deadline: t.deadline },
            notify: to('responsible', 'extension_approved'),
          }
        : {
            kind: 'extension_rejected',
            reason,
            data: { proposedDeadline: state.pendingExtension?.proposedDeadline },
            notify: to('responsible', 'extension_rejected'),
          },
  );
  action(
    itemUpdates.reassign,
    (p) => ({ action: 'reassign', ...p }),
    ({ responsibleUnitId, responsiblePersonId, reason, responsibleUnitName }) => {
      const from = { unitId: state.responsibleUnitId, personId: state.responsiblePersonId };
      state.responsibleUnitId = responsibleUnitId;
      state.responsiblePersonId = responsiblePersonId;
      if (responsibleUnitName) state.responsibleUnitName = responsibleUnitName;
      const data = { from, to: { unitId: responsibleUnitId, personId: responsiblePersonId } };
      return { kind: 'reassigned', reason, data, notify: to('responsible', 'assigned') };
    },
  );
  action(
    itemUpdates.cancel,
    (p) => ({ action: 'cancel', ...p }),
    ({ reason }) => ({ kind: 'cancelled', reason, notify: to('responsible', 'cancelled') }),
  );

  // An admin moves a live item onto a newer policy version explicitly; it is re-planned and the move is on its timeline.
  setHandler(
    itemUpdates.rebasePolicy,
    async (actor, { version, policy, calendarOverrides, calendarYearsThrough }) => {
      if (alreadyApplied()) return view();
      remember();
      const from = state.input.policyVersion;
      // The API sends the holiday data it has: the re-base is a new plan, recorded in this update.
      const years = calendarYearsThrough === undefined ? {} : { calendarYearsThrough };
      state.input = { ...state.input, policyVersion: version, policy, calendarOverrides, ...years };
      calendar = calendarOf(state.input);
      replan();
      state.alertCursor = workflowNow();
      await record({ kind: 'policy_rebased', actor, data: { fromVersion: from, toVersion: version } }, []);
      return view();
    },
    {
      validator: (_actor, { version }) => {
        if (alreadyApplied()) return;
        if (isTerminal(state.status)) {
          throw toFailure(
            new DomainError('ILLEGAL_TRANSITION', `A ${state.status} item keeps its policy`, {
              currentState: state.status,
            }),
          );
        }
        if (deadlineTooSoon(state.deadline, today())) {
          throw toFailure(
            new DomainError(
              'CONFLICT',
              `The deadline ${state.deadline} has passed: an overdue item keeps its plan until an approved extension (延期) moves the deadline`,
              { deadline: state.deadline, currentState: state.status },
            ),
          );
        }
        if (version <= state.input.policyVersion) {
          throw toFailure(
            new DomainError('VALIDATION_FAILED', `version must be newer than ${state.input.policyVersion}`, {
              field: 'version',
            }),
          );
        }
      },
    },
  );

  setHandler(
    itemUpdates.addDirective,
    async ({ personId }, { text, files }) => {
      if (alreadyApplied()) return view();
      remember();
      await record({ kind: 'directive', actor: { personId, side: 'committee' }, reason: text, files }, [
        { kind: 'directive', audience: 'responsible' },
        { kind: 'directive', audience: 'verifier' },
      ]);
      return view();
    },
    {
      validator: (_who, { text }) => {
        if (alreadyApplied()) return;
        if (isTerminal(state.status)) {
          throw toFailure(
            new DomainError('ILLEGAL_TRANSITION', `The item is ${state.status}`, { currentState: state.status }),
          );
        }
        if (!text?.trim()) throw toFailure(new DomainError('VALIDATION_FAILED', 'text is required', { field: 'text' }));
      },
    },
  );

  if (!registered) {
    const creator: Actor = { personId: state.input.createdBy, side: 'verifier' };
    await record(
      { kind: 'created', actor: creator, data: { deadline: state.deadline } },
      to('responsible', 'assigned'),
    );
    registered = true;
  }

  // The timer loop: sleep until the next alerts or until an action changes the plan; closing or cancelling ends it.
  const budget = state.input.historyBudget ?? DEFAULT_HISTORY_BUDGET;
  const overBudget = (): boolean => workflowInfo().historyLength > budget || workflowInfo().continueAsNewSuggested;
  while (!isTerminal(state.status)) {
    // Every turn, before any alert: a run busy with actions alone must move on too. Runs recorded before checked
    // only after alerts (the patch keeps them replaying; patched() only when it matters, so most have no marker).
    if (overBudget() && patched(ITEM_PATCHES.budgetEachTurn)) await carryOn();
    const due = nextAlerts(alertInput(), state.alertCursor);
    // Lights from policy version 2 on also change between alerts (临期, 超期); version 1 gives undefined here.
    const lightChange = nextLightChange(alertInput(), workflowNow());
    changed = false;
    const wakeAt = Math.min(due[0]?.dueAt ?? Number.POSITIVE_INFINITY, lightChange ?? Number.POSITIVE_INFINITY);
    const wakeIn = Number.isFinite(wakeAt) ? Math.max(wakeAt - workflowNow(), 0) : undefined;
    const planned = replans;
    const interrupted = await condition(() => changed || isTerminal(state.status), wakeIn);
    if (interrupted || wakeIn === undefined) continue;
    if (due.length === 0 || due[0].dueAt > workflowNow()) {
      const { light, reason } = readLight(alertInput(), workflowNow());
      await record({ kind: 'light_changed', actor: null, data: { light, reason } }, []);
      continue;
    }
    // An action taken in the same task as the timer (a worker back after 09:00, an approval queued) may have
    // re-planned or ended the item: the alerts of the old plan are then not sent (the loop plans afresh).
    const recheck = patched(ITEM_PATCHES.alertsRechecked);
    for (const alert of due) {
      if (recheck && (replans !== planned || isTerminal(state.status))) break;
      await fireAlert(alert);
    }
    if (overBudget() && !patched(ITEM_PATCHES.budgetEachTurn)) await carryOn();
  }
  await condition(allHandlersFinished);
  return view();

  /** Continues as new with the state carried, once every handler is done; a closed or cancelled item just ends. */
  async function carryOn(): Promise<void> {
    await condition(allHandlersFinished);
    if (isTerminal(state.status)) return;
    // The next run is a history of its own: it plans with the holiday data the worker has now. Its input goes once.
    const next = { ...state.input, calendarYearsThrough: BUILT_IN_CALENDAR_YEARS.last };
    const { input: _input, ...rest } = state;
    await continueAsNew<typeof itemWorkflow>(next, rest);
  }

  async function fireAlert(alert: Alert): Promise<void> {
    state.alertCursor = alert.dueAt;
    state.lastAlert = alert;
    if (alert.kind === 'escalation' && alert.level && alert.level > state.escalationLevel) {
      state.escalationLevel = alert.level;
    }
    // Reminders and 催办 go to whoever owns the milestone; 督办 goes up the ladder and tells the unit too.
    const audiences: NotificationIntent['audience'][] =
      alert.kind !== 'escalation'
        ? [milestoneOwner(alert.milestone ?? 'verification')]
        : alert.level === 2
          ? ['committee', 'verifier', 'responsible']
          : ['verifier', 'responsible'];
    await record(
      {
        kind: alert.kind === 'escalation' ? `escalated_level_${alert.level}` : alert.kind,
        actor: null,
        data: { alert },
      },
      audiences.map((audience) => ({ kind: alert.kind, audience, alert })),
    );
  }
}

/**
 * 倒排工期 inside workflow code, which must never throw a plain error (the task would fail and retry forever, the
 * item stuck): validators refuse what cannot be planned, and a deadline that has become today meanwhile (a finding's
 * item started just after midnight) is planned as if from the day before, everything due on the deadline.
 */
function plan(p: PlanInput): ReturnType<typeof planMilestones> {
  const latestToday = addCalendarDays(p.deadline, -1);
  return planMilestones({ ...p, today: compareLocalDate(p.today, latestToday) > 0 ? latestToday : p.today });
}

function initialState(input: ItemInput): ItemState {
  const now = workflowNow();
  const milestones = plan({
    deadline: input.deadline,
    today: localDateOf(now, input.timeZone),
    policy: input.policy,
    calendar: calendarOf(input),
  });
  return {
    input,
    status: 'open',
    deadline: input.deadline,
    milestones,
    completed: [],
    responsibleUnitId: input.responsibleUnitId,
    responsiblePersonId: input.responsiblePersonId,
    escalationLevel: 0,
    light: 'green',
    pendingExtension: null,
    evidence: null,
    eventSeq: 0,
    alertCursor: now,
    lastAlert: null,
  };
}

/** The file ids an action carries, if any (every action payload may; the API has checked them). */
function filesOf({ files }: WithFiles): string[] | undefined {
  return files?.length ? files : undefined;
}
