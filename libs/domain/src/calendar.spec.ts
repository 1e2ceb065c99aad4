import { createWorkCalendar } from './calendar';
import { instantAt, localDateOf } from './local-time';

describe('working-day calendar (工作日)', () => {
  const cal = createWorkCalendar();

  it.each([
    ['2026-09-30', true, 'Wednesday before National Day'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of the Golden Week'],
    ['2026-10-08', true, 'back to work'],
    ['2026-10-10', true, '调休: the Saturday is a make-up workday'],
    ['2026-10-11', false, 'an ordinary Sunday'],
    ['2026-02-15', false, 'Spring Festival'],
    ['2026-02-14', true, '调休 Saturday before Spring Festival'],
    ['2026-02-28', true, '调休 Saturday after Spring Festival'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('steps over the National Day week in both directions', () => {
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(cal.previousWorkingDayOnOrBefore('2026-10-04')).toBe('2026-09-30');
    expect(cal.nextWorkingDayOnOrAfter('2026-10-04')).toBe('2026-10-08');
    expect(cal.workingDaysBetween('2026-09-28', '2026-10-12')).toBe(6); // 9/28,29,30, 10/8,9,10(调休)
  });

  it('lets admin overrides win over the built-in data', () => {
    const patched = createWorkCalendar([
      { date: '2026-10-08', kind: 'holiday', note: '单位补休' },
      { date: '2026-10-11', kind: 'workday' },
    ]);
    expect(patched.isWorkingDay('2026-10-08')).toBe(false);
    expect(patched.isWorkingDay('2026-10-11')).toBe(true);
    expect(patched.addWorkingDays('2026-09-30', 1)).toBe('2026-10-09');
  });

  it('falls back to Monday–Friday for a year without published data', () => {
    expect(cal.isWorkingDay('2030-04-05')).toBe(true); // a Friday
    expect(cal.isWorkingDay('2030-04-06')).toBe(false); // a Saturday
  });
});

describe('local time in the organisation zone', () => {
  it('maps 09:00 Asia/Shanghai to 01:00 UTC and back', () => {
    const at = instantAt('2026-10-08', '09:00', 'Asia/Shanghai');
    expect(new Date(at).toISOString()).toBe('2026-10-08T01:00:00.000Z');
    expect(localDateOf(at, 'Asia/Shanghai')).toBe('2026-10-08');
    expect(localDateOf(Date.parse('2026-10-07T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-10-08');
  });

  it('handles a zone with daylight saving time', () => {
    expect(new Date(instantAt('2026-07-01', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(new Date(instantAt('2026-12-01', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });
});
