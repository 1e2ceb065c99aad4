import { type Alert, type AlertInput, nextAlerts } from './alerts';
import type { WorkCalendar } from './calendar';
import { localDateOf } from './local-time';
import type { ItemPolicy } from './policy';

/** A submission a unit owes a 互检 cycle: its self-check (自检) or its inspection of its peer (互检). */
export interface OwedSubmission {
  kind: 'self_check' | 'mutual_inspection';
  unitId: string;
  /** When it is due (epoch ms). */
  due: number;
  done: boolean;
}

export const OWED_SUBMISSION_LABEL = { self_check: '自检', mutual_inspection: '互检' } as const;

/** What a cycle's alerts depend on besides its submissions: the policy, the calendar and the zone. */
export interface SubmissionAlertContext {
  policy: ItemPolicy;
  calendar: WorkCalendar;
  tz: string;
}

/**
 * A submission as the item policy's alert functions see it: one milestone due on its day, reminded the day before
 * and on the day (提醒), chased and escalated (催办, 督办) like an item's deadline.
 */
export function submissionAlertInput(s: OwedSubmission, { policy, calendar, tz }: SubmissionAlertContext): AlertInput {
  const day = localDateOf(s.due, tz);
  return {
    milestones: [{ key: 'evidence', label: OWED_SUBMISSION_LABEL[s.kind], due: day }],
    completed: [],
    deadline: day,
    policy: { ...policy, reminderOffsetsDays: [1, 0] },
    calendar,
    tz,
  };
}

/** The earliest alerts strictly after `after` for the submissions still missing, all those sharing that instant. */
export function nextSubmissionAlerts<S extends OwedSubmission>(
  owed: readonly S[],
  context: SubmissionAlertContext,
  after: number,
): { owed: S; alert: Alert }[] {
  const batches = owed
    .filter((s) => !s.done)
    .flatMap((s) => nextAlerts(submissionAlertInput(s, context), after).map((alert) => ({ owed: s, alert })));
  if (batches.length === 0) return [];
  const first = Math.min(...batches.map((b) => b.alert.dueAt));
  return batches.filter((b) => b.alert.dueAt === first);
}
