import { DomainError } from './errors';
import { compareLocalDate, isLocalDate, type LocalDate } from './local-time';
import { deadlineTooSoon } from './milestones';
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

/** Closed (销号) or cancelled: no action, alert or timer any more. */
export function isTerminal(status: ItemStatus): boolean {
  return !LIVE.includes(status);
}

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

/** What decides which actions are open: the status and whether an extension request waits (延期申请). */
export type ActionState = Pick<LifecycleState, 'status' | 'pendingExtension'>;

const BOTH_SIDES: readonly ActorSide[] = ['responsible', 'verifier'];

/** Whether the state admits the action at all, by anyone: decideExtension needs a waiting request. */
function stateAdmits(state: ActionState, action: ItemAction): boolean {
  if (!RULES[action].from.includes(state.status)) return false;
  return action !== 'decideExtension' || state.pendingExtension !== null;
}

/**
 * The actions the given sides may take now: none once closed (销号) or cancelled; decideExtension only while a
 * request waits and requestExtension only while none does (one at a time).
 */
export function allowedActions(state: ActionState, sides: readonly ActorSide[] = BOTH_SIDES): ItemAction[] {
  return (Object.keys(RULES) as ItemAction[]).filter(
    (a) =>
      stateAdmits(state, a) &&
      sides.includes(RULES[a].side) &&
      (a !== 'requestExtension' || state.pendingExtension === null),
  );
}

/**
 * Undefined (ok) when `side` may do `action` in `state`; otherwise the error to show: ILLEGAL_TRANSITION (409, with
 * currentState and the side's allowedActions) before WRONG_ACTOR (403, with the side that may).
 */
export function checkAction(state: ActionState, action: ItemAction, side: ActorSide): DomainError | undefined {
  const rule = RULES[action];
  if (!stateAdmits(state, action)) {
    const message =
      action === 'decideExtension' && rule.from.includes(state.status)
        ? 'There is no extension request to decide'
        : `Cannot ${action} an item that is ${state.status}`;
    return new DomainError('ILLEGAL_TRANSITION', message, {
      currentState: state.status,
      action,
      allowedActions: allowedActions(state, [side]),
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

/** A human action on an item with what it carries; the workflow's update payloads map onto these one to one. */
export type ItemCommand =
  | { action: 'submitPlan'; plan: string }
  | { action: 'reportProgress'; progress: string }
  | { action: 'submitEvidence'; text: string; attachments?: readonly string[]; files?: readonly string[] }
  | { action: 'verify'; decision: 'approve' | 'reject'; reason?: string }
  | { action: 'requestExtension'; proposedDeadline: LocalDate; reason: string }
  | { action: 'decideExtension'; approve: boolean; reason?: string; today: LocalDate }
  | { action: 'reassign'; responsibleUnitId: string; reason: string }
  | { action: 'cancel'; reason: string };

/** What the state machine needs to know about an item beyond its status. */
export interface LifecycleState {
  status: ItemStatus;
  deadline: LocalDate;
  /** The extension request waiting for the lead unit's decision (延期申请), if any. */
  pendingExtension: { proposedDeadline: LocalDate } | null;
}

/** The effect of an accepted command; the caller applies it, records the event and re-plans if `deadline` moved. */
export interface Transition {
  status: ItemStatus;
  /** The milestone this action completes (submitPlan → plan … verify approve → verification). */
  completes?: MilestoneKey;
  /** A milestone to take back: 退回 (reject) reopens evidence, which has to be submitted again. */
  reopens?: MilestoneKey;
  /** The new deadline, when an extension was approved. */
  deadline?: LocalDate;
  pendingExtension: { proposedDeadline: LocalDate } | null;
}

/** The milestone an accepted command completes, if any. */
export function milestoneCompletedBy(command: ItemCommand): MilestoneKey | undefined {
  switch (command.action) {
    case 'submitPlan':
      return 'plan';
    case 'reportProgress':
      return 'progress';
    case 'submitEvidence':
      return 'evidence';
    case 'verify':
      return command.decision === 'approve' ? 'verification' : undefined;
    default:
      return undefined;
  }
}

/**
 * The whole rule for one human action: legal in this state (ILLEGAL_TRANSITION, 409), done by the right side
 * (WRONG_ACTOR, 403), with the content it needs (VALIDATION_FAILED, 400; an extension already pending: CONFLICT, 409).
 * 问题不整改不放过: evidence needs text and at least one file, a rejection or cancellation a reason.
 */
export function transition(state: LifecycleState, command: ItemCommand, side: ActorSide): Transition | DomainError {
  const problem = checkAction(state, command.action, side);
  if (problem) return problem;
  const keep = { status: state.status, pendingExtension: state.pendingExtension };
  const completes = milestoneCompletedBy(command);
  switch (command.action) {
    case 'submitPlan':
      return required(command.plan, 'plan') ?? { ...keep, status: 'in_progress', completes };
    case 'reportProgress':
      return required(command.progress, 'progress') ?? { ...keep, completes };
    case 'submitEvidence': {
      const missing = required(command.text, 'text');
      if (missing) return missing;
      // Uploaded files (ids the API has checked); free-text references only in items from before files existed.
      const pieces = [...(command.files ?? []), ...(command.attachments ?? [])].filter((a) => a.trim() !== '');
      if (pieces.length === 0) {
        return new DomainError('VALIDATION_FAILED', '佐证材料至少需要一个文件 (evidence needs at least one file)', {
          field: 'files',
        });
      }
      return { ...keep, status: 'pending_verification', completes };
    }
    case 'verify':
      if (command.decision === 'approve') return { ...keep, status: 'closed', completes, pendingExtension: null };
      return required(command.reason, 'reason') ?? { ...keep, status: 'in_progress', reopens: 'evidence' };
    case 'requestExtension': {
      if (state.pendingExtension) {
        return new DomainError('CONFLICT', 'An extension request is already waiting for a decision', {
          pendingExtension: state.pendingExtension,
        });
      }
      if (!isLocalDate(command.proposedDeadline) || compareLocalDate(command.proposedDeadline, state.deadline) <= 0) {
        return new DomainError(
          'VALIDATION_FAILED',
          `The proposed deadline must be a date after the current deadline ${state.deadline}`,
          { field: 'proposedDeadline', currentDeadline: state.deadline },
        );
      }
      return (
        required(command.reason, 'reason') ?? {
          ...keep,
          pendingExtension: { proposedDeadline: command.proposedDeadline },
        }
      );
    }
    case 'decideExtension': {
      // checkAction has made sure a request waits.
      const request = state.pendingExtension as { proposedDeadline: LocalDate };
      if (command.approve) {
        // Approved late, the proposed date may have passed: nothing could be planned for it.
        if (deadlineTooSoon(request.proposedDeadline, command.today)) {
          return new DomainError(
            'CONFLICT',
            `The proposed deadline ${request.proposedDeadline} has passed; refuse this request and ask for a new one`,
            { proposedDeadline: request.proposedDeadline, today: command.today },
          );
        }
        return { ...keep, deadline: request.proposedDeadline, pendingExtension: null };
      }
      return required(command.reason, 'reason') ?? { ...keep, pendingExtension: null };
    }
    case 'reassign':
      return required(command.responsibleUnitId, 'responsibleUnitId') ?? required(command.reason, 'reason') ?? keep;
    case 'cancel':
      return required(command.reason, 'reason') ?? { ...keep, status: 'cancelled', pendingExtension: null };
  }
}

function required(value: string | undefined, field: string): DomainError | undefined {
  if (value !== undefined && value.trim() !== '') return undefined;
  return new DomainError('VALIDATION_FAILED', `${field} is required`, { field });
}
