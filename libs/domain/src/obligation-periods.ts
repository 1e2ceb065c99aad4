import { type Alert, type AlertInput, type Light, singleStepAlertInput } from './alerts';
import type { WorkCalendar } from './calendar';
import { type DomainError, type FieldProblem, validationFailed } from './errors';
import { addCalendarDays, compareLocalDate, instantAt, type LocalDate, localDateOf } from './local-time';
import type { ItemPolicy } from './policy';

/**
 * Period arithmetic of recurring obligations (三会一课 and the other cadences of organisational life): which period
 * a moment belongs to, when its record is due (the window, on China's working-day calendar) and when the period
 * closes for good (afterwards an obligation without a record is missed). Pure: used by the tick's activity, the
 * obligation workflow and the ledgers alike.
 */

/** How often an obligation recurs: a calendar cadence (支委会 monthly, 党课 quarterly …) or a cron expression. */
export type ObligationCadence =
  { kind: 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' } | { kind: 'cron'; expression: string };

export const CALENDAR_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type CalendarCadence = (typeof CALENDAR_CADENCES)[number];

/**
 * When in its period a record is due: by a day of the period's last month (「每月25日前」; 31 = the month's last
 * day), or within a number of working days of the period's opening (the only window a cron cadence can have, since
 * its period has no calendar end). A due day that is not a working day moves to the working day before.
 */
export type ObligationWindow = { kind: 'day_of_last_month'; day: number } | { kind: 'working_days'; days: number };

/** One period of a cadence: '2027-03' (monthly), '2027-Q1', '2027-H1', '2027', or the fire date for cron. */
export interface ObligationPeriod {
  key: string;
  /** First day (local). */
  start: LocalDate;
  /** Last day (local); for cron the fire date itself. */
  end: LocalDate;
}

/** The dates an obligation of one period keeps, fixed when it opens (a later type change never moves them). */
export interface ObligationDates {
  period: ObligationPeriod;
  /** The record is due by the end of this day (records after it are late, 逾期记实). */
  due: LocalDate;
  /** The last day a record is accepted; from the next day on an obligation without one is missed (未落实). */
  closes: LocalDate;
}

const MONTHS_PER_PERIOD: Record<CalendarCadence, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/** 'YYYY-MM-01' of the month `months` after the month of `date`. */
function monthStart(year: number, monthIndex: number): LocalDate {
  const y = year + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The period of a calendar cadence that contains a local date. */
export function periodContaining(cadence: CalendarCadence, date: LocalDate): ObligationPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const span = MONTHS_PER_PERIOD[cadence];
  const first = month - (month % span);
  const start = monthStart(year, first);
  const end = addCalendarDays(monthStart(year, first + span), -1);
  const index = first / span + 1;
  const key = {
    monthly: start.slice(0, 7),
    quarterly: `${year}-Q${index}`,
    half_yearly: `${year}-H${index}`,
    yearly: `${year}`,
  }[cadence];
  return { key, start, end };
}

/** The period after `period` of the same calendar cadence. */
export function nextPeriod(cadence: CalendarCadence, period: ObligationPeriod): ObligationPeriod {
  return periodContaining(cadence, addCalendarDays(period.end, 1));
}

/**
 * The period an obligation opened at `scheduledAt` (a Schedule's nominal fire time) belongs to, in the
 * organisation's zone: a catch-up fire taken days late still lands in its own period.
 */
export function obligationPeriodOf(
  cadence: ObligationCadence,
  scheduledAt: number,
  timeZone: string,
): ObligationPeriod {
  const date = localDateOf(scheduledAt, timeZone);
  return cadence.kind === 'cron' ? { key: date, start: date, end: date } : periodContaining(cadence.kind, date);
}

/**
 * Due date and closing date of a period's obligation. The due date is the window's day moved back to a working day
 * (never before the period's first day); the period closes `closeAfterWorkingDays` working days after it, the grace
 * in which a late record is still accepted.
 */
export function obligationDates(
  period: ObligationPeriod,
  window: ObligationWindow,
  closeAfterWorkingDays: number,
  calendar: WorkCalendar,
): ObligationDates {
  let due: LocalDate;
  if (window.kind === 'working_days') {
    due = calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(period.start), window.days - 1);
  } else {
    const lastMonth = period.end.slice(0, 8);
    const lastDay = Number(period.end.slice(8, 10));
    const nominal = `${lastMonth}${String(Math.min(window.day, lastDay)).padStart(2, '0')}`;
    due = calendar.previousWorkingDayOnOrBefore(nominal);
    // A month whose days up to the window are all off (never in practice): the first working day of the period.
    if (compareLocalDate(due, period.start) < 0) due = calendar.nextWorkingDayOnOrAfter(period.start);
  }
  return { period, due, closes: calendar.addWorkingDays(due, closeAfterWorkingDays) };
}

/** Where an obligation stands: waiting for its record, recorded (awaiting the lead unit), sent back, done, missed. */
export type ObligationStatus = 'open' | 'recorded' | 'sent_back' | 'done' | 'missed';
export const OBLIGATION_STATUSES: readonly ObligationStatus[] = ['open', 'recorded', 'sent_back', 'done', 'missed'];

/** How an obligation counts on the ledger (建) and for evaluation (评): on time, late, missed, or not yet settled. */
export type ObligationOutcome = 'on_time' | 'late' | 'missed' | 'pending';

/**
 * The outcome on the ledger: missed once closed without a record; late when the record that counts (the first one
 * submitted; a record sent back and resubmitted keeps the first date) came after the due date; on time otherwise;
 * pending while neither is known yet.
 */
export function obligationOutcome(
  status: ObligationStatus,
  dates: Pick<ObligationDates, 'due'>,
  firstSubmittedOn: LocalDate | null,
): ObligationOutcome {
  if (status === 'missed') return 'missed';
  if (firstSubmittedOn !== null && compareLocalDate(firstSubmittedOn, dates.due) > 0) return 'late';
  if (firstSubmittedOn !== null && status === 'done') return 'on_time';
  return 'pending';
}

/**
 * 红黄绿灯 of an obligation on `today`: red when missed, or still without a record after its due date; yellow when
 * done late, or due within `warningWorkingDays` working days; green otherwise (on time, or time left).
 */
export function obligationLight(
  status: ObligationStatus,
  dates: Pick<ObligationDates, 'due'>,
  firstSubmittedOn: LocalDate | null,
  today: LocalDate,
  calendar: WorkCalendar,
  warningWorkingDays: number,
): Light {
  if (status === 'missed') return 'red';
  const lateOn = firstSubmittedOn ?? (compareLocalDate(today, dates.due) > 0 ? today : null);
  if (lateOn !== null && compareLocalDate(lateOn, dates.due) > 0) return firstSubmittedOn === null ? 'red' : 'yellow';
  if (firstSubmittedOn !== null) return 'green';
  const left = calendar.workingDaysBetween(addCalendarDays(today, 1), addCalendarDays(dates.due, 1));
  return left <= warningWorkingDays ? 'yellow' : 'green';
}

/**
 * The reminder, 催办 and 督办 ladder of an obligation is the items' own ({@link nextAlerts}): the record is the one
 * milestone, due on the due date, and the ladder stops once it is submitted. The label names the milestone in
 * messages.
 */
export function obligationAlertInput(
  dates: Pick<ObligationDates, 'due'>,
  submitted: boolean,
  policy: ItemPolicy,
  calendar: WorkCalendar,
  timeZone: string,
): AlertInput {
  return singleStepAlertInput('提交记实', dates.due, submitted, policy, calendar, timeZone);
}

/** The instant an obligation closes: the local midnight after its closing day (org zone). */
export function obligationClosesAt(dates: Pick<ObligationDates, 'closes'>, timeZone: string): number {
  return instantAt(addCalendarDays(dates.closes, 1), '00:00', timeZone);
}

/** Alerts that still make sense: none at or after the close (a missed obligation is no longer chased). */
export function alertsBeforeClose(alerts: readonly Alert[], closesAt: number): Alert[] {
  return alerts.filter((a) => a.dueAt < closesAt);
}

/** Checks a window from the API; for a cron cadence only `working_days` is possible. */
export function validateObligationWindow(input: unknown, cadence: ObligationCadence): ObligationWindow | DomainError {
  const w = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const int = (v: unknown, min: number, max: number): boolean =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  if (w.kind === 'day_of_last_month') {
    if (cadence.kind === 'cron') {
      problems.push({ field: 'kind', reason: "a cron cadence has no month end: use 'working_days'" });
    }
    if (!int(w.day, 1, 31)) problems.push({ field: 'day', reason: 'must be a whole number from 1 to 31' });
  } else if (w.kind === 'working_days') {
    if (!int(w.days, 1, 250)) problems.push({ field: 'days', reason: 'must be a whole number from 1 to 250' });
  } else {
    problems.push({ field: 'kind', reason: "must be 'day_of_last_month' or 'working_days'" });
  }
  if (w.kind === 'day_of_last_month' || w.kind === 'working_days') {
    const allowed = w.kind === 'working_days' ? ['kind', 'days'] : ['kind', 'day'];
    for (const key of Object.keys(w)) {
      if (!allowed.includes(key)) problems.push({ field: key, reason: `is not a field of a ${w.kind} window` });
    }
  }
  if (problems.length > 0) return validationFailed('window', problems);
  return w.kind === 'day_of_last_month'
    ? { kind: 'day_of_last_month', day: w.day as number }
    : { kind: 'working_days', days: w.days as number };
}
