import { allowedActions, checkAction, ITEM_STATUSES, type ItemAction, type ItemStatus } from './item-lifecycle';

const ACTIONS: ItemAction[] = [
  'submitPlan',
  'reportProgress',
  'submitEvidence',
  'verify',
  'requestExtension',
  'decideExtension',
  'reassign',
  'cancel',
];
const LEGAL: Record<ItemStatus, ItemAction[]> = {
  open: ['submitPlan', 'requestExtension', 'decideExtension', 'reassign', 'cancel'],
  in_progress: ['reportProgress', 'submitEvidence', 'requestExtension', 'decideExtension', 'reassign', 'cancel'],
  pending_verification: ['verify', 'requestExtension', 'decideExtension', 'reassign', 'cancel'],
  closed: [],
  cancelled: [],
};
const SIDE: Record<ItemAction, 'responsible' | 'verifier'> = {
  submitPlan: 'responsible',
  reportProgress: 'responsible',
  submitEvidence: 'responsible',
  requestExtension: 'responsible',
  verify: 'verifier',
  decideExtension: 'verifier',
  reassign: 'verifier',
  cancel: 'verifier',
};

describe('item state machine', () => {
  it.each(ITEM_STATUSES)('allows exactly the legal actions in %s', (status) => {
    expect(allowedActions(status).sort()).toEqual([...LEGAL[status]].sort());
  });

  const cells = ITEM_STATUSES.flatMap((status) =>
    ACTIONS.flatMap((action) => (['responsible', 'verifier'] as const).map((side) => [status, action, side] as const)),
  );
  it.each(cells)('%s × %s by %s', (status, action, side) => {
    const problem = checkAction(status, action, side);
    if (!LEGAL[status].includes(action)) {
      expect(problem).toMatchObject({
        code: 'ILLEGAL_TRANSITION',
        details: { currentState: status, allowedActions: LEGAL[status] },
      });
    } else if (SIDE[action] !== side) {
      expect(problem).toMatchObject({ code: 'WRONG_ACTOR', details: { requiredSide: SIDE[action] } });
    } else {
      expect(problem).toBeUndefined();
    }
  });
});
