import {
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
  sleep,
  uuid4,
} from '@temporalio/workflow';
import {
  type Alert,
  checkRatingAction,
  createWorkCalendar,
  DomainError,
  type LocalDate,
  nextAlerts,
  noticeEndsAt,
  RATING_ALERT_NOTICES,
  type RatingAction,
  ratingAlertAudiences,
  type RatingState,
  type RatingStep,
  ratingPhaseAfterNotice,
  ratingStepAlertInput,
  ratingStepDue,
} from '../libs/domain/src';
import { workflowNow } from './clock';
import { toFailure } from './failures';
import {
  type RatingActor,
  type StarRatingActivities,
  type StarRatingInput,
  type StarRatingNotice,
  type StarRatingPhase,
  starRatingQuery,
  starRatingUpdates,
  type StarRatingView,
} from './star-rating.contracts';

const acts = proxyActivities<StarRatingActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * Ratings started before the human steps had reminders and the rating its messages run on without them (their
 * histories have no marker); the others remind, chase and escalate each step and tell the region (通报, 上报).
 */
const STEPS_AND_NOTICES = 'star-rating-steps-and-notices';

/** A human step waiting to be done, with its due date and the alerts of it handled so far. */
interface OpenStep {
  step: RatingStep;
  objectionId?: string;
  due: LocalDate;
  /** Alerts due at or before this instant have been sent. */
  cursor: number;
}

/**
 * The annual star rating of one region (一年一评比): compute → the lead unit reviews (and may adjust, with a
 * reason) → 公示 for a notice period in which units may object → the lead unit answers every objection → the
 * committee approves → final. Every handler changes the state before its first await, so a double click is
 * refused by the validator, not applied twice. Each human step (the review, each answer, the approval) is
 * reminded, chased and escalated by the items' ladder; each step's outcome is told to whom it concerns.
 */
export async function starRatingWorkflow(input: StarRatingInput): Promise<void> {
  const withSteps = patched(STEPS_AND_NOTICES);
  let phase: StarRatingPhase = 'computing';
  let endsAt: string | null = null;
  /** Objections not answered yet, and whose they are. */
  const open = new Map<string, string>();
  let seq = 0;
  /** The open human steps, by `review`, `answer:<objection id>`, `approval`. */
  const steps = new Map<string, OpenStep>();
  let changed = false;
  const calendar = createWorkCalendar(input.calendarOverrides);
  const openStep = (step: RatingStep, objectionId?: string): LocalDate => {
    const due = ratingStepDue(step, workflowNow(), input.stepWorkingDays, calendar, input.timeZone);
    steps.set(objectionId ? `answer:${objectionId}` : step, { step, objectionId, due, cursor: workflowNow() });
    changed = true;
    return due;
  };
  const closeStep = (key: string): void => {
    steps.delete(key);
    changed = true;
  };
  const notify = async (key: string, notices: StarRatingNotice[]): Promise<void> => {
    if (withSteps) await acts.notifyStarRating({ input, key, notices, at: workflowNow() });
  };
  const nowIso = () => new Date(workflowNow()).toISOString();
  const view = (): StarRatingView => ({
    ratingId: input.ratingId,
    phase,
    noticeEndsAt: endsAt,
    openObjections: [...open.keys()],
  });
  const state = (): RatingState => ({
    phase: phase === 'computing' ? 'review' : phase,
    openObjections: open.size,
    noticeEndsAt: endsAt,
  });
  const project = () =>
    acts.projectStarRating({ ratingId: input.ratingId, phase, noticeEndsAt: endsAt, at: workflowNow() });
  const validate =
    (action: RatingAction) =>
    (actor: RatingActor, ..._payload: unknown[]) => {
      if (phase === 'computing') {
        throw toFailure(
          new DomainError('ILLEGAL_TRANSITION', '评星结果正在计算，请稍后再试', { currentState: phase, action }),
        );
      }
      const refused = checkRatingAction(state(), action, actor.side, nowIso());
      if (refused) throw toFailure(refused);
    };

  setHandler(starRatingQuery, view);
  setHandler(
    starRatingUpdates.adjust,
    async (actor, { unitId, points, reason }) => {
      const at = workflowNow();
      await acts.recordRatingEvent({
        ratingId: input.ratingId,
        seq: ++seq,
        kind: 'adjustment',
        unitId,
        points,
        reason,
        personId: actor.personId,
        at,
      });
      return view();
    },
    { validator: validate('adjust') },
  );
  setHandler(
    starRatingUpdates.publish,
    async () => {
      phase = 'notice';
      endsAt = new Date(noticeEndsAt(workflowNow(), input.noticeWorkingDays, calendar, input.timeZone)).toISOString();
      if (withSteps) closeStep('review');
      await project();
      await notify('published', [{ kind: 'rating_published', audience: 'units' }]);
      return view();
    },
    { validator: validate('publish') },
  );
  setHandler(
    starRatingUpdates.object,
    async (actor, { reason, files }) => {
      const objectionId = uuid4();
      open.set(objectionId, actor.unitId);
      const due = withSteps ? openStep('answer', objectionId) : null;
      await acts.recordObjection({
        ratingId: input.ratingId,
        objectionId,
        unitId: actor.unitId,
        reason,
        files,
        personId: actor.personId,
        at: workflowNow(),
      });
      await notify(`objection-${objectionId}`, [
        { kind: 'rating_objection', audience: 'lead', objectionId, step: { kind: 'answer', due: due! } },
      ]);
      return { ...view(), objectionId };
    },
    { validator: validate('object') },
  );
  setHandler(
    starRatingUpdates.answer,
    async (actor, { objectionId, upheld, answer, correction }) => {
      const unitId = open.get(objectionId)!;
      open.delete(objectionId);
      if (withSteps) closeStep(`answer:${objectionId}`);
      const upheldSeq = upheld && correction ? ++seq : null;
      const at = workflowNow();
      if (phase === 'answering' && open.size === 0) phase = 'approval';
      await acts.recordAnswer({
        objectionId,
        upheld,
        answer,
        correction: correction ?? null,
        personId: actor.personId,
        at,
      });
      if (upheldSeq !== null) {
        await acts.recordRatingEvent({
          ratingId: input.ratingId,
          seq: upheldSeq,
          kind: 'objection_upheld',
          unitId,
          points: correction!,
          reason: answer,
          personId: actor.personId,
          at,
        });
      }
      await project();
      await notify(`answer-${objectionId}`, [{ kind: 'rating_answered', audience: 'objector', objectionId }]);
      return view();
    },
    {
      validator: (actor, { objectionId }) => {
        validate('answer')(actor);
        if (!open.has(objectionId)) {
          throw toFailure(new DomainError('NOT_FOUND', `异议 ${objectionId} 不存在或已答复`, { objectionId }));
        }
      },
    },
  );
  setHandler(
    starRatingUpdates.approve,
    async () => {
      phase = 'final';
      if (withSteps) closeStep('approval');
      await project();
      await notify('final', [
        { kind: 'rating_final', audience: 'committee' },
        { kind: 'rating_final', audience: 'units' },
      ]);
      return view();
    },
    { validator: validate('approve') },
  );

  await acts.computeStarRating(input, workflowNow());
  phase = 'review';
  await project();
  if (!withSteps) {
    await condition(() => phase !== 'review');
    await sleep(Date.parse(endsAt!) - workflowNow());
    phase = ratingPhaseAfterNotice(state(), nowIso());
    await project();
    await condition(() => phase === 'final');
    await condition(allHandlersFinished);
    return;
  }

  const reviewDue = openStep('review');
  await notify('review', [{ kind: 'rating_review', audience: 'lead', step: { kind: 'review', due: reviewDue } }]);
  let approvalOpened = false;
  // The timer loop: the next alert of any open step, or the end of the 公示, whichever comes first.
  while (phase !== 'final') {
    if (phase === 'approval' && !approvalOpened) {
      approvalOpened = true;
      const due = openStep('approval');
      await notify('approval', [{ kind: 'rating_approval', audience: 'committee', step: { kind: 'approval', due } }]);
      continue;
    }
    const due = [...steps.entries()].map(([key, s]) => ({
      key,
      alerts: nextAlerts(ratingStepAlertInput(s.step, s.due, input.policy, calendar, input.timeZone), s.cursor),
    }));
    const noticeEnd = phase === 'notice' ? Date.parse(endsAt!) : Infinity;
    const wakeAt = Math.min(noticeEnd, ...due.map((d) => d.alerts[0]?.dueAt ?? Infinity));
    changed = false;
    if (wakeAt === Infinity) {
      await condition(() => changed || phase === 'final');
      continue;
    }
    if (wakeAt > workflowNow() && (await condition(() => changed, wakeAt - workflowNow()))) continue;
    if (wakeAt === noticeEnd) {
      phase = ratingPhaseAfterNotice(state(), nowIso());
      await project();
      continue;
    }
    for (const d of due) {
      if (d.alerts[0]?.dueAt === wakeAt) await fireAlerts(d.key, d.alerts);
    }
  }
  await condition(allHandlersFinished);

  /** Sends one instant's alerts of a step (still open: a handler may have closed it while the timer ran). */
  async function fireAlerts(key: string, alerts: Alert[]): Promise<void> {
    const open = steps.get(key);
    if (!open) return;
    open.cursor = alerts[0].dueAt;
    for (const alert of alerts) {
      await notify(
        `${key}:${alert.key}`,
        ratingAlertAudiences(open.step, alert).map((audience) => ({
          kind: RATING_ALERT_NOTICES[alert.kind],
          audience,
          step: { kind: open.step, due: open.due },
          objectionId: open.objectionId,
          alert,
        })),
      );
    }
  }
}
