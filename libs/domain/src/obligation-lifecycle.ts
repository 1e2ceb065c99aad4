import { DomainError } from './errors';
import { compareLocalDate, type LocalDate } from './local-time';
import type { ObligationStatus } from './obligation-periods';

/** What a person may do to an obligation: the unit submits its record (记实); the lead unit confirms or sends back. */
export type ObligationAction = 'submit' | 'confirm' | 'send_back';

export interface ObligationFacts {
  status: ObligationStatus;
  /** Whether the lead unit confirms records of this type (and there is a lead unit above the unit). */
  confirmationRequired: boolean;
  /** The last day a record is accepted. */
  closes: LocalDate;
}

/** From which status each action is possible (a rule table, like the items'). */
const FROM: Record<ObligationAction, readonly ObligationStatus[]> = {
  submit: ['open', 'sent_back'],
  confirm: ['recorded'],
  send_back: ['recorded'],
};

/** The actions the obligation allows in its status, for the caller's side (unit or lead unit). */
export function allowedObligationActions(
  facts: ObligationFacts,
  side: 'unit' | 'lead',
  today: LocalDate,
): ObligationAction[] {
  const mine: ObligationAction[] = side === 'unit' ? ['submit'] : ['confirm', 'send_back'];
  // A send-back's reason is the caller's to give; only the status and the close decide whether it is possible.
  return mine.filter((a) => !(obligationTransition(facts, a, today, 'reason') instanceof DomainError));
}

/**
 * The status after an action, or the reason it is refused: 409 naming the status and what is allowed, a closed
 * period (the last day a record was accepted), or a send-back without a reason (400).
 */
export function obligationTransition(
  facts: ObligationFacts,
  action: ObligationAction,
  today: LocalDate,
  reason?: string,
): ObligationStatus | DomainError {
  if (!FROM[action].includes(facts.status)) {
    const allowedActions = (Object.keys(FROM) as ObligationAction[]).filter((a) => FROM[a].includes(facts.status));
    return new DomainError('ILLEGAL_TRANSITION', `The obligation is ${facts.status}: ${action} is not possible`, {
      currentState: facts.status,
      allowedActions,
    });
  }
  if (action === 'submit' && compareLocalDate(today, facts.closes) > 0) {
    return new DomainError('CONFLICT', `The period closed on ${facts.closes}: no record is accepted any more`, {
      currentState: 'closed',
      closes: facts.closes,
    });
  }
  if (action === 'send_back' && !reason?.trim()) {
    return new DomainError('VALIDATION_FAILED', 'A record is sent back with a reason', {
      fields: [{ field: 'reason', reason: 'is required to send a record back' }],
    });
  }
  if (action === 'submit') return facts.confirmationRequired ? 'recorded' : 'done';
  if (action === 'confirm') return 'done';
  return 'sent_back';
}
