import { DomainError } from './errors';

/**
 * The annual star rating of a region (一年一评比) as a sequence of human steps: the lead unit reviews the computed
 * result and may adjust it (review) → publishes it to every unit for a notice period (公示, notice) in which a
 * unit may object (异议) → answers every objection (answering) → the committee approves (approval) → final
 * (上报 and published). A correction after final is a new revision with its reason, never a silent change.
 */
export type RatingPhase = 'review' | 'notice' | 'answering' | 'approval' | 'final';
export const RATING_PHASES: readonly RatingPhase[] = ['review', 'notice', 'answering', 'approval', 'final'];

export type RatingAction = 'adjust' | 'publish' | 'object' | 'answer' | 'approve' | 'revise';

/** lead = the region's lead unit (主责单位); unit = a rated member unit; committee = 党委. */
export type RatingSide = 'lead' | 'unit' | 'committee';

const RULES: Record<RatingAction, { from: readonly RatingPhase[]; side: RatingSide }> = {
  adjust: { from: ['review'], side: 'lead' },
  publish: { from: ['review'], side: 'lead' },
  object: { from: ['notice'], side: 'unit' },
  answer: { from: ['notice', 'answering'], side: 'lead' },
  approve: { from: ['approval'], side: 'committee' },
  revise: { from: ['final'], side: 'lead' },
};

export const RATING_PHASE_WORDS: Record<RatingPhase, string> = {
  review: '主责单位审核中',
  notice: '公示中',
  answering: '异议答复中',
  approval: '待党委审定',
  final: '已审定',
};

const ACTION_WORDS: Record<RatingAction, string> = {
  adjust: '调整积分',
  publish: '发布公示',
  object: '提出异议',
  answer: '答复异议',
  approve: '审定',
  revise: '更正',
};

/** What decides which actions are open. */
export interface RatingState {
  phase: RatingPhase;
  /** Objections not answered yet. */
  openObjections: number;
  /** When the notice period ends (ISO instant), once published. */
  noticeEndsAt: string | null;
}

/** The actions a side may take now: answering needs an open objection, objecting a notice period still running. */
export function allowedRatingActions(state: RatingState, side: RatingSide, nowIso: string): RatingAction[] {
  return (Object.keys(RULES) as RatingAction[]).filter(
    (a) => RULES[a].side === side && checkRatingAction(state, a, side, nowIso) === undefined,
  );
}

/**
 * Undefined when `side` may do `action` now; otherwise the error to show, in Chinese: 409 naming the phase (and,
 * for a late objection, when the notice period closed), 403 for the wrong side.
 */
export function checkRatingAction(
  state: RatingState,
  action: RatingAction,
  side: RatingSide,
  nowIso: string,
): DomainError | undefined {
  const rule = RULES[action];
  const phase = RATING_PHASE_WORDS[state.phase];
  if (action === 'object' && state.noticeEndsAt !== null && state.phase !== 'review' && nowIso >= state.noticeEndsAt) {
    return new DomainError('ILLEGAL_TRANSITION', `公示期已于 ${state.noticeEndsAt} 结束，不再受理异议`, {
      currentState: state.phase,
      action,
      closedAt: state.noticeEndsAt,
    });
  }
  if (!rule.from.includes(state.phase)) {
    return new DomainError('ILLEGAL_TRANSITION', `评星当前为「${phase}」，不能${ACTION_WORDS[action]}`, {
      currentState: state.phase,
      action,
    });
  }
  if (action === 'answer' && state.openObjections === 0) {
    return new DomainError('ILLEGAL_TRANSITION', `评星当前为「${phase}」，没有待答复的异议`, {
      currentState: state.phase,
      action,
    });
  }
  if (side !== rule.side) {
    const who = { lead: '主责单位', unit: '被评单位', committee: '党委' }[rule.side];
    return new DomainError('WRONG_ACTOR', `「${ACTION_WORDS[action]}」由${who}办理`, {
      action,
      requiredSide: rule.side,
    });
  }
  return undefined;
}

/**
 * The phase once the notice period is over or an objection is answered: still notice while it runs; then answering
 * while an objection waits, approval when none does.
 */
export function ratingPhaseAfterNotice(state: RatingState, nowIso: string): RatingPhase {
  if (state.phase !== 'notice' && state.phase !== 'answering') return state.phase;
  if (state.noticeEndsAt !== null && nowIso < state.noticeEndsAt) return 'notice';
  return state.openObjections > 0 ? 'answering' : 'approval';
}
