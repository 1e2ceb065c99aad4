// The package's own isWorkday() parses dates as UTC but reads the weekday in the process's zone, so west of UTC it
// is a day off; the raw data plus our own UTC weekday is correct in every zone, the workflow sandbox included.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { type FieldProblem, type DomainError, validationFailed } from './errors';
import {
  addCalendarDays,
  calendarDaysBetween,
  compareLocalDate,
  isLocalDate,
  type LocalDate,
  weekday,
} from './local-time';

/** An admin's correction of the built-in calendar: a day off that is not in the data, or an extra workday. */
export interface CalendarOverride {
  date: LocalDate;
  kind: 'holiday' | 'workday';
  note?: string;
}

/** Why a day is or is not a working day, for the battle map and for explaining a due date. */
export interface DayInfo {
  date: LocalDate;
  working: boolean;
  /** override: an admin said so; builtin: the State Council arrangement in chinese-days; weekday: Mon–Fri rule. */
  source: 'override' | 'builtin' | 'weekday';
  /** Holiday or 调休 name in Chinese (国庆节, 春节…), or the override's note. */
  name?: string;
}

/** Working days (工作日) with China's public holidays and 调休 make-up workdays. */
export interface WorkCalendar {
  isWorkingDay(date: LocalDate): boolean;
  describe(date: LocalDate): DayInfo;
  /** The date n working days later (n < 0: earlier); from a non-working day the first step lands on a working day. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Working days d with a ≤ d < b (0 when b ≤ a). */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  previousWorkingDayOnOrBefore(date: LocalDate): LocalDate;
  nextWorkingDayOnOrAfter(date: LocalDate): LocalDate;
}

const HOLIDAYS: Readonly<Record<string, string>> = chineseDays.holidays;
const MAKE_UP_WORKDAYS: Readonly<Record<string, string>> = chineseDays.workdays;
/** Every date the built-in data says anything about, in order ('YYYY-MM-DD' sorts as text). */
const BUILT_IN_DATES: readonly LocalDate[] = [
  ...new Set([...Object.keys(HOLIDAYS), ...Object.keys(MAKE_UP_WORKDAYS)]),
].sort();

const isMondayToFriday = (day: number): boolean => day >= 1 && day <= 5;

/** Monday-to-Friday days among `days` consecutive days starting on weekday `first` (0 = Sunday). */
function mondayToFridayDays(first: number, days: number): number {
  let count = Math.floor(days / 7) * 5;
  for (let k = 0; k < days % 7; k++) if (isMondayToFriday((first + k) % 7)) count++;
  return count;
}

/** The index of the first date in `sorted` on or after `date`. */
function firstOnOrAfter(sorted: readonly LocalDate[], date: LocalDate): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Years the built-in data covers (chinese-days 1.5.7: 2004–2026), each year's arrangement as published. */
export const BUILT_IN_CALENDAR_YEARS: { first: number; last: number } = (() => {
  const years = Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
})();

/**
 * The last year of built-in data a workflow started before workflows recorded theirs (chinese-days 1.5.7): such a
 * workflow keeps planning with it whatever package is installed when it replays.
 */
export const UNRECORDED_CALENDAR_YEARS_THROUGH = 2026;

/** Whether the built-in data knows the holidays of a year; outside it only weekends are days off. */
export function builtInCalendarCovers(year: number): boolean {
  return year >= BUILT_IN_CALENDAR_YEARS.first && year <= BUILT_IN_CALENDAR_YEARS.last;
}

/** '国庆节' from the package's "National Day,国庆节,3". */
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

/** Limits of a calendar beyond the admin overrides. */
export interface WorkCalendarOptions {
  /**
   * Built-in data is used up to this year only; later years fall back to Mon–Fri as if the data ended there. A
   * workflow passes the last year it started with, so a package upgrade that adds a year cannot move the dates of
   * a live plan or its alerts when the workflow replays (its history was made without that year).
   */
  builtInThrough?: number;
}

/** No real calendar has a month without a working day; more than this means the overrides are wrong. */
const MAX_DAYS_OFF_IN_A_ROW = 366;

/**
 * The calendar of the `chinese-days` package (public holidays and 调休 make-up workdays as published by the State
 * Council) with admin overrides on top, which win.
 *
 * @remarks Years without built-in data (before 2004, after 2026 for chinese-days 1.5.7 — see
 * {@link BUILT_IN_CALENDAR_YEARS}) fall back to Monday–Friday. Admins add a new year's arrangement as overrides
 * until the package is updated; the State Council usually publishes it in November of the year before.
 */
export function createWorkCalendar(
  overrides: readonly CalendarOverride[] = [],
  { builtInThrough = BUILT_IN_CALENDAR_YEARS.last }: WorkCalendarOptions = {},
): WorkCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o]));
  const builtIn = (data: Readonly<Record<string, string>>, date: LocalDate): string | undefined =>
    Number(date.slice(0, 4)) <= builtInThrough ? data[date] : undefined;

  const describe = (date: LocalDate): DayInfo => {
    const override = byDate.get(date);
    if (override) {
      return { date, working: override.kind === 'workday', source: 'override', name: override.note };
    }
    const makeUp = builtIn(MAKE_UP_WORKDAYS, date);
    if (makeUp) return { date, working: true, source: 'builtin', name: `${chineseName(makeUp)}调休上班` };
    const holiday = builtIn(HOLIDAYS, date);
    if (holiday) return { date, working: false, source: 'builtin', name: chineseName(holiday) };
    return { date, working: isMondayToFriday(weekday(date)), source: 'weekday' };
  };
  const isWorkingDay = (date: LocalDate): boolean => describe(date).working;
  // The dates where the calendar may differ from Monday–Friday, made on first use (a workflow's calendar may never
  // count a span): a count is then arithmetic plus a look at those dates, not a walk over every day.
  let exceptions: readonly LocalDate[] | undefined;
  const exceptionDates = (): readonly LocalDate[] =>
    (exceptions ??= [
      ...new Set([...BUILT_IN_DATES.filter((d) => Number(d.slice(0, 4)) <= builtInThrough), ...byDate.keys()]),
    ].sort());

  const step = (date: LocalDate, direction: 1 | -1): LocalDate => {
    let d = addCalendarDays(date, direction);
    for (let i = 0; !isWorkingDay(d); i++) {
      if (i > MAX_DAYS_OFF_IN_A_ROW) throw new RangeError(`No working day within a year of ${date}; check overrides`);
      d = addCalendarDays(d, direction);
    }
    return d;
  };

  return {
    isWorkingDay,
    describe,
    addWorkingDays(date, n) {
      let d = date;
      for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1);
      return d;
    },
    workingDaysBetween(a, b) {
      const days = calendarDaysBetween(a, b);
      if (days <= 0) return 0;
      let count = mondayToFridayDays(weekday(a), days);
      const dates = exceptionDates();
      for (let i = firstOnOrAfter(dates, a); i < dates.length && compareLocalDate(dates[i], b) < 0; i++) {
        count += Number(isWorkingDay(dates[i])) - Number(isMondayToFriday(weekday(dates[i])));
      }
      return count;
    },
    previousWorkingDayOnOrBefore: (date) => (isWorkingDay(date) ? date : step(date, -1)),
    nextWorkingDayOnOrAfter: (date) => (isWorkingDay(date) ? date : step(date, 1)),
  };
}

/** What a workflow keeps of its calendar: the admin overrides and the last year of built-in data it started with. */
export interface CalendarBasis {
  calendarOverrides: readonly CalendarOverride[];
  /** {@link BUILT_IN_CALENDAR_YEARS}.last when the workflow was started; absent for those started before it was kept. */
  calendarYearsThrough?: number;
}

/** The calendar a workflow plans with, the same on every replay whatever holiday data the worker has since. */
export function calendarOf(basis: CalendarBasis): WorkCalendar {
  return createWorkCalendar(basis.calendarOverrides, {
    builtInThrough: basis.calendarYearsThrough ?? UNRECORDED_CALENDAR_YEARS_THROUGH,
  });
}

/** Checks admin overrides from the API or the database: real dates, a known kind, one override per date. */
export function validateCalendarOverrides(input: unknown): CalendarOverride[] | DomainError {
  const problems: FieldProblem[] = [];
  if (!Array.isArray(input))
    return validationFailed('calendar overrides', [{ field: 'overrides', reason: 'must be a list' }]);
  const seen = new Set<string>();
  const out: CalendarOverride[] = [];
  input.forEach((raw: unknown, i) => {
    const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const at = `overrides[${i}]`;
    if (!isLocalDate(o.date)) problems.push({ field: `${at}.date`, reason: 'must be a date YYYY-MM-DD' });
    else if (seen.has(o.date)) problems.push({ field: `${at}.date`, reason: `${o.date} is overridden twice` });
    else seen.add(o.date);
    if (o.kind !== 'holiday' && o.kind !== 'workday') {
      problems.push({ field: `${at}.kind`, reason: "must be 'holiday' or 'workday'" });
    }
    if (o.note !== undefined && typeof o.note !== 'string')
      problems.push({ field: `${at}.note`, reason: 'must be text' });
    if (isLocalDate(o.date) && (o.kind === 'holiday' || o.kind === 'workday')) {
      out.push({ date: o.date, kind: o.kind, ...(typeof o.note === 'string' ? { note: o.note } : {}) });
    }
  });
  return problems.length > 0 ? validationFailed('calendar overrides', problems) : out;
}
