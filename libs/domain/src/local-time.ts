/** A calendar date in the organisation's time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

function parts(date: LocalDate): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
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

/** The local date of an instant in a time zone. */
export function localDateOf(instant: number, tz: string): LocalDate {
  const w = wallClock(instant, tz);
  return `${w.y}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** The instant at which the wall clock in `tz` shows `time` ('HH:mm') on `date`. */
export function instantAt(date: LocalDate, time: string, tz: string): number {
  const [y, m, d] = parts(date);
  const t = TIME.exec(time);
  if (!t) throw new Error(`not an HH:mm time: ${time}`);
  const wall = Date.UTC(y, m - 1, d, +t[1], +t[2]);
  const first = wall - offsetAt(wall, tz);
  // A second pass settles zones whose offset differs on either side of a DST change.
  return wall - offsetAt(first, tz);
}
