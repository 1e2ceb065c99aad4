import type { WorkCalendar } from './calendar';
import { DomainError } from './errors';
import { addCalendarDays, calendarDaysBetween, compareLocalDate, type LocalDate } from './local-time';
import type { ItemPolicy, MilestoneKey } from './policy';

export interface PlannedMilestone {
  key: MilestoneKey;
  label: string;
  due: LocalDate;
}

export interface PlanInput {
  deadline: LocalDate;
  /** The local date the plan is made on; no milestone falls before tomorrow. */
  today: LocalDate;
  policy: Pick<ItemPolicy, 'dayKind' | 'milestoneTemplate'>;
  calendar: WorkCalendar;
}

/**
 * 倒排工期: milestones planned backwards from the deadline D with the policy's template. When the time left is
 * shorter than the template, every offset shrinks in proportion, so the first milestone is never before tomorrow;
 * in working-day mode a due date on a day off moves to the working day before it (never before tomorrow).
 */
export function planMilestones({ deadline, today, policy, calendar }: PlanInput): PlannedMilestone[] {
  const tomorrow = addCalendarDays(today, 1);
  if (compareLocalDate(deadline, tomorrow) < 0) {
    throw new DomainError('VALIDATION_FAILED', `The deadline ${deadline} must be tomorrow (${tomorrow}) or later`, {
      field: 'deadline',
    });
  }
  const working = policy.dayKind === 'working';
  const span = working ? calendar.workingDaysBetween(tomorrow, deadline) : calendarDaysBetween(tomorrow, deadline);
  const longest = Math.max(...policy.milestoneTemplate.map((m) => m.offsetDays));
  const scale = longest > span ? span / longest : 1;

  let previous = tomorrow;
  return policy.milestoneTemplate.map(({ key, label, offsetDays }) => {
    const offset = Math.floor(offsetDays * scale);
    let due =
      offset === 0
        ? deadline
        : working
          ? calendar.addWorkingDays(deadline, -offset)
          : addCalendarDays(deadline, -offset);
    if (working && offset > 0) due = calendar.previousWorkingDayOnOrBefore(due);
    if (compareLocalDate(due, previous) < 0) due = previous; // keeps order and the tomorrow floor
    previous = due;
    return { key, label, due };
  });
}
