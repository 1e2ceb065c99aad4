import {
  type DomainError,
  type FieldProblem,
  isLocalTime,
  localDateOf,
  type LocalTime,
  validationFailed,
} from '../../domain/src';

/**
 * When a programme's cycles start: monthly on a day at a local time (the default, 25th at 09:00), or any cron
 * expression. Both are read in the organisation's time zone (ORG_TIME_ZONE); the Schedule carries that zone.
 */
export type Cadence = { kind: 'monthly'; dayOfMonth: number; time: LocalTime } | { kind: 'cron'; expression: string };

export const DEFAULT_CADENCE: Cadence = { kind: 'monthly', dayOfMonth: 25, time: '09:00' };

/**
 * Checks a cadence from the API; every problem names its field (`dayOfMonth`, `time`, `expression`, `kind`). A cron
 * cadence starts cycles at most once a day (`@every 1s` would flood every unit with cycles and Temporal with ticks);
 * `allowSubDaily` lifts that for the suites that watch a Schedule fire (PROGRAMME_CADENCE_TEST_SUBDAILY).
 */
export function validateCadence(input: unknown, options: { allowSubDaily?: boolean } = {}): Cadence | DomainError {
  const c = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  if (c.kind === 'monthly') {
    // 1–28 so that every month has the day: a cycle per month, never a skipped February.
    if (!Number.isInteger(c.dayOfMonth) || (c.dayOfMonth as number) < 1 || (c.dayOfMonth as number) > 28) {
      problems.push({ field: 'dayOfMonth', reason: 'must be a whole number from 1 to 28 (every month has it)' });
    }
    if (!isLocalTime(c.time)) problems.push({ field: 'time', reason: 'must be a time HH:mm' });
    extraKeys(c, ['kind', 'dayOfMonth', 'time'], problems);
  } else if (c.kind === 'cron') {
    const reason =
      typeof c.expression !== 'string'
        ? 'must be a cron expression'
        : (cronProblem(c.expression) ??
          (!options.allowSubDaily && startsMoreThanDaily(c.expression) ? AT_MOST_DAILY : undefined));
    if (reason) problems.push({ field: 'expression', reason });
    extraKeys(c, ['kind', 'expression'], problems);
  } else {
    problems.push({ field: 'kind', reason: "must be 'monthly' or 'cron'" });
  }
  if (problems.length > 0) return validationFailed('cadence', problems);
  return c.kind === 'monthly'
    ? { kind: 'monthly', dayOfMonth: c.dayOfMonth as number, time: c.time as string }
    : { kind: 'cron', expression: (c.expression as string).trim() };
}

/**
 * The period a cycle started at `scheduledAt` belongs to: 'YYYY-MM' (local) for a monthly cadence, 'YYYY-MM-DD'
 * otherwise. One cycle per programme and period; the cycle's workflow id carries it.
 */
export function periodOf(cadence: Cadence, scheduledAt: number, timeZone: string): string {
  const date = localDateOf(scheduledAt, timeZone);
  return cadence.kind === 'monthly' ? date.slice(0, 7) : date;
}

function extraKeys(c: Record<string, unknown>, allowed: string[], problems: FieldProblem[]): void {
  for (const key of Object.keys(c)) {
    if (!allowed.includes(key)) problems.push({ field: key, reason: `is not a field of a ${String(c.kind)} cadence` });
  }
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface CronField {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const SECOND: CronField = { name: 'second', min: 0, max: 59 };
const MINUTE: CronField = { name: 'minute', min: 0, max: 59 };
const HOUR: CronField = { name: 'hour', min: 0, max: 23 };
const DAY_OF_MONTH: CronField = { name: 'day of month', min: 1, max: 31 };
const MONTH: CronField = { name: 'month', min: 1, max: 12, names: MONTHS };
const DAY_OF_WEEK: CronField = { name: 'day of week', min: 0, max: 6, names: DAYS };
const YEAR: CronField = { name: 'year', min: 2000, max: 2999 };

/** The layouts Temporal accepts: 5, 6 (with year) or 7 (with seconds and year) fields. */
const LAYOUTS: Record<number, CronField[]> = {
  5: [MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK],
  6: [MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK, YEAR],
  7: [SECOND, MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK, YEAR],
};

/**
 * Why a cron expression would not compile into a Temporal Schedule spec, or undefined when it would. Follows the
 * Temporal cron dialect: 5–7 fields, `*`, lists, ranges, steps, month and weekday names, `@daily`-style shorthands
 * and `@every <n>s|m|h|d`. The time zone is the organisation's, so `CRON_TZ=`/`TZ=` prefixes are refused.
 */
export function cronProblem(expression: string): string | undefined {
  const text = expression.trim();
  if (text === '') return 'must not be empty';
  if (/^(CRON_)?TZ=/i.test(text)) return "must not set a time zone: cycles run in the organisation's (ORG_TIME_ZONE)";
  if (text.includes('#')) return 'must not carry a # comment';
  if (text.startsWith('@')) {
    if (/^@(yearly|annually|monthly|weekly|daily|hourly)$/.test(text)) return undefined;
    if (/^@every\s+[1-9]\d*[smhd](\/\d+[smhd])?$/.test(text)) return undefined;
    return 'shorthand must be @yearly, @monthly, @weekly, @daily, @hourly or @every <n>s|m|h|d';
  }
  const fields = text.split(/\s+/);
  const layout = LAYOUTS[fields.length];
  if (!layout) {
    return `must have 5 (minute hour day month weekday), 6 (… year) or 7 (second … year) fields, got ${fields.length}`;
  }
  for (let i = 0; i < fields.length; i++) {
    const problem = fieldProblem(fields[i], layout[i]);
    if (problem) return `${layout[i].name} field "${fields[i]}": ${problem}`;
  }
  return undefined;
}

/** The reason given for a cadence faster than daily (the messages catalogue has its Chinese). */
export const AT_MOST_DAILY =
  'must start cycles at most once a day: one value in the hour and minute (and second) fields, @every at least 1d';

const SECONDS_PER: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * Whether a valid Temporal cron expression may fire more than once on some day: `@hourly`, `@every` shorter than a
 * day, or more than one value in its second, minute or hour field (a list, range, step or `*`).
 */
export function startsMoreThanDaily(expression: string): boolean {
  const text = expression.trim();
  if (text === '@hourly') return true;
  const every = /^@every\s+(\d+)([smhd])/.exec(text);
  if (every) return Number(every[1]) * SECONDS_PER[every[2]] < SECONDS_PER.d;
  if (text.startsWith('@')) return false;
  const fields = text.split(/\s+/);
  // second (7 fields only), minute, hour: each a single value.
  const timeOfDay = fields.length === 7 ? fields.slice(0, 3) : fields.slice(0, 2);
  return timeOfDay.some((field) => !/^\d+$/.test(field));
}

function fieldProblem(field: string, spec: CronField): string | undefined {
  for (const part of field.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) return 'must be *, a value, a range a-b, a list, or one of these with /step';
    if (m[2] !== undefined && Number(m[2]) < 1) return 'step must be at least 1';
    if (m[1] === '*') continue;
    const bounds = m[1].split('-').map((v) => valueOf(v, spec));
    if (bounds.some((v) => v === undefined)) return `values must be ${spec.min}–${spec.max}${names(spec)}`;
    if (bounds.length === 2 && (bounds[0] as number) > (bounds[1] as number)) return 'range must go upwards';
  }
  return undefined;
}

function valueOf(token: string, spec: CronField): number | undefined {
  const named = spec.names?.indexOf(token.toUpperCase()) ?? -1;
  if (named >= 0) return named + spec.min;
  if (!/^\d+$/.test(token)) return undefined;
  const value = Number(token);
  return value >= spec.min && value <= spec.max ? value : undefined;
}

function names(spec: CronField): string {
  return spec.names ? ` or ${spec.names[0]}–${spec.names[spec.names.length - 1]}` : '';
}
