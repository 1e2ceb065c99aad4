import { DomainError } from './errors';
import type { MilestoneKey } from './policy';

/** open (assigned, plan due) → in_progress → pending_verification → closed (销号); cancelled from any open state. */
export type ItemStatus = 'open' | 'in_progress' | 'pending_verification' | 'closed' | 'cancelled';
export const ITEM_STATUSES: readonly ItemStatus[] = [
  'open',
  'in_progress',
  'pending_verification',
  'closed',
  'cancelled',
];

export type ItemAction =
  | 'submitPlan'
  | 'reportProgress'
  | 'submitEvidence'
  | 'verify'
  | 'requestExtension'
  | 'decideExtension'
  | 'reassign'
  | 'cancel';

/** responsible = the 责任单位 doing the rectification; verifier = the lead unit that checks and signs off. */
export type ActorSide = 'responsible' | 'verifier';

const LIVE: ItemStatus[] = ['open', 'in_progress', 'pending_verification'];

const RULES: Record<ItemAction, { from: ItemStatus[]; side: ActorSide }> = {
  submitPlan: { from: ['open'], side: 'responsible' },
  reportProgress: { from: ['in_progress'], side: 'responsible' },
  submitEvidence: { from: ['in_progress'], side: 'responsible' },
  verify: { from: ['pending_verification'], side: 'verifier' },
  requestExtension: { from: LIVE, side: 'responsible' },
  decideExtension: { from: LIVE, side: 'verifier' },
  reassign: { from: LIVE, side: 'verifier' },
  cancel: { from: LIVE, side: 'verifier' },
};

/** Actions possible in a state (by either side). */
export function allowedActions(status: ItemStatus): ItemAction[] {
  return (Object.keys(RULES) as ItemAction[]).filter((a) => RULES[a].from.includes(status));
}

/** Undefined when `side` may do `action` in `status`; otherwise the error to show (409 illegal, 403 wrong actor). */
export function checkAction(status: ItemStatus, action: ItemAction, side: ActorSide): DomainError | undefined {
  const rule = RULES[action];
  if (!rule.from.includes(status)) {
    return new DomainError('ILLEGAL_TRANSITION', `Cannot ${action} an item that is ${status}`, {
      currentState: status,
      allowedActions: allowedActions(status),
    });
  }
  if (rule.side !== side) {
    const who = rule.side === 'responsible' ? 'the responsible unit (责任单位)' : 'the verifying lead unit (主责单位)';
    return new DomainError('WRONG_ACTOR', `Only ${who} may ${action}`, { action, requiredSide: rule.side });
  }
  return undefined;
}

/** Who must act on a milestone: the verifying lead unit signs off, the responsible unit does everything before. */
export function milestoneOwner(key: MilestoneKey): ActorSide {
  return key === 'verification' ? 'verifier' : 'responsible';
}
