import type { WorkCalendar } from './calendar';
import { DomainError } from './errors';
import { addCalendarDays, calendarDaysBetween, compareLocalDate, type LocalDate } from './local-time';
import type { ItemPolicy, MilestoneKey } from './policy';

/** One dated step of an item's plan, as shown on the battle map (挂图作战). */
export interface PlannedMilestone {
  key: MilestoneKey;
  /** Chinese label from the policy template, e.g. 提交整改佐证. */
  label: string;
  due: LocalDate;
}

export interface PlanInput {
  deadline: LocalDate;
  /** The local date the plan is made on; no open milestone falls before tomorrow. */
  today: LocalDate;
  policy: Pick<ItemPolicy, 'dayKind' | 'milestoneTemplate'>;
  calendar: WorkCalendar;
  /** Re-planning: milestones already done keep the dates they had in `previous`. */
  completed?: readonly MilestoneKey[];
  /** The plan being replaced; needed only for the dates of `completed` milestones. */
  previous?: readonly PlannedMilestone[];
}

/**
 * Why nothing can be planned for this deadline today (it is before tomorrow), or undefined. Workflows check it in
 * their validators, so an action that would need such a plan is refused before it is accepted.
 */
export function deadlineTooSoon(deadline: LocalDate, today: LocalDate): DomainError | undefined {
  const tomorrow = addCalendarDays(today, 1);
  if (compareLocalDate(deadline, tomorrow) >= 0) return undefined;
  return new DomainError('VALIDATION_FAILED', `The deadline ${deadline} must be tomorrow (${tomorrow}) or later`, {
    field: 'deadline',
    deadline,
    earliest: tomorrow,
  });
}

/**
 * 倒排工期: milestones planned backwards from the deadline D with the policy's template, in template order, the last
 * one due on D.
 *
 * When the time left (tomorrow … D) is shorter than the template's largest offset, every offset shrinks in
 * proportion (rounded towards D), so the first milestone is never before tomorrow; tiny spans give equal dates. In
 * working-day mode offsets count working days, so dues before D are working days. Re-planning after an approved
 * extension is the same call with the new deadline plus `completed` and `previous`: done milestones keep their
 * dates, open ones are planned afresh and never before a done one.
 *
 * @throws DomainError VALIDATION_FAILED when the deadline is before tomorrow (nothing can be planned).
 */
export function planMilestones({
  deadline,
  today,
  policy,
  calendar,
  completed = [],
  previous = [],
}: PlanInput): PlannedMilestone[] {
  const tooSoon = deadlineTooSoon(deadline, today);
  if (tooSoon) throw tooSoon;
  const tomorrow = addCalendarDays(today, 1);
  const working = policy.dayKind === 'working';
  const span = working ? calendar.workingDaysBetween(tomorrow, deadline) : calendarDaysBetween(tomorrow, deadline);
  const longest = Math.max(...policy.milestoneTemplate.map((m) => m.offsetDays));
  const scale = longest > span ? span / longest : 1;

  let floor = tomorrow;
  return policy.milestoneTemplate.map(({ key, label, offsetDays }) => {
    const kept = completed.includes(key) ? previous.find((m) => m.key === key) : undefined;
    if (kept) {
      if (compareLocalDate(kept.due, floor) > 0) floor = kept.due;
      return { key, label, due: kept.due };
    }
    // Floor, not round: a shrunk offset must stay within the span, or the first milestone would fall before tomorrow.
    const offset = Math.floor(offsetDays * scale);
    let due =
      offset === 0
        ? deadline
        : working
          ? calendar.addWorkingDays(deadline, -offset)
          : addCalendarDays(deadline, -offset);
    if (compareLocalDate(due, floor) < 0) due = floor; // keeps order after kept dates, and the tomorrow floor
    floor = due;
    return { key, label, due };
  });
}
