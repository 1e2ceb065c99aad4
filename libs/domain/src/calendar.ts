import { isWorkday } from 'chinese-days';
import { addCalendarDays, compareLocalDate, type LocalDate } from './local-time';

/** An admin's correction of the built-in calendar: a day off that is not in the data, or an extra workday. */
export interface CalendarOverride {
  date: LocalDate;
  kind: 'holiday' | 'workday';
  note?: string;
}

/** Working days (工作日) with China's public holidays and 调休 make-up workdays. */
export interface WorkCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** The date n working days later (n < 0: earlier); from a non-working day the first step lands on a working day. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Working days d with a ≤ d < b (0 when b ≤ a). */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  previousWorkingDayOnOrBefore(date: LocalDate): LocalDate;
  nextWorkingDayOnOrAfter(date: LocalDate): LocalDate;
}

/**
 * The calendar of the `chinese-days` package (public holidays and 调休 make-up workdays as published by the State
 * Council; years it has no data for fall back to Monday–Friday) with admin overrides on top, which win.
 * Admins add a new year's arrangement as overrides until the package is updated.
 */
export function createWorkCalendar(overrides: readonly CalendarOverride[] = []): WorkCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o.kind === 'workday']));
  const isWorkingDay = (date: LocalDate): boolean => byDate.get(date) ?? isWorkday(date);

  const step = (date: LocalDate, direction: 1 | -1): LocalDate => {
    let d = addCalendarDays(date, direction);
    while (!isWorkingDay(d)) d = addCalendarDays(d, direction);
    return d;
  };

  return {
    isWorkingDay,
    addWorkingDays(date, n) {
      let d = date;
      for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1);
      return d;
    },
    workingDaysBetween(a, b) {
      let count = 0;
      for (let d = a; compareLocalDate(d, b) < 0; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count++;
      return count;
    },
    previousWorkingDayOnOrBefore: (date) => (isWorkingDay(date) ? date : step(date, -1)),
    nextWorkingDayOnOrAfter: (date) => (isWorkingDay(date) ? date : step(date, 1)),
  };
}
