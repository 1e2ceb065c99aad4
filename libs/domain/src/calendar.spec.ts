import fc from 'fast-check';
import {
  BUILT_IN_CALENDAR_YEARS,
  builtInCalendarCovers,
  calendarOf,
  createWorkCalendar,
  validateCalendarOverrides,
} from './calendar';
import { DomainError } from './errors';
import { addCalendarDays, compareLocalDate, instantAt, localDateOf } from './local-time';

const calendar = createWorkCalendar();
const TZ = 'Asia/Shanghai';

describe('built-in data', () => {
  it('covers 2004–2026 (chinese-days 1.5.7); later years fall back to Mon–Fri', () => {
    expect(BUILT_IN_CALENDAR_YEARS).toEqual({ first: 2004, last: 2026 });
    expect(builtInCalendarCovers(2026)).toBe(true);
    expect(builtInCalendarCovers(2027)).toBe(false);
    // 2027-01-01 is a Friday: a holiday in reality, a working day by the fallback until an admin overrides it.
    expect(calendar.describe('2027-01-01')).toEqual({ date: '2027-01-01', working: true, source: 'weekday' });
    expect(calendar.isWorkingDay('2030-04-06')).toBe(false); // a Saturday
  });

  it('uses the data only up to the year a workflow started with, so a newer package cannot move its dates', () => {
    const upTo2025 = createWorkCalendar([], { builtInThrough: 2025 });
    expect(upTo2025.describe('2025-10-01')).toMatchObject({ working: false, source: 'builtin' });
    expect(upTo2025.describe('2026-10-01')).toEqual({ date: '2026-10-01', working: true, source: 'weekday' });
    expect(upTo2025.isWorkingDay('2026-09-20')).toBe(false); // a Sunday, 调休 only in the 2026 data
    // A workflow that recorded no year started on chinese-days 1.5.7 (data to 2026) and keeps planning with it.
    expect(calendarOf({ calendarOverrides: [] }).describe('2026-10-01')).toMatchObject({ source: 'builtin' });
    expect(calendarOf({ calendarOverrides: [], calendarYearsThrough: 2025 }).isWorkingDay('2026-10-01')).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it.each([
    // National Day + Mid-Autumn 2026: Oct 1–7 off; Sun Sep 20 and Sat Oct 10 are 调休 make-up workdays.
    ['2026-09-20', true, 'Sunday make-up workday for National Day'],
    ['2026-09-25', false, 'Mid-Autumn Festival (Friday)'],
    ['2026-09-30', true, 'Wednesday before National Day'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-05', false, 'National Day (Monday)'],
    ['2026-10-07', false, 'National Day (Wednesday)'],
    ['2026-10-08', true, 'Thursday after National Day'],
    ['2026-10-10', true, 'Saturday make-up workday'],
    ['2026-10-11', false, 'ordinary Sunday'],
    // Spring Festival 2026: Feb 15–23 off; Sat Feb 14 and Sat Feb 28 are make-up workdays.
    ['2026-02-14', true, 'Saturday make-up workday before Spring Festival'],
    ['2026-02-16', false, 'Spring Festival Eve (Monday)'],
    ['2026-02-23', false, 'last day of Spring Festival (Monday)'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-02-28', true, 'Saturday make-up workday after Spring Festival'],
    ['2026-11-25', true, 'ordinary Wednesday'],
    ['2026-11-28', false, 'ordinary Saturday'],
  ])('%s → %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('names the day for the battle map', () => {
    expect(calendar.describe('2026-10-01')).toMatchObject({ working: false, source: 'builtin', name: '国庆节' });
    expect(calendar.describe('2026-10-10')).toMatchObject({ working: true, name: '国庆节调休上班' });
  });

  it('lets admin overrides win over the built-in data', () => {
    const adjusted = createWorkCalendar([
      { date: '2026-10-10', kind: 'holiday', note: '片区统一休息' },
      { date: '2026-10-05', kind: 'workday', note: '抢工期' },
      { date: '2027-01-01', kind: 'holiday', note: '元旦' },
    ]);
    expect(adjusted.isWorkingDay('2026-10-10')).toBe(false);
    expect(adjusted.isWorkingDay('2026-10-05')).toBe(true);
    expect(adjusted.addWorkingDays('2026-09-30', 1)).toBe('2026-10-05');
    expect(adjusted.describe('2027-01-01')).toEqual({
      date: '2027-01-01',
      working: false,
      source: 'override',
      name: '元旦',
    });
  });
});

describe('working-day arithmetic across National Day 2026', () => {
  it.each([
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 2, '2026-10-09'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-10-08', -1, '2026-09-30'],
    ['2026-10-03', 1, '2026-10-08'], // from a day off the first step lands on the next working day
    ['2026-10-03', -1, '2026-09-30'],
    ['2026-09-18', 1, '2026-09-20'], // Friday → make-up Sunday
    ['2026-02-13', 2, '2026-02-24'], // Spring Festival: Fri → Sat 14 (make-up) → Tue 24
    ['2026-11-25', 0, '2026-11-25'],
  ])('addWorkingDays(%s, %d) = %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-09-28', '2026-10-12', 6], // Mon 28, Tue 29, Wed 30, Thu 8, Fri 9, Sat 10
    ['2026-10-01', '2026-10-08', 0],
    ['2026-10-08', '2026-10-01', 0],
    ['2026-02-09', '2026-03-02', 11], // Feb 9–13 (5), Sat 14, Feb 24–27 (4), Sat 28; Mar 2 excluded
  ])('workingDaysBetween(%s, %s) = %d', (a, b, expected) => {
    expect(calendar.workingDaysBetween(a, b)).toBe(expected);
  });

  it('finds the nearest working day on either side of a holiday', () => {
    expect(calendar.previousWorkingDayOnOrBefore('2026-10-04')).toBe('2026-09-30');
    expect(calendar.nextWorkingDayOnOrAfter('2026-10-04')).toBe('2026-10-08');
    expect(calendar.previousWorkingDayOnOrBefore('2026-10-08')).toBe('2026-10-08');
    expect(calendar.nextWorkingDayOnOrAfter('2026-02-15')).toBe('2026-02-24');
  });

  const date = fc.integer({ min: 0, max: 365 * 3 }).map((n) => addCalendarDays('2024-06-01', n));
  it('addWorkingDays(d, n) lands on a working day, and n working days lie between', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const later = calendar.addWorkingDays(d, n);
        expect(calendar.isWorkingDay(later)).toBe(true);
        expect(calendar.workingDaysBetween(addCalendarDays(d, 1), addCalendarDays(later, 1))).toBe(n);
        const earlier = calendar.addWorkingDays(d, -n);
        expect(calendar.isWorkingDay(earlier)).toBe(true);
        expect(calendar.workingDaysBetween(earlier, d)).toBe(n);
      }),
    );
  });

  it('workingDaysBetween counts exactly the days isWorkingDay says are working, overrides and data limit included', () => {
    const anyDate = fc.integer({ min: 0, max: 365 * 26 }).map((n) => addCalendarDays('2003-01-01', n));
    const override = fc.record({ date: anyDate, kind: fc.constantFrom('holiday' as const, 'workday' as const) });
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -3, max: 900 }),
        fc.uniqueArray(override, { selector: (o) => o.date, maxLength: 8 }),
        fc.constantFrom(2020, BUILT_IN_CALENDAR_YEARS.last),
        (a, days, overrides, builtInThrough) => {
          const cal = createWorkCalendar(overrides, { builtInThrough });
          const b = addCalendarDays(a, days);
          let walked = 0;
          for (let d = a; compareLocalDate(d, b) < 0; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) walked++;
          expect(cal.workingDaysBetween(a, b)).toBe(walked);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('walking forward then back from a working day returns to it', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 40 }), (d, n) => {
        const start = calendar.nextWorkingDayOnOrAfter(d);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(start, n), -n)).toBe(start);
        expect(compareLocalDate(calendar.previousWorkingDayOnOrBefore(d), d)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('local time', () => {
  it.each([
    ['2026-10-01', '09:00', 'Asia/Shanghai', '2026-10-01T01:00:00.000Z'],
    ['2026-10-01', '00:30', 'Asia/Shanghai', '2026-09-30T16:30:00.000Z'],
    ['2026-07-01', '09:00', 'Europe/Berlin', '2026-07-01T07:00:00.000Z'], // summer time, +2
    ['2026-12-01', '09:00', 'Europe/Berlin', '2026-12-01T08:00:00.000Z'], // winter, +1
    ['2026-03-08', '09:00', 'America/New_York', '2026-03-08T13:00:00.000Z'], // the day DST starts
  ])('instantAt(%s, %s, %s) = %s', (d, time, tz, iso) => {
    expect(new Date(instantAt(d, time, tz)).toISOString()).toBe(iso);
  });

  it('localDateOf reads the date in the zone, not in UTC', () => {
    const t = Date.parse('2026-09-30T16:30:00Z');
    expect(localDateOf(t, TZ)).toBe('2026-10-01');
    expect(localDateOf(t, 'UTC')).toBe('2026-09-30');
  });

  it('round-trips: the local date of instantAt(d, t) is d', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC'),
        (n, h, tz) => {
          const d = addCalendarDays('2025-01-01', n);
          const hhmm = `${String(h).padStart(2, '0')}:15`;
          expect(localDateOf(instantAt(d, hhmm, tz), tz)).toBe(d);
        },
      ),
    );
  });

  it('rejects malformed dates and times with a DomainError', () => {
    expect(() => addCalendarDays('2026-1-5', 1)).toThrow(DomainError);
    expect(() => instantAt('2026-01-05', '9:00', TZ)).toThrow(DomainError);
  });
});

describe('validateCalendarOverrides', () => {
  it('accepts a clean list', () => {
    expect(validateCalendarOverrides([{ date: '2027-01-01', kind: 'holiday', note: '元旦' }])).toEqual([
      { date: '2027-01-01', kind: 'holiday', note: '元旦' },
    ]);
  });

  it('names every bad field', () => {
    const result = validateCalendarOverrides([
      { date: '2027-02-30', kind: 'holiday' },
      { date: '2027-01-01', kind: 'weekend' },
      { date: '2027-01-01', kind: 'workday' },
    ]);
    expect(result).toBeInstanceOf(DomainError);
    expect((result as DomainError).details.fields).toEqual([
      { field: 'overrides[0].date', reason: 'must be a date YYYY-MM-DD' },
      { field: 'overrides[1].kind', reason: "must be 'holiday' or 'workday'" },
      { field: 'overrides[2].date', reason: '2027-01-01 is overridden twice' },
    ]);
  });
});
