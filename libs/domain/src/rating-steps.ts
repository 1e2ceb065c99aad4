import { type Alert, type AlertInput, singleStepAlertInput } from './alerts';
import type { WorkCalendar } from './calendar';
import { type LocalDate, localDateOf } from './local-time';
import type { ItemPolicy } from './policy';

/**
 * The human steps of an annual star rating that are reminded (提醒), chased (催办) and escalated (督办) like an
 * item's milestones: the lead unit's review, its answer to each objection (异议), the committee's approval (审定).
 */
export type RatingStep = 'review' | 'answer' | 'approval';
export const RATING_STEPS: readonly RatingStep[] = ['review', 'answer', 'approval'];

/** Working days each step has from the moment it opens (its 时限); past it, 催办 and then 督办. */
export type RatingStepDays = Record<RatingStep, number>;

/** Review in a working week; an objection answered in three working days (within the 公示); approval in a week. */
export const DEFAULT_RATING_STEP_DAYS: RatingStepDays = { review: 5, answer: 3, approval: 5 };

/** What a rating tells whom (the catalogue in libs/messages words each kind). */
export type RatingNoticeKind =
  | 'rating_review' // computed: the lead unit reviews and publishes
  | 'rating_published' // 公示 (通报 to every unit of the region)
  | 'rating_objection' // a unit objected: the lead unit answers
  | 'rating_answered' // the answer, to the objecting unit
  | 'rating_approval' // every objection answered: the committee approves
  | 'rating_final' // 审定: 上报 to the committee, 通报 to every unit
  | 'rating_reminder'
  | 'rating_chase'
  | 'rating_escalation';

/** The message kind of an alert of a step. */
export const RATING_ALERT_NOTICES: Record<Alert['kind'], RatingNoticeKind> = {
  reminder: 'rating_reminder',
  overdue_chase: 'rating_chase',
  escalation: 'rating_escalation',
};

/** Who hears of a rating: the region's lead unit, the committee (党委), every unit of the region, one objecting unit. */
export type RatingAudience = 'lead' | 'committee' | 'units' | 'objector';

/** The local date a step opened at `openedAt` is due: its working days counted from the day it opened. */
export function ratingStepDue(
  step: RatingStep,
  openedAt: number,
  days: RatingStepDays,
  calendar: WorkCalendar,
  timeZone: string,
): LocalDate {
  return calendar.addWorkingDays(localDateOf(openedAt, timeZone), days[step]);
}

const STEP_LABELS: Record<RatingStep, string> = {
  review: '审核评星结果',
  answer: '答复异议',
  approval: '审定评星结果',
};

/** The items' alert ladder for one open step ({@link singleStepAlertInput}). */
export function ratingStepAlertInput(
  step: RatingStep,
  due: LocalDate,
  policy: ItemPolicy,
  calendar: WorkCalendar,
  timeZone: string,
): AlertInput {
  return singleStepAlertInput(STEP_LABELS[step], due, false, policy, calendar, timeZone);
}

/**
 * Who an alert of a step goes to. Reminders and 催办 go to whoever owes the step (the lead unit, or the committee
 * for approval); a 督办 of the lead unit's steps also goes up to the committee, and one of the committee's approval
 * to the lead unit too, which waits on it and follows it up.
 */
export function ratingAlertAudiences(step: RatingStep, alert: Pick<Alert, 'kind'>): RatingAudience[] {
  const owner: RatingAudience = step === 'approval' ? 'committee' : 'lead';
  if (alert.kind !== 'escalation') return [owner];
  return step === 'approval' ? ['committee', 'lead'] : ['lead', 'committee'];
}
