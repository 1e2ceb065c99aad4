import { allHandlersFinished, condition, proxyActivities, setHandler, sleep, uuid4 } from '@temporalio/workflow';
import {
  checkRatingAction,
  createWorkCalendar,
  DomainError,
  noticeEndsAt,
  type RatingAction,
  type RatingState,
  ratingPhaseAfterNotice,
} from '../libs/domain/src';
import { workflowNow } from './clock';
import { toFailure } from './failures';
import {
  type RatingActor,
  type StarRatingActivities,
  type StarRatingInput,
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
 * The annual star rating of one region (一年一评比): compute → the lead unit reviews (and may adjust, with a
 * reason) → 公示 for a notice period in which units may object → the lead unit answers every objection → the
 * committee approves → final. Every handler changes the state before its first await, so a double click is
 * refused by the validator, not applied twice.
 */
export async function starRatingWorkflow(input: StarRatingInput): Promise<void> {
  let phase: StarRatingPhase = 'computing';
  let endsAt: string | null = null;
  /** Objections not answered yet, and whose they are. */
  const open = new Map<string, string>();
  let seq = 0;
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
      const calendar = createWorkCalendar(input.calendarOverrides);
      endsAt = new Date(noticeEndsAt(workflowNow(), input.noticeWorkingDays, calendar, input.timeZone)).toISOString();
      await project();
      return view();
    },
    { validator: validate('publish') },
  );
  setHandler(
    starRatingUpdates.object,
    async (actor, { reason }) => {
      const objectionId = uuid4();
      open.set(objectionId, actor.unitId);
      await acts.recordObjection({
        ratingId: input.ratingId,
        objectionId,
        unitId: actor.unitId,
        reason,
        personId: actor.personId,
        at: workflowNow(),
      });
      return { ...view(), objectionId };
    },
    { validator: validate('object') },
  );
  setHandler(
    starRatingUpdates.answer,
    async (actor, { objectionId, upheld, answer, correction }) => {
      const unitId = open.get(objectionId)!;
      open.delete(objectionId);
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
      await project();
      return view();
    },
    { validator: validate('approve') },
  );

  await acts.computeStarRating(input, workflowNow());
  phase = 'review';
  await project();
  await condition(() => phase !== 'review');
  await sleep(Date.parse(endsAt!) - workflowNow());
  phase = ratingPhaseAfterNotice(state(), nowIso());
  await project();
  await condition(() => phase === 'final');
  await condition(allHandlersFinished);
}
