import { DomainError } from './errors';

/** A calendar date in the organisation's time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time of day, 'HH:mm' (24 h). */
export type LocalTime = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a value is a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Whether a value is an 'HH:mm' time between 00:00 and 23:59. */
export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && TIME.test(value);
}

function parts(date: LocalDate): [number, number, number] {
  const m = DATE.exec(date);
  // A malformed date is a programming error at this depth; edges check with isLocalDate first.
  if (!m) throw new DomainError('VALIDATION_FAILED', `"${date}" is not a date written YYYY-MM-DD`, { value: date });
  return [+m[1], +m[2], +m[3]];
}

function format(utc: Date): LocalDate {
  return utc.toISOString().slice(0, 10);
}

/** The date n calendar days later (n may be negative). */
export function addCalendarDays(date: LocalDate, n: number): LocalDate {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + n)));
}

/** Calendar days from a to b (negative when b is earlier). */
export function calendarDaysBetween(a: LocalDate, b: LocalDate): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** Negative, 0 or positive as a is before, on or after b ('YYYY-MM-DD' sorts as text). */
export function compareLocalDate(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a time zone. */
function wallClock(
  instant: number,
  tz: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p = Object.fromEntries(
    formatter(tz)
      .formatToParts(new Date(instant))
      .map((x) => [x.type, x.value]),
  );
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, s: +p.second };
}

/** Offset of the zone from UTC at an instant, in ms (Asia/Shanghai: +8 h). */
function offsetAt(instant: number, tz: string): number {
  const w = wallClock(instant, tz);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(instant / 1000) * 1000;
}

/** The local date of an instant (epoch ms) in a time zone, e.g. localDateOf(t, 'Asia/Shanghai'). */
export function localDateOf(instant: number, tz: string): LocalDate {
  const w = wallClock(instant, tz);
  return `${w.y}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** The wall-clock time of an instant in a time zone, 'HH:mm' (24 h), e.g. localTimeOf(t, 'Asia/Shanghai'). */
export function localTimeOf(instant: number, tz: string): LocalTime {
  const w = wallClock(instant, tz);
  return `${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD HH:mm' of an instant in a time zone, as the ledgers and dossiers print it. */
export function localDateTimeOf(instant: number, tz: string): string {
  // One reading of the wall clock: the ledger export calls this for every row.
  const w = wallClock(instant, tz);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.y}-${two(w.mo)}-${two(w.d)} ${two(w.h)}:${two(w.mi)}`;
}

/** An instant as a person reads it in Chinese: 2026年12月9日 14:05, or 12月9日 14:05 without the year. */
export function chineseDateTimeOf(instant: number, tz: string, options: { year: boolean } = { year: true }): string {
  const w = wallClock(instant, tz);
  const time = `${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;
  return `${options.year ? `${w.y}年` : ''}${w.mo}月${w.d}日 ${time}`;
}

/**
 * The instant (epoch ms) at which the wall clock in `tz` shows `time` ('HH:mm') on `date`. The zone's offset comes
 * from Intl (no hard-coded +8), which the Temporal workflow sandbox supports deterministically.
 */
export function instantAt(date: LocalDate, time: LocalTime, tz: string): number {
  const [y, m, d] = parts(date);
  const t = TIME.exec(time);
  if (!t) throw new DomainError('VALIDATION_FAILED', `"${time}" is not a time written HH:mm`, { value: time });
  const wall = Date.UTC(y, m - 1, d, +t[1], +t[2]);
  const first = wall - offsetAt(wall, tz);
  // A second pass settles zones whose offset differs on either side of a DST change.
  return wall - offsetAt(first, tz);
}
