import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  type Alert,
  alertsBeforeClose,
  createWorkCalendar,
  DomainError,
  localDateOf,
  nextAlerts,
  type ObligationAction,
  obligationAlertInput,
  obligationClosesAt,
  obligationTransition,
} from '../libs/domain/src';
import { workflowNow } from './clock';
import type { UnitActor } from './contracts';
import { toFailure } from './failures';
import {
  decideRecordUpdate,
  type ObligationActivities,
  type ObligationEventInput,
  type ObligationInput,
  type ObligationIntent,
  type ObligationRecordInput,
  type ObligationState,
  type ObligationView,
  obligationStateQuery,
  type RecordDecision,
  submitRecordUpdate,
} from './obligation-contracts';

const { projectObligation } = proxyActivities<ObligationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One unit's obligation of one period (e.g. 中江桥党支部's 支委会 of 2027-03), from its opening to done or missed.
 * The unit submits its record (记实) as an update; the lead unit confirms it or sends it back with a reason (if the
 * type asks for confirmation). Reminders before the due date and 催办/督办 after it follow the items' policy and
 * calendar; at the period's close an obligation without a record becomes missed and stays on the ledger as such.
 */
export async function obligationWorkflow(input: ObligationInput): Promise<ObligationView> {
  const calendar = createWorkCalendar(input.calendarOverrides);
  const closesAt = obligationClosesAt(input.dates, input.timeZone);
  const state: ObligationState = {
    status: 'open',
    attempt: 0,
    recordId: null,
    firstSubmittedOn: null,
    escalationLevel: 0,
    chases: 0,
    eventSeq: 0,
    alertCursor: workflowNow(),
  };
  let changed = false;
  const today = () => localDateOf(workflowNow(), input.timeZone);
  const view = (): ObligationView => ({
    ...state,
    obligationId: input.obligationId,
    typeVersion: input.typeVersion,
    dates: input.dates,
    confirmingUnitId: input.confirmingUnitId,
  });
  const facts = () => ({
    status: state.status,
    confirmationRequired: input.confirmingUnitId !== null,
    closes: input.dates.closes,
  });

  const record = async (
    event: Omit<ObligationEventInput, 'seq' | 'at'>,
    notify: ObligationIntent[],
    extra: { record?: ObligationRecordInput; decision?: RecordDecision & { recordId: string } } = {},
  ): Promise<void> => {
    state.eventSeq += 1;
    await projectObligation({
      input,
      state: { ...state },
      event: { ...event, seq: state.eventSeq, at: workflowNow() },
      notify,
      ...extra,
    });
    changed = true;
  };

  /** One human action: the domain's rule and the actor's unit validate it; the handler applies and records it. */
  const action = <P extends object>(
    update: UpdateDefinition<ObligationView, [UnitActor, P]>,
    what: (payload: P) => ObligationAction,
    actingUnit: () => string | null,
    apply: (actor: UnitActor, payload: P, next: ObligationState['status']) => Promise<void>,
  ): void => {
    const check = (actor: UnitActor, payload: P): ObligationState['status'] => {
      const unit = actingUnit();
      if (unit === null || actor.unitId !== unit) {
        throw toFailure(
          new DomainError('WRONG_ACTOR', 'Only the unit itself records, and only its lead unit decides', {
            expectedUnitId: unit,
            currentState: state.status,
          }),
        );
      }
      const next = obligationTransition(facts(), what(payload), today(), (payload as { reason?: string }).reason);
      if (next instanceof DomainError) throw toFailure(next);
      return next;
    };
    setHandler(
      update,
      async (actor, payload) => {
        const next = check(actor, payload);
        await apply(actor, payload, next);
        return view();
      },
      { validator: (actor, payload) => void check(actor, payload) },
    );
  };

  setHandler(obligationStateQuery, view);

  action(
    submitRecordUpdate,
    () => 'submit',
    () => input.unitId,
    async (actor, rec, next) => {
      state.status = next;
      state.attempt += 1;
      state.recordId = rec.recordId;
      state.firstSubmittedOn ??= today();
      const notify: ObligationIntent[] =
        next === 'recorded' ? [{ kind: 'obligation_recorded', audience: 'verifier' }] : [];
      await record({ kind: next === 'done' ? 'recorded_done' : 'recorded', actorPersonId: actor.personId }, notify, {
        record: rec,
      });
    },
  );
  action(
    decideRecordUpdate,
    (d) => (d.decision === 'confirm' ? 'confirm' : 'send_back'),
    () => input.confirmingUnitId,
    async (actor, decision, next) => {
      const recordId = state.recordId as string;
      // Sent back after the close: there is no time left to record again, so it counts as missed.
      const closed = workflowNow() >= closesAt;
      state.status = next === 'sent_back' && closed ? 'missed' : next;
      await record(
        {
          kind: decision.decision === 'confirm' ? 'confirmed' : 'sent_back',
          actorPersonId: actor.personId,
          reason: decision.reason ?? null,
        },
        [
          {
            kind: decision.decision === 'confirm' ? 'obligation_confirmed' : 'obligation_sent_back',
            audience: 'responsible',
          },
        ],
        { decision: { ...decision, recordId } },
      );
      if (state.status === 'missed') await record({ kind: 'missed', actorPersonId: null }, missedNotice());
    },
  );

  await record({ kind: 'opened', actorPersonId: null }, [{ kind: 'obligation_opened', audience: 'responsible' }]);

  // The timer loop: alerts until the record is in, the close for an obligation still without one.
  while (state.status !== 'done' && state.status !== 'missed') {
    if (state.status === 'recorded') {
      await condition(() => state.status !== 'recorded');
      continue;
    }
    // Open or sent back: the record is owed, so the items' ladder runs for it.
    const alertInput = obligationAlertInput(input.dates, false, input.policy, calendar, input.timeZone);
    const due = alertsBeforeClose(nextAlerts(alertInput, state.alertCursor), closesAt);
    const wakeAt = due[0]?.dueAt ?? closesAt;
    changed = false;
    const interrupted = await condition(() => changed, Math.max(wakeAt - workflowNow(), 0));
    if (interrupted) continue;
    if (due.length === 0) {
      state.status = 'missed';
      await record({ kind: 'missed', actorPersonId: null }, missedNotice());
      break;
    }
    for (const alert of due) await fireAlert(alert);
  }
  // A decision handler may still be writing its events (a send-back after the close records 'missed' too).
  await condition(allHandlersFinished);
  return view();

  function missedNotice(): ObligationIntent[] {
    return [
      { kind: 'obligation_missed', audience: 'responsible' },
      { kind: 'obligation_missed', audience: input.confirmingUnitId ? 'verifier' : 'committee' },
    ];
  }

  async function fireAlert(alert: Alert): Promise<void> {
    state.alertCursor = alert.dueAt;
    if (alert.kind === 'overdue_chase') state.chases += 1;
    if (alert.kind === 'escalation' && alert.level && alert.level > state.escalationLevel) {
      state.escalationLevel = alert.level;
    }
    // Without a lead unit to confirm, level 1 goes to the committee too: somebody above must hear of it.
    const up: ObligationIntent['audience'] = input.confirmingUnitId ? 'verifier' : 'committee';
    const audiences: ObligationIntent['audience'][] =
      alert.kind !== 'escalation'
        ? ['responsible']
        : alert.level === 2
          ? [...new Set<ObligationIntent['audience']>(['committee', up]), 'responsible']
          : [up, 'responsible'];
    await record(
      {
        kind: alert.kind === 'escalation' ? `escalated_level_${alert.level}` : alert.kind,
        actorPersonId: null,
        data: { alert },
      },
      audiences.map((audience) => ({ kind: alert.kind, audience, alert })),
    );
  }
}
