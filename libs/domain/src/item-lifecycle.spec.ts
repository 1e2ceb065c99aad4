import { DomainError } from './errors';
import {
  type ActorSide,
  allowedActions,
  checkAction,
  type ItemAction,
  type ItemCommand,
  ITEM_STATUSES,
  isTerminal,
  type ItemStatus,
  type LifecycleState,
  milestoneCompletedBy,
  milestoneOwner,
  transition,
} from './item-lifecycle';

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
const state = (status: ItemStatus, pending: string | null = null): LifecycleState => ({
  status,
  deadline: '2026-12-25',
  pendingExtension: pending ? { proposedDeadline: pending } : null,
});
const codeOf = (r: unknown): string | undefined => (r instanceof DomainError ? r.code : undefined);

describe('isTerminal', () => {
  it('holds for closed and cancelled items only', () => {
    expect(ITEM_STATUSES.filter(isTerminal)).toEqual(['closed', 'cancelled']);
  });
});

describe('allowedActions', () => {
  it.each<[ItemStatus, string | null, ActorSide[], ItemAction[]]>([
    ['open', null, ['responsible', 'verifier'], ['submitPlan', 'requestExtension', 'reassign', 'cancel']],
    ['open', '2027-01-31', ['responsible', 'verifier'], ['submitPlan', 'decideExtension', 'reassign', 'cancel']],
    ['open', null, ['responsible'], ['submitPlan', 'requestExtension']],
    ['open', '2027-01-31', ['verifier'], ['decideExtension', 'reassign', 'cancel']],
    ['in_progress', null, ['responsible'], ['reportProgress', 'submitEvidence', 'requestExtension']],
    ['in_progress', null, ['verifier'], ['reassign', 'cancel']],
    ['pending_verification', null, ['verifier'], ['verify', 'reassign', 'cancel']],
    ['pending_verification', '2027-01-31', ['responsible'], []],
    ['closed', null, ['responsible', 'verifier'], []],
    ['cancelled', '2027-01-31', ['responsible', 'verifier'], []],
  ])('%s, pending extension %s, sides %j → %j', (status, pending, sides, expected) => {
    expect(allowedActions(state(status, pending), sides)).toEqual(expected);
  });
});

describe('checkAction', () => {
  const sideOf: Record<ItemAction, ActorSide> = {
    submitPlan: 'responsible',
    reportProgress: 'responsible',
    submitEvidence: 'responsible',
    requestExtension: 'responsible',
    verify: 'verifier',
    decideExtension: 'verifier',
    reassign: 'verifier',
    cancel: 'verifier',
  };
  const cases = ITEM_STATUSES.flatMap((status) =>
    [null, '2027-01-31'].flatMap((pending) =>
      ACTIONS.flatMap((action) =>
        (['responsible', 'verifier'] as const).map((side) => [status, pending, action, side] as const),
      ),
    ),
  );
  it.each(cases)('%s (pending %s) / %s / %s', (status, pending, action, side) => {
    const s = state(status, pending);
    const result = checkAction(s, action, side);
    // requestExtension while one waits passes the state check; transition answers it with CONFLICT.
    const open = allowedActions(s).includes(action) || (action === 'requestExtension' && allowedActions(s).length > 0);
    if (!open) {
      expect(result).toMatchObject({
        code: 'ILLEGAL_TRANSITION',
        details: { currentState: status, allowedActions: allowedActions(s, [side]) },
      });
    } else if (sideOf[action] !== side) {
      expect(result).toMatchObject({ code: 'WRONG_ACTOR', details: { action, requiredSide: sideOf[action] } });
    } else {
      expect(result).toBeUndefined();
    }
  });
});

describe('transition', () => {
  it.each<[string, LifecycleState, ItemCommand, ActorSide, object]>([
    [
      'plan submitted',
      state('open'),
      { action: 'submitPlan', plan: '方案' },
      'responsible',
      { status: 'in_progress', completes: 'plan' },
    ],
    [
      'progress reported',
      state('in_progress'),
      { action: 'reportProgress', progress: '完成60%' },
      'responsible',
      { status: 'in_progress', completes: 'progress' },
    ],
    [
      'evidence submitted',
      state('in_progress'),
      { action: 'submitEvidence', text: '已整改', attachments: ['file-1'] },
      'responsible',
      { status: 'pending_verification', completes: 'evidence' },
    ],
    [
      'signed off (销号)',
      state('pending_verification'),
      { action: 'verify', decision: 'approve' },
      'verifier',
      { status: 'closed', completes: 'verification' },
    ],
    [
      'sent back (退回)',
      state('pending_verification'),
      { action: 'verify', decision: 'reject', reason: '照片不清晰' },
      'verifier',
      { status: 'in_progress', reopens: 'evidence' },
    ],
    [
      'extension requested',
      state('in_progress'),
      { action: 'requestExtension', proposedDeadline: '2027-01-10', reason: '材料未到' },
      'responsible',
      { status: 'in_progress', pendingExtension: { proposedDeadline: '2027-01-10' } },
    ],
    [
      'extension approved',
      state('open', '2027-01-10'),
      { action: 'decideExtension', approve: true, today: '2026-12-20' },
      'verifier',
      { status: 'open', deadline: '2027-01-10', pendingExtension: null },
    ],
    [
      'extension refused',
      state('open', '2027-01-10'),
      { action: 'decideExtension', approve: false, reason: '时限不能再延', today: '2026-12-20' },
      'verifier',
      { status: 'open', pendingExtension: null },
    ],
    [
      'reassigned',
      state('in_progress'),
      { action: 'reassign', responsibleUnitId: 'u2', reason: '职责调整' },
      'verifier',
      { status: 'in_progress' },
    ],
    [
      'cancelled',
      state('pending_verification', '2027-01-10'),
      { action: 'cancel', reason: '重复录入' },
      'verifier',
      { status: 'cancelled', pendingExtension: null },
    ],
  ])('%s', (_case, from, command, side, expected) => {
    const result = transition(from, command, side);
    expect(result).not.toBeInstanceOf(DomainError);
    expect(result).toMatchObject(expected);
    if (!('completes' in expected)) expect(result).not.toHaveProperty('completes', expect.anything());
  });

  it.each<[string, LifecycleState, ItemCommand, ActorSide, string, string | undefined]>([
    [
      'evidence without attachment',
      state('in_progress'),
      { action: 'submitEvidence', text: '已整改', attachments: [' '] },
      'responsible',
      'VALIDATION_FAILED',
      'files',
    ],
    [
      'evidence with an empty file list',
      state('in_progress'),
      { action: 'submitEvidence', text: '已整改', files: [] },
      'responsible',
      'VALIDATION_FAILED',
      'files',
    ],
    [
      'evidence without text',
      state('in_progress'),
      { action: 'submitEvidence', text: '  ', attachments: ['f'] },
      'responsible',
      'VALIDATION_FAILED',
      'text',
    ],
    [
      'reject without reason',
      state('pending_verification'),
      { action: 'verify', decision: 'reject' },
      'verifier',
      'VALIDATION_FAILED',
      'reason',
    ],
    [
      'cancel without reason',
      state('open'),
      { action: 'cancel', reason: '' },
      'verifier',
      'VALIDATION_FAILED',
      'reason',
    ],
    [
      'second extension request',
      state('open', '2027-01-10'),
      { action: 'requestExtension', proposedDeadline: '2027-02-01', reason: 'x' },
      'responsible',
      'CONFLICT',
      undefined,
    ],
    [
      'extension approved once its proposed date has passed',
      state('open', '2027-01-10'),
      { action: 'decideExtension', approve: true, today: '2027-01-10' },
      'verifier',
      'CONFLICT',
      undefined,
    ],
    [
      'extension to an earlier date',
      state('open'),
      { action: 'requestExtension', proposedDeadline: '2026-12-25', reason: 'x' },
      'responsible',
      'VALIDATION_FAILED',
      'proposedDeadline',
    ],
    [
      'extension to a non-date',
      state('open'),
      { action: 'requestExtension', proposedDeadline: '2027-13-01', reason: 'x' },
      'responsible',
      'VALIDATION_FAILED',
      'proposedDeadline',
    ],
    [
      'deciding nothing',
      state('open'),
      { action: 'decideExtension', approve: true, today: '2026-12-20' },
      'verifier',
      'ILLEGAL_TRANSITION',
      undefined,
    ],
    [
      'evidence before the plan',
      state('open'),
      { action: 'submitEvidence', text: 't', attachments: ['f'] },
      'responsible',
      'ILLEGAL_TRANSITION',
      undefined,
    ],
    [
      'verifying own work',
      state('pending_verification'),
      { action: 'verify', decision: 'approve' },
      'responsible',
      'WRONG_ACTOR',
      undefined,
    ],
    [
      'anything after 销号',
      state('closed'),
      { action: 'cancel', reason: 'x' },
      'verifier',
      'ILLEGAL_TRANSITION',
      undefined,
    ],
  ])('refuses %s', (_case, from, command, side, code, field) => {
    const result = transition(from, command, side);
    expect(codeOf(result)).toBe(code);
    if (field) expect((result as DomainError).details.field).toBe(field);
  });
});

describe('milestones and owners', () => {
  it('maps actions to the milestone they complete', () => {
    expect(milestoneCompletedBy({ action: 'submitPlan', plan: 'p' })).toBe('plan');
    expect(milestoneCompletedBy({ action: 'verify', decision: 'reject', reason: 'r' })).toBeUndefined();
    expect(milestoneCompletedBy({ action: 'cancel', reason: 'r' })).toBeUndefined();
  });

  it('has the verifier own only the verification milestone', () => {
    expect(milestoneOwner('evidence')).toBe('responsible');
    expect(milestoneOwner('verification')).toBe('verifier');
  });
});
