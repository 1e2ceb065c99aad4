import {
  ApplicationFailure,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  allHandlersFinished,
  workflowInfo,
  uuid4,
} from '@temporalio/workflow';
import {
  type Alert,
  checkAction,
  createWorkCalendar,
  DomainError,
  type ItemAction,
  lightOf,
  localDateOf,
  compareLocalDate,
  type MilestoneKey,
  milestoneOwner,
  nextAlerts,
  planMilestones,
} from '../libs/domain/src';
import type { ItemActivities, TimelineEventInput } from '../libs/items/src/item.activities';
import {
  type Actor,
  awaitRegisteredUpdate,
  cancelUpdate,
  decideExtensionUpdate,
  type ItemInput,
  type ItemState,
  type ItemView,
  itemStateQuery,
  reassignUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  submitEvidenceUpdate,
  submitPlanUpdate,
  verifyUpdate,
} from './contracts';
import { workflowNow } from './clock';

const { projectItem } = proxyActivities<ItemActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Keep each run's history short; the state is carried into the next run. */
const EVENTS_BEFORE_CONTINUE_AS_NEW = 2000;

/**
 * One rectification item (整改项) from assignment to sign-off (销号) or cancellation. Human actions arrive as
 * updates (validated against the state machine), time-driven reminders, 催办 and 督办 come from the policy's
 * next alert, and every change is projected to the ledger by an idempotent activity.
 */
export async function itemWorkflow(input: ItemInput, carried?: ItemState): Promise<ItemView> {
  const calendar = createWorkCalendar(input.calendarOverrides);
  const tz = input.timeZone;
  const state: ItemState = carried ?? initialState(input, calendar);
  let changed = false;

  const policyInput = () => ({
    milestones: state.milestones,
    completed: state.completed,
    deadline: state.deadline,
    policy: input.policy,
    calendar,
    tz,
  });
  const view = (): ItemView => {
    const { input: _input, alertCursor: _cursor, lastAlert: _last, ...rest } = state;
    return { ...rest, itemId: input.itemId };
  };

  /** Appends one timeline event and the ledger projection in one idempotent activity call. */
  const record = async (
    event: Omit<TimelineEventInput, 'seq' | 'at'>,
    notify: Parameters<typeof projectItem>[0]['notify'] = [],
  ) => {
    const now = workflowNow();
    state.light = isTerminal(state.status) ? 'green' : lightOf(policyInput(), now);
    state.eventSeq += 1;
    await projectItem({ state: { ...state }, event: { ...event, seq: state.eventSeq, at: now }, notify });
    changed = true;
  };

  const guard = (action: ItemAction, actor: Actor): void => {
    const problem = checkAction(state.status, action, actor.side);
    if (problem) throw toFailure(problem);
  };

  let registered = carried !== undefined;
  setHandler(itemStateQuery, view);
  setHandler(awaitRegisteredUpdate, async () => {
    await condition(() => registered);
    return view();
  });

  setHandler(
    submitPlanUpdate,
    async (actor, { plan }) => {
      state.status = 'in_progress';
      complete('plan');
      await record({ kind: 'plan_submitted', actor, data: { plan } }, [
        { kind: 'plan_submitted', audience: 'verifier' },
      ]);
      return view();
    },
    { validator: (actor, { plan }) => (guard('submitPlan', actor), requireText(plan, 'plan')) },
  );

  setHandler(
    reportProgressUpdate,
    async (actor, { progress }) => {
      complete('progress');
      await record({ kind: 'progress_reported', actor, data: { progress } }, [
        { kind: 'progress_reported', audience: 'verifier' },
      ]);
      return view();
    },
    { validator: (actor, { progress }) => (guard('reportProgress', actor), requireText(progress, 'progress')) },
  );

  setHandler(
    submitEvidenceUpdate,
    async (actor, evidence) => {
      state.status = 'pending_verification';
      state.evidence = evidence;
      complete('evidence');
      await record({ kind: 'evidence_submitted', actor, data: { ...evidence } }, [
        { kind: 'verification_requested', audience: 'verifier' },
      ]);
      return view();
    },
    {
      validator: (actor, evidence) => {
        guard('submitEvidence', actor);
        requireText(evidence.text, 'text');
        // 问题不整改不放过: no sign-off without evidence that can be checked.
        if (evidence.attachments.length === 0) {
          throw toFailure(
            new DomainError('EVIDENCE_REQUIRED', 'Evidence needs at least one attachment reference', {
              field: 'attachments',
            }),
          );
        }
      },
    },
  );

  setHandler(
    verifyUpdate,
    async (actor, { decision, reason }) => {
      if (decision === 'approve') {
        state.status = 'closed';
        complete('verification');
        await record({ kind: 'verified_closed', actor, reason: reason ?? null }, [
          { kind: 'closed', audience: 'responsible' },
        ]);
      } else {
        state.status = 'in_progress';
        state.completed = state.completed.filter((k) => k !== 'evidence');
        state.evidence = null;
        await record({ kind: 'verification_rejected', actor, reason: reason ?? null }, [
          { kind: 'rejected', audience: 'responsible' },
        ]);
      }
      return view();
    },
    {
      validator: (actor, { decision, reason }) => {
        guard('verify', actor);
        if (decision === 'reject') requireText(reason, 'reason');
      },
    },
  );

  setHandler(
    requestExtensionUpdate,
    async (actor, { proposedDeadline, reason }) => {
      state.pendingExtension = { requestId: uuid4(), proposedDeadline, reason, requestedBy: actor.personId };
      await record(
        { kind: 'extension_requested', actor, reason, data: { proposedDeadline, currentDeadline: state.deadline } },
        [{ kind: 'extension_requested', audience: 'verifier' }],
      );
      return view();
    },
    {
      validator: (actor, { proposedDeadline, reason }) => {
        guard('requestExtension', actor);
        requireText(reason, 'reason');
        if (state.pendingExtension) {
          throw toFailure(
            new DomainError('CONFLICT', 'An extension request is already waiting for a decision', {
              pendingExtension: state.pendingExtension,
            }),
          );
        }
        if (compareLocalDate(proposedDeadline, state.deadline) <= 0) {
          throw toFailure(
            new DomainError(
              'VALIDATION_FAILED',
              `proposedDeadline must be after the current deadline ${state.deadline}`,
              {
                field: 'proposedDeadline',
              },
            ),
          );
        }
      },
    },
  );

  setHandler(
    decideExtensionUpdate,
    async (actor, { approve, reason }) => {
      const request = state.pendingExtension as NonNullable<ItemState['pendingExtension']>;
      state.pendingExtension = null;
      if (approve) {
        const previous = state.deadline;
        state.deadline = request.proposedDeadline;
        state.milestones = replan(state, calendar, tz);
        state.escalationLevel = 0;
        // Alerts already sent stay sent; alerts of the new plan start from now.
        state.alertCursor = workflowNow();
        await record(
          {
            kind: 'extension_approved',
            actor,
            reason: reason ?? null,
            data: { previousDeadline: previous, deadline: state.deadline },
          },
          [{ kind: 'extension_approved', audience: 'responsible' }],
        );
      } else {
        await record(
          {
            kind: 'extension_rejected',
            actor,
            reason: reason ?? null,
            data: { proposedDeadline: request.proposedDeadline },
          },
          [{ kind: 'extension_rejected', audience: 'responsible' }],
        );
      }
      return view();
    },
    {
      validator: (actor, { approve, reason }) => {
        guard('decideExtension', actor);
        if (!state.pendingExtension) {
          throw toFailure(
            new DomainError('ILLEGAL_TRANSITION', 'There is no extension request to decide', {
              currentState: state.status,
            }),
          );
        }
        if (!approve) requireText(reason, 'reason');
      },
    },
  );

  setHandler(
    reassignUpdate,
    async (actor, { responsibleUnitId, responsiblePersonId, reason }) => {
      const from = { unitId: state.responsibleUnitId, personId: state.responsiblePersonId };
      state.responsibleUnitId = responsibleUnitId;
      state.responsiblePersonId = responsiblePersonId;
      await record(
        {
          kind: 'reassigned',
          actor,
          reason,
          data: { from, to: { unitId: responsibleUnitId, personId: responsiblePersonId } },
        },
        [{ kind: 'assigned', audience: 'responsible' }],
      );
      return view();
    },
    { validator: (actor, { reason }) => (guard('reassign', actor), requireText(reason, 'reason')) },
  );

  setHandler(
    cancelUpdate,
    async (actor, { reason }) => {
      state.status = 'cancelled';
      state.pendingExtension = null;
      await record({ kind: 'cancelled', actor, reason }, [{ kind: 'cancelled', audience: 'responsible' }]);
      return view();
    },
    { validator: (actor, { reason }) => (guard('cancel', actor), requireText(reason, 'reason')) },
  );

  function complete(key: MilestoneKey): void {
    if (!state.completed.includes(key)) state.completed = [...state.completed, key];
  }

  if (!registered) {
    await record(
      { kind: 'created', actor: { personId: input.createdBy, side: 'verifier' }, data: { deadline: state.deadline } },
      [{ kind: 'assigned', audience: 'responsible' }],
    );
    registered = true;
  }

  // The timer loop: sleep until the next alert or until an action changes the plan; closing or cancelling ends it.
  while (!isTerminal(state.status)) {
    const due = nextAlerts(policyInput(), state.alertCursor);
    changed = false;
    const wakeIn = due.length > 0 ? Math.max(due[0].dueAt - workflowNow(), 0) : undefined;
    const interrupted = await condition(() => changed || isTerminal(state.status), wakeIn);
    if (interrupted || due.length === 0) continue;
    for (const alert of due) await fireAlert(alert);
    if (workflowInfo().historyLength > EVENTS_BEFORE_CONTINUE_AS_NEW || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof itemWorkflow>(input, state);
    }
  }
  await condition(allHandlersFinished);
  return view();

  async function fireAlert(alert: Alert): Promise<void> {
    state.alertCursor = alert.dueAt;
    state.lastAlert = alert;
    const now = workflowNow();
    if (alert.kind === 'escalation' && alert.level && alert.level > state.escalationLevel)
      state.escalationLevel = alert.level;
    // Reminders and 催办 go to whoever owns the milestone; 督办 goes up the ladder and tells the unit too.
    const audiences: ('responsible' | 'verifier' | 'committee')[] =
      alert.kind !== 'escalation'
        ? [milestoneOwner(alert.milestone ?? 'verification')]
        : alert.level === 2
          ? ['committee', 'verifier', 'responsible']
          : ['verifier', 'responsible'];
    await record(
      {
        kind: alert.kind === 'escalation' ? `escalated_level_${alert.level}` : alert.kind,
        actor: null,
        data: { alert, firedAt: now },
      },
      audiences.map((audience) => ({ kind: alert.kind, audience, alert })),
    );
  }
}

function initialState(input: ItemInput, calendar: ReturnType<typeof createWorkCalendar>): ItemState {
  const now = workflowNow();
  const milestones = planMilestones({
    deadline: input.deadline,
    today: localDateOf(now, input.timeZone),
    policy: input.policy,
    calendar,
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

/** 倒排工期 again from the new deadline; milestones already done keep the dates they had. */
function replan(state: ItemState, calendar: ReturnType<typeof createWorkCalendar>, tz: string) {
  const today = localDateOf(workflowNow(), tz);
  const fresh = planMilestones({ deadline: state.deadline, today, policy: state.input.policy, calendar });
  return fresh.map((m) => (state.completed.includes(m.key) ? (state.milestones.find((o) => o.key === m.key) ?? m) : m));
}

function isTerminal(status: ItemState['status']): boolean {
  return status === 'closed' || status === 'cancelled';
}

function requireText(value: string | undefined, field: string): void {
  if (!value || value.trim() === '') {
    throw toFailure(new DomainError('VALIDATION_FAILED', `${field} is required`, { field }));
  }
}

/** Domain errors cross the Temporal boundary as non-retryable ApplicationFailures with the same code and details. */
function toFailure(error: DomainError): ApplicationFailure {
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    details: [error.details],
    nonRetryable: true,
  });
}
