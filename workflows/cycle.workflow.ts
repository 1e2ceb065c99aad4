import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  type Alert,
  calendarOf,
  type CyclePhase,
  DomainError,
  findRepeats,
  localDateOf,
  nextSubmissionAlerts,
  OWED_SUBMISSION_LABEL,
  type OwedSubmission,
  nextPhase,
  type PhaseDueTimes,
  phaseDueTimes,
  resolvePolicy,
  submissionProblems,
  validationFailed,
} from '../libs/domain/src';
import { workflowNow } from './clock';
import { SEARCH_ATTRIBUTES as SA } from './search-attributes';
import { toFailure } from './failures';
import {
  type CycleActivities,
  type CycleCarried,
  type CycleFacts,
  type CycleInput,
  type CycleNotice,
  type CycleNoticeFacts,
  cycleStateQuery,
  cycleUpdates,
  type CycleView,
  type ItemInput,
  type SubmissionInput,
  type UnitActor,
  workflowIds,
} from './contracts';
import { itemWorkflow } from './item.workflow';

const { projectCycle, recordSubmission, recordMeeting, buildCycleReport } = proxyActivities<CycleActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** A submission a unit owes this cycle (自检 or 互检). */
type Obligation = OwedSubmission;
const LABEL = OWED_SUBMISSION_LABEL;

/** Changes since the recorded histories, each behind `patched()` so that running cycles replay (see README). */
const CYCLE_PATCHES = {
  submissionMarkedAtOnce: 'cycle-submission-marked-at-once',
  reportAfterSubmissions: 'cycle-report-after-submissions',
  searchAttributes: 'cycle-search-attributes',
  /** A long cycle (many findings) continues as new with its state carried, under a history budget. */
  continueAsNew: 'cycle-continue-as-new',
} as const;

/** History events per run before continue-as-new: a finding costs 5–9, a unit may file 2×50. */
const DEFAULT_HISTORY_BUDGET = 4000;
/** Update ids remembered across continue-as-new (every submission of a large region fits). */
const RECENT_UPDATES_KEPT = 200;

/**
 * One monthly 互检 cycle: open → self-check → mutual inspection → meeting (例会) → report (上报/通报) → closed.
 * Each phase ends at its due time or as soon as everything it waits for is in; late units are reminded, chased
 * and escalated by the same policy functions as rectification items; every finding starts one item workflow,
 * which outlives the cycle.
 */
export async function cycleWorkflow(input: CycleInput, carried?: CycleCarried): Promise<CycleView> {
  // The holiday data as of the cycle's start: a newer chinese-days on the worker cannot move its due times.
  const calendar = calendarOf(input);
  const tz = input.timeZone;
  const start = carried?.startedAt ?? workflowNow();
  const planned = carried?.dueTimes ?? phaseDueTimes(start, input.phaseWindows, calendar, tz);
  if (planned instanceof DomainError) throw toFailure(planned);
  const due: PhaseDueTimes = planned;
  /** What every projection sends of the input: the rest (policy, earlier findings) is in the start event. */
  const facts: CycleFacts = {
    cycleId: input.cycleId,
    programmeId: input.programmeId,
    programmeName: input.programmeName,
    period: input.period,
    cycleNumber: input.cycleNumber,
    regionId: input.regionId,
    leadUnitId: input.leadUnitId,
    committeeUnitId: input.committeeUnitId,
    participants: input.participants,
    pairs: input.pairs,
    calendarOverrides: input.calendarOverrides,
    calendarYearsThrough: input.calendarYearsThrough,
    timeZone: input.timeZone,
    rubric: input.rubric,
  };
  const policy = resolvePolicy(input.policySet, 'major');
  const obligations: Obligation[] = [
    ...input.participants.map((unitId) => ({
      kind: 'self_check' as const,
      unitId,
      due: due.selfCheckDue,
      done: carried?.submitted.includes(`self_check:${unitId}`) ?? false,
    })),
    ...input.pairs.map((p) => ({
      kind: 'mutual_inspection' as const,
      unitId: p.inspector,
      due: due.mutualInspectionDue,
      done: carried?.submitted.includes(`mutual_inspection:${p.inspector}`) ?? false,
    })),
  ];
  let phase: CyclePhase = carried?.phase ?? 'open';
  let meetingRecorded = carried?.meetingRecorded ?? false;
  let seq = carried?.seq ?? 0;
  let alertCursor = carried?.alertCursor ?? start;
  let changed = false;
  /** Updates applied by earlier runs of this cycle: the same id again is answered with the state, not refused. */
  const appliedBefore = new Set(carried?.recentUpdates ?? []);
  let recentUpdates = carried?.recentUpdates ?? [];
  const alreadyApplied = (): boolean => appliedBefore.has(currentUpdateInfo()?.id ?? '');
  const remember = (): void => {
    const id = currentUpdateInfo()?.id;
    if (id) recentUpdates = [...recentUpdates, id].slice(-RECENT_UPDATES_KEPT);
  };

  const view = (): CycleView => ({
    cycleId: input.cycleId,
    phase,
    pairs: input.pairs,
    dueTimes: due,
    selfChecksIn: obligations.filter((o) => o.kind === 'self_check' && o.done).map((o) => o.unitId),
    inspectionsIn: obligations.filter((o) => o.kind === 'mutual_inspection' && o.done).map((o) => o.unitId),
    meetingRecorded,
  });
  let searchablePhase = '';
  const project = async (notices: CycleNotice[] = []): Promise<void> => {
    // Operators find the cycle by region, participants, period and phase (the phase kept current).
    if (phase !== searchablePhase && patched(CYCLE_PATCHES.searchAttributes)) {
      searchablePhase = phase;
      upsertSearchAttributes([
        { key: SA.status, value: phase },
        { key: SA.cyclePeriod, value: input.period },
        ...(input.names
          ? [
              { key: SA.region, value: input.names.region },
              { key: SA.units, value: input.participants.map((u) => input.names?.units[u] ?? u) },
            ]
          : []),
      ] as Parameters<typeof upsertSearchAttributes>[0]);
    }
    seq += 1;
    await projectCycle({ input: facts, phase, dueTimes: due, seq, at: workflowNow(), notices });
  };
  const obligation = (kind: Obligation['kind'], unitId: string) =>
    obligations.find((o) => o.kind === kind && o.unitId === unitId);

  setHandler(cycleStateQuery, view);

  const submit = async (kind: Obligation['kind'], actor: UnitActor, inspecteeUnitId: string, s: SubmissionInput) => {
    if (alreadyApplied()) return view();
    remember();
    const owed = obligation(kind, actor.unitId) as Obligation;
    // Marked before the first await, so a second submission for the unit (a double click, a colleague) meets a
    // validator that already sees it and is refused with 409 instead of being accepted twice. Runs recorded before
    // this change marked it at the end.
    const markedAtOnce = patched(CYCLE_PATCHES.submissionMarkedAtOnce);
    if (markedAtOnce) {
      owed.done = true;
      changed = true;
    }
    const now = workflowNow();
    const submissionId = uuid4();
    const findings = s.findings.map((f) => {
      const findingId = uuid4();
      const repeatOf = findRepeats(
        { unitId: inspecteeUnitId, criterionKey: f.criterionKey },
        input.earlierFindings,
        input.cycleNumber,
        input.repeatLookback,
      );
      return { ...f, findingId, unitId: inspecteeUnitId, repeatOf };
    });
    await recordSubmission({
      cycleId: input.cycleId,
      submissionId,
      kind,
      inspectorUnitId: actor.unitId,
      inspecteeUnitId,
      scores: s.scores,
      comments: s.comments,
      files: s.files,
      submittedBy: actor.personId,
      submittedAt: now,
      late: now > owed.due,
      findings,
    });
    // Each finding is one rectification item for the inspected unit, verified by the lead unit; it lives on after
    // the cycle closes (ABANDON), and its id is the finding's, so it can never be started twice.
    for (const f of findings) {
      const criterion = input.rubric.criteria.find((c) => c.key === f.criterionKey);
      const item: ItemInput = {
        itemId: f.findingId,
        regionId: input.regionId,
        responsibleUnitId: inspecteeUnitId,
        responsiblePersonId: null,
        verifierUnitId: input.leadUnitId,
        committeeUnitId: input.committeeUnitId,
        title: `${criterion?.name ?? f.criterionKey}：${f.description}`.slice(0, 200),
        description: f.description,
        requirement: f.requirement,
        severity: f.severity,
        deadline: f.deadline,
        policyVersion: input.policySet.version,
        policy: resolvePolicy(input.policySet, f.severity),
        timeZone: tz,
        calendarOverrides: input.calendarOverrides,
        calendarYearsThrough: input.calendarYearsThrough,
        createdBy: actor.personId,
        cycleId: input.cycleId,
        ...(input.names
          ? {
              names: {
                responsibleUnit: input.names.units[inspecteeUnitId] ?? inspecteeUnitId,
                region: input.names.region,
                cyclePeriod: input.period,
              },
            }
          : {}),
      };
      try {
        await startChild(itemWorkflow, {
          workflowId: workflowIds.item(f.findingId),
          args: [item],
          parentClosePolicy: ParentClosePolicy.ABANDON,
          // What an operator sees beside the search attributes (the same patch: cycles recorded before have neither).
          ...(patched(CYCLE_PATCHES.searchAttributes) && item.names
            ? { memo: { title: item.title, responsibleUnit: item.names.responsibleUnit, region: item.names.region } }
            : {}),
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
    if (!markedAtOnce) {
      owed.done = true;
      changed = true;
    }
    return view();
  };

  setHandler(cycleUpdates.submitSelfCheck, (actor, s) => submit('self_check', actor, actor.unitId, s), {
    validator: (actor, s) => {
      if (alreadyApplied()) return;
      requirePhase(['self_check', 'mutual_inspection', 'meeting'], 'self_check');
      requireOwed('self_check', actor.unitId);
      validateSubmission(s);
    },
  });
  setHandler(cycleUpdates.submitInspection, (actor, s) => submit('mutual_inspection', actor, s.inspecteeUnitId, s), {
    validator: (actor, s) => {
      if (alreadyApplied()) return;
      requirePhase(['mutual_inspection', 'meeting'], 'mutual_inspection');
      requireOwed('mutual_inspection', actor.unitId);
      const pair = input.pairs.find((p) => p.inspector === actor.unitId);
      if (pair?.inspectee !== s.inspecteeUnitId) {
        throw toFailure(
          new DomainError('VALIDATION_FAILED', 'This cycle your unit inspects another unit', {
            field: 'inspecteeUnitId',
            assignedInspectee: pair?.inspectee,
          }),
        );
      }
      validateSubmission(s);
    },
  });
  setHandler(
    cycleUpdates.recordMeeting,
    async (actor, meeting) => {
      if (alreadyApplied()) return view();
      remember();
      await recordMeeting({ cycleId: input.cycleId, ...meeting, heldAt: workflowNow(), recordedBy: actor.personId });
      meetingRecorded = true;
      changed = true;
      return view();
    },
    {
      validator: (actor, meeting) => {
        if (alreadyApplied()) return;
        requirePhase(['meeting'], 'meeting');
        if (actor.unitId !== input.leadUnitId) {
          throw toFailure(
            new DomainError('WRONG_ACTOR', 'Only the lead unit (主责单位) records the meeting', {
              requiredSide: 'verifier',
            }),
          );
        }
        if (meetingRecorded) throw toFailure(new DomainError('CONFLICT', 'The meeting is already recorded', {}));
        if (!meeting.minutes?.trim()) {
          throw toFailure(new DomainError('VALIDATION_FAILED', 'minutes is required', { field: 'minutes' }));
        }
      },
    },
  );

  // open → self-check: tell every unit its deadlines and whom it inspects (a continued run has done so).
  if (!carried) {
    phase = 'self_check' as CyclePhase;
    await project(
      input.participants.map((unitId) =>
        notice(`opened:${unitId}`, unitId, 'unit', start, {
          kind: 'cycle_opened',
          inspecteeUnitId: inspecteeOf(unitId),
          selfCheckDue: due.selfCheckDue,
          mutualInspectionDue: due.mutualInspectionDue,
          meetingAt: due.meeting,
        }),
      ),
    );
  }

  const budget = input.historyBudget ?? DEFAULT_HISTORY_BUDGET;
  while (phase !== 'report') {
    // patched() only when the budget is spent, so cycles that never reach it record no marker.
    const { historyLength, continueAsNewSuggested } = workflowInfo();
    if ((historyLength > budget || continueAsNewSuggested) && patched(CYCLE_PATCHES.continueAsNew)) {
      await carryOn();
    }
    if (advance()) {
      await project(
        phase === 'meeting'
          ? [
              notice('meeting', input.leadUnitId, 'verifier', workflowNow(), {
                kind: 'cycle_meeting',
                meetingAt: due.meeting,
              }),
            ]
          : [],
      );
      continue;
    }
    const alerts = nextObligationAlerts();
    const phaseEnd =
      phase === 'self_check'
        ? due.selfCheckDue
        : phase === 'mutual_inspection'
          ? due.mutualInspectionDue
          : due.reportDue;
    const wakeAt = Math.min(phaseEnd, alerts[0]?.alert.dueAt ?? Number.POSITIVE_INFINITY);
    changed = false;
    if (await condition(() => changed, Math.max(wakeAt - workflowNow(), 0))) continue;
    if (alerts.length > 0 && alerts[0].alert.dueAt <= workflowNow()) {
      alertCursor = alerts[0].alert.dueAt;
      await project(alerts.flatMap(({ obligation: o, alert }) => alertNotices(o, alert)));
    }
  }

  // Report: scores, ranking, findings and the 对账 of earlier items, 上报 and 通报; then the cycle closes.
  await project();
  // The report counts every accepted submission: those still being recorded finish first (no new one is accepted
  // in this phase).
  if (patched(CYCLE_PATCHES.reportAfterSubmissions)) await condition(allHandlersFinished);
  await buildCycleReport({ input, at: workflowNow() });
  phase = 'closed';
  await project();
  await condition(allHandlersFinished);
  return view();

  /** Continues as new once every handler is done, with the phase, what is in, the cursors and the update ids. */
  async function carryOn(): Promise<void> {
    await condition(allHandlersFinished);
    const next: CycleCarried = {
      phase,
      startedAt: start,
      dueTimes: due,
      submitted: obligations.filter((o) => o.done).map((o) => `${o.kind}:${o.unitId}`),
      meetingRecorded,
      seq,
      alertCursor,
      recentUpdates,
    };
    await continueAsNew<typeof cycleWorkflow>(input, next);
  }

  /** Moves to the next phase when its time has come or nothing more is awaited; true when the phase changed. */
  function advance(): boolean {
    const now = workflowNow();
    const allIn = (kind: Obligation['kind']) => obligations.filter((o) => o.kind === kind).every((o) => o.done);
    const next: Partial<Record<CyclePhase, boolean>> = {
      self_check: now >= due.selfCheckDue || allIn('self_check'),
      mutual_inspection: now >= due.mutualInspectionDue || allIn('mutual_inspection'),
      meeting: now >= due.reportDue || meetingRecorded,
    };
    if (!next[phase]) return false;
    phase = nextPhase(phase) ?? phase;
    return true;
  }

  /** The earliest reminders, 催办 and 督办 owed for missing submissions (the domain decides them). */
  function nextObligationAlerts(): { obligation: Obligation; alert: Alert }[] {
    return nextSubmissionAlerts(obligations, { policy, calendar, tz }, alertCursor).map(({ owed, alert }) => ({
      obligation: owed,
      alert,
    }));
  }

  function alertNotices(o: Obligation, alert: Alert): CycleNotice[] {
    const key = `${o.kind}:${o.unitId}:${alert.key}`;
    if (alert.kind === 'reminder' || alert.kind === 'overdue_chase') {
      return [
        notice(key, o.unitId, 'unit', alert.dueAt, {
          kind: alert.kind === 'reminder' ? 'cycle_reminder' : 'cycle_chase',
          obligation: o.kind,
          inspecteeUnitId: o.kind === 'mutual_inspection' ? inspecteeOf(o.unitId) : null,
          due: o.due,
        }),
      ];
    }
    const level = alert.level === 2 ? 2 : 1;
    const escalation = (audience: 'unit' | 'up') =>
      ({ kind: 'cycle_escalation', audience, obligation: o.kind, level, lateUnitId: o.unitId, due: o.due }) as const;
    return [
      notice(
        `${key}:up`,
        level === 2 ? input.committeeUnitId : input.leadUnitId,
        level === 2 ? 'committee' : 'verifier',
        alert.dueAt,
        escalation('up'),
      ),
      notice(key, o.unitId, 'unit', alert.dueAt, escalation('unit')),
    ];
  }

  function inspecteeOf(unitId: string): string | null {
    return input.pairs.find((p) => p.inspector === unitId)?.inspectee ?? null;
  }

  /** One notice to a unit; the words come from the message catalogue, never from here. */
  function notice(
    key: string,
    unitId: string,
    audience: CycleNotice['audience'],
    dueAt: number,
    facts: CycleNoticeFacts,
  ): CycleNotice {
    return { key: `cycle-${input.cycleId}:${key}`, kind: facts.kind, unitId, audience, facts, dueAt };
  }

  /** Refuses a submission outside its phases, saying when its window opens if it has not yet (the catalogue words it). */
  function requirePhase(allowed: CyclePhase[], submission: Obligation['kind'] | 'meeting'): void {
    if (allowed.includes(phase)) return;
    const order: CyclePhase[] = ['open', 'self_check', 'mutual_inspection', 'meeting', 'report', 'closed'];
    const early = order.indexOf(phase) < order.indexOf(allowed[0]);
    const opensAt = !early
      ? undefined
      : localDateOf(allowed[0] === 'mutual_inspection' ? due.selfCheckDue : due.mutualInspectionDue, tz);
    throw toFailure(
      new DomainError(
        'ILLEGAL_TRANSITION',
        `The cycle is in ${phase}; ${submission} is not accepted ${opensAt ? `before ${opensAt}` : 'any more'}`,
        { currentState: phase, submission, ...(opensAt ? { opensAt } : {}) },
      ),
    );
  }

  function requireOwed(kind: Obligation['kind'], unitId: string): void {
    const owed = obligation(kind, unitId);
    if (!owed) {
      throw toFailure(new DomainError('WRONG_ACTOR', `Your unit owes no ${LABEL[kind]} in this cycle`, { unitId }));
    }
    if (owed.done) {
      throw toFailure(new DomainError('CONFLICT', `Your unit's ${LABEL[kind]} is already submitted`, { unitId }));
    }
  }

  function validateSubmission(s: SubmissionInput): void {
    const problems = submissionProblems(input.rubric, s, localDateOf(workflowNow(), tz));
    if (problems.length > 0) throw toFailure(validationFailed('submission', problems));
  }
}
