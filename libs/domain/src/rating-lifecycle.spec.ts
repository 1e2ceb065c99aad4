import { allowedRatingActions, checkRatingAction, type RatingState, ratingPhaseAfterNotice } from './rating-lifecycle';

const ends = '2027-06-10T16:00:00.000Z';
const before = '2027-06-09T02:00:00.000Z';
const after = '2027-06-10T16:00:00.001Z';
const state = (over: Partial<RatingState> = {}): RatingState => ({
  phase: 'notice',
  openObjections: 0,
  noticeEndsAt: ends,
  ...over,
});

describe('rating lifecycle', () => {
  it.each([
    ['review', 'lead', ['adjust', 'publish']],
    ['notice', 'unit', ['object']],
    ['notice', 'lead', []],
    ['approval', 'committee', ['approve']],
    ['final', 'lead', ['revise']],
    ['final', 'unit', []],
  ] as const)('in %s the %s may %j', (phase, side, actions) => {
    expect(
      allowedRatingActions(state({ phase, noticeEndsAt: phase === 'review' ? null : ends }), side, before),
    ).toEqual(actions);
  });

  it('lets the lead answer only while an objection waits', () => {
    expect(allowedRatingActions(state({ openObjections: 1 }), 'lead', before)).toEqual(['answer']);
    expect(checkRatingAction(state({ phase: 'answering' }), 'answer', 'lead', after)?.code).toBe('ILLEGAL_TRANSITION');
  });

  it('refuses an objection after the notice period, saying when it closed', () => {
    const refused = checkRatingAction(state(), 'object', 'unit', after);
    expect(refused?.code).toBe('ILLEGAL_TRANSITION');
    expect(refused?.details).toMatchObject({ currentState: 'notice', closedAt: ends });
    expect(refused?.message).toContain(ends);
  });

  it('names the phase for an action out of turn and the side for the wrong actor', () => {
    expect(
      checkRatingAction(state({ phase: 'review', noticeEndsAt: null }), 'approve', 'committee', before),
    ).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { currentState: 'review' },
    });
    expect(checkRatingAction(state({ phase: 'approval' }), 'approve', 'lead', after)).toMatchObject({
      code: 'WRONG_ACTOR',
      details: { requiredSide: 'committee' },
    });
  });

  it('moves on after the notice period: answering while objections wait, else approval', () => {
    expect(ratingPhaseAfterNotice(state({ openObjections: 2 }), before)).toBe('notice');
    expect(ratingPhaseAfterNotice(state({ openObjections: 2 }), after)).toBe('answering');
    expect(ratingPhaseAfterNotice(state({ phase: 'answering' }), after)).toBe('approval');
    expect(ratingPhaseAfterNotice(state({ phase: 'review', noticeEndsAt: null }), after)).toBe('review');
  });
});
