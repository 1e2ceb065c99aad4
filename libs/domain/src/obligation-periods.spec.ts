import { alertsBetween } from './alerts';
import { createWorkCalendar } from './calendar';
import { DomainError } from './errors';
import { allowedObligationActions, obligationTransition } from './obligation-lifecycle';
import { addCalendarDays, compareLocalDate, instantAt, type LocalDate } from './local-time';
import {
  alertsBeforeClose,
  CALENDAR_CADENCES,
  nextPeriod,
  obligationAlertInput,
  obligationClosesAt,
  obligationDates,
  obligationLight,
  obligationOutcome,
  obligationPeriodOf,
  type ObligationStatus,
  periodContaining,
  validateObligationWindow,
} from './obligation-periods';
import { DEFAULT_POLICY_SET } from './policy';

const calendar = createWorkCalendar();
const TZ = 'Asia/Shanghai';

describe('periods of a calendar cadence', () => {
  it.each([
    ['monthly', '2026-02-14', '2026-02', '2026-02-01', '2026-02-28'],
    ['monthly', '2028-02-29', '2028-02', '2028-02-01', '2028-02-29'],
    ['quarterly', '2026-11-15', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['quarterly', '2026-04-01', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarterly', '2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['half_yearly', '2026-06-30', '2026-H1', '2026-01-01', '2026-06-30'],
    ['half_yearly', '2026-07-01', '2026-H2', '2026-07-01', '2026-12-31'],
    ['yearly', '2026-08-08', '2026', '2026-01-01', '2026-12-31'],
  ] as const)('%s period of %s is %s (%s – %s)', (cadence, date, key, start, end) => {
    expect(periodContaining(cadence, date)).toEqual({ key, start, end });
  });

  it.each([
    ['monthly', '2026-12-05', '2027-01'],
    ['quarterly', '2026-12-05', '2027-Q1'],
    ['half_yearly', '2026-12-05', '2027-H1'],
    ['yearly', '2026-12-05', '2027'],
  ] as const)('after the %s period of %s comes %s', (cadence, date, key) => {
    expect(nextPeriod(cadence, periodContaining(cadence, date)).key).toBe(key);
  });

  it.each(CALENDAR_CADENCES)('%s periods tile the years: every day in exactly one, back to back', (cadence) => {
    let period = periodContaining(cadence, '2025-01-01');
    for (let day: LocalDate = '2025-01-01'; compareLocalDate(day, '2028-12-31') <= 0; day = addCalendarDays(day, 1)) {
      if (compareLocalDate(day, period.end) > 0) {
        const next = nextPeriod(cadence, period);
        expect(next.start).toBe(addCalendarDays(period.end, 1));
        period = next;
      }
      expect(periodContaining(cadence, day)).toEqual(period);
    }
  });

  it("reads the period in the organisation's zone from the Schedule's nominal time", () => {
    // 00:30 on 1 April in Shanghai is still 31 March in UTC.
    const nominal = Date.parse('2026-03-31T16:30:00Z');
    expect(obligationPeriodOf({ kind: 'monthly' }, nominal, TZ).key).toBe('2026-04');
    expect(obligationPeriodOf({ kind: 'quarterly' }, nominal, TZ).key).toBe('2026-Q2');
    expect(obligationPeriodOf({ kind: 'cron', expression: '0 9 * * MON' }, nominal, TZ)).toEqual({
      key: '2026-04-01',
      start: '2026-04-01',
      end: '2026-04-01',
    });
  });
});

describe('windows on the Chinese working-day calendar', () => {
  it.each([
    // 「每月25日前」 on a plain Wednesday; the grace counts the 调休 Saturday 28 February.
    ['monthly', '2026-02-01', { kind: 'day_of_last_month', day: 25 }, 5, '2026-02-25', '2026-03-03'],
    // 20 February 2026 is in the Spring Festival: back to the 调休 Saturday before it; five working days later
    // (24–27 February and the make-up Saturday 28th) the period closes.
    ['monthly', '2026-02-01', { kind: 'day_of_last_month', day: 20 }, 5, '2026-02-14', '2026-02-28'],
    // The 31st of a 30-day month is its last day; the grace runs over the National Day holiday to the 调休 Saturday.
    ['quarterly', '2026-07-01', { kind: 'day_of_last_month', day: 31 }, 3, '2026-09-30', '2026-10-10'],
    // 20 June 2026 (Saturday) and 19 June (端午) are off: Thursday the 18th.
    ['half_yearly', '2026-01-01', { kind: 'day_of_last_month', day: 20 }, 0, '2026-06-18', '2026-06-18'],
    ['monthly', '2028-02-01', { kind: 'day_of_last_month', day: 31 }, 1, '2028-02-29', '2028-03-01'],
    // 1–3 January 2026 are 元旦; Sunday the 4th is worked: the 5th working day is the 8th.
    ['quarterly', '2026-01-01', { kind: 'working_days', days: 5 }, 2, '2026-01-08', '2026-01-12'],
    ['yearly', '2026-01-01', { kind: 'day_of_last_month', day: 31 }, 10, '2026-12-31', '2027-01-14'],
  ] as const)(
    '%s from %s with %j closing after %i working days: due %s, closes %s',
    (cadence, start, window, grace, due, closes) => {
      const period = periodContaining(cadence, start);
      expect(obligationDates(period, window, grace, calendar)).toEqual({ period, due, closes });
    },
  );

  it("follows the admin's overrides like the items do", () => {
    const withOverride = createWorkCalendar([{ date: '2026-03-25', kind: 'holiday', note: '片区停工日' }]);
    const period = periodContaining('monthly', '2026-03-01');
    expect(obligationDates(period, { kind: 'day_of_last_month', day: 25 }, 1, withOverride).due).toBe('2026-03-24');
  });

  it('opens a cron period on its fire date and counts the window from it', () => {
    const period = obligationPeriodOf({ kind: 'cron', expression: '0 9 * * FRI' }, Date.parse('2026-09-25T01:00Z'), TZ);
    // Friday 25 September 2026 is a holiday (中秋); working days from the next one, Monday the 28th.
    expect(obligationDates(period, { kind: 'working_days', days: 2 }, 1, calendar).due).toBe('2026-09-29');
  });
});

describe('outcome and light', () => {
  const dates = { due: '2026-03-25' };
  it.each([
    ['open', null, 'pending'],
    ['recorded', '2026-03-20', 'pending'],
    ['done', '2026-03-25', 'on_time'],
    ['done', '2026-03-26', 'late'],
    ['recorded', '2026-03-27', 'late'],
    ['sent_back', '2026-03-26', 'late'],
    ['missed', null, 'missed'],
  ] as const)('%s, first submitted %s → %s', (status, submitted, outcome) => {
    expect(obligationOutcome(status, dates, submitted)).toBe(outcome);
  });

  it.each([
    ['open', null, '2026-03-10', 'green'],
    ['open', null, '2026-03-20', 'yellow'], // 3 working days left: 23, 24, 25
    ['open', null, '2026-03-26', 'red'],
    ['recorded', '2026-03-24', '2026-03-30', 'green'],
    ['done', '2026-03-27', '2026-03-30', 'yellow'],
    ['sent_back', '2026-03-20', '2026-03-30', 'green'],
    ['missed', null, '2026-04-10', 'red'],
  ] as const)('%s (first submitted %s) on %s is %s', (status, submitted, today, light) => {
    expect(obligationLight(status, dates, submitted, today, calendar, 3)).toBe(light);
  });
});

describe("the items' reminder and 督办 ladder for one record", () => {
  const policy = { ...DEFAULT_POLICY_SET.base, version: DEFAULT_POLICY_SET.version };
  const dates = obligationDates(
    periodContaining('monthly', '2026-03-01'),
    { kind: 'day_of_last_month', day: 25 },
    5,
    calendar,
  );
  const closesAt = obligationClosesAt(dates, TZ);

  it('reminds at T−3, T−1 and T, chases each working day after, escalates at +1 and +5, and stops at the close', () => {
    const input = obligationAlertInput(dates, false, policy, calendar, TZ);
    const alerts = alertsBeforeClose(
      alertsBetween(input, instantAt('2026-03-01', '00:00', TZ), closesAt + 30 * 86_400_000),
      closesAt,
    );
    expect(
      alerts.map((a) => `${a.kind}${a.level ?? ''}@${new Date(a.dueAt + 8 * 3_600_000).toISOString().slice(0, 10)}`),
    ).toEqual([
      'reminder@2026-03-20', // T−3 = Sunday the 22nd → Friday the 20th
      'reminder@2026-03-24',
      'reminder@2026-03-25',
      'escalation1@2026-03-26',
      'overdue_chase@2026-03-26',
      'overdue_chase@2026-03-27',
      'overdue_chase@2026-03-30',
      'overdue_chase@2026-03-31',
      'escalation2@2026-04-01',
      'overdue_chase@2026-04-01',
    ]);
    expect(dates.closes).toBe('2026-04-01');
  });

  it('has nothing more to say once the record is in', () => {
    const input = obligationAlertInput(dates, true, policy, calendar, TZ);
    const alerts = alertsBetween(input, instantAt('2026-03-01', '00:00', TZ), closesAt);
    expect(alerts).toEqual([]);
  });
});

describe('window validation', () => {
  it('accepts both windows', () => {
    expect(validateObligationWindow({ kind: 'day_of_last_month', day: 25 }, { kind: 'monthly' })).toEqual({
      kind: 'day_of_last_month',
      day: 25,
    });
    expect(
      validateObligationWindow({ kind: 'working_days', days: 3 }, { kind: 'cron', expression: '@weekly' }),
    ).toEqual({
      kind: 'working_days',
      days: 3,
    });
  });

  it.each([
    [{ kind: 'day_of_last_month', day: 0 }, { kind: 'monthly' }, ['day']],
    [{ kind: 'day_of_last_month', day: 5 }, { kind: 'cron', expression: '@weekly' }, ['kind']],
    [{ kind: 'working_days', days: 2.5, day: 3 }, { kind: 'quarterly' }, ['days', 'day']],
    [{ kind: 'weekly' }, { kind: 'monthly' }, ['kind']],
  ] as const)('refuses %j for %j naming %j', (window, cadence, fields) => {
    const result = validateObligationWindow(window, cadence);
    expect(result).toBeInstanceOf(DomainError);
    expect(((result as DomainError).details.fields as { field: string }[]).map((f) => f.field)).toEqual(fields);
  });
});

describe('the obligation lifecycle (rule table)', () => {
  const facts = (status: ObligationStatus, confirmationRequired = true) => ({
    status,
    confirmationRequired,
    closes: '2026-04-01',
  });
  it.each([
    ['open', 'submit', true, '2026-03-20', 'recorded'],
    ['open', 'submit', false, '2026-03-20', 'done'],
    ['sent_back', 'submit', true, '2026-04-01', 'recorded'],
    ['recorded', 'confirm', true, '2026-04-09', 'done'],
    ['recorded', 'send_back', true, '2026-03-27', 'sent_back'],
  ] as const)('%s --%s (confirmation %s) on %s→ %s', (status, action, confirm, today, next) => {
    expect(obligationTransition(facts(status, confirm), action, today, 'reason')).toBe(next);
  });

  it.each([
    ['recorded', 'submit', '2026-03-20', 'ILLEGAL_TRANSITION'],
    ['done', 'submit', '2026-03-20', 'ILLEGAL_TRANSITION'],
    ['missed', 'submit', '2026-04-02', 'ILLEGAL_TRANSITION'],
    ['open', 'confirm', '2026-03-20', 'ILLEGAL_TRANSITION'],
    ['open', 'submit', '2026-04-02', 'CONFLICT'],
  ] as const)('%s --%s on %s is refused with %s', (status, action, today, code) => {
    const result = obligationTransition(facts(status), action, today, 'reason');
    expect(result).toBeInstanceOf(DomainError);
    expect((result as DomainError).code).toBe(code);
  });

  it('sends a record back only with a reason, and names the field', () => {
    const result = obligationTransition(facts('recorded'), 'send_back', '2026-03-27', '  ');
    expect((result as DomainError).details.fields).toEqual([
      { field: 'reason', reason: 'is required to send a record back' },
    ]);
  });

  it('offers each side exactly its possible actions', () => {
    expect(allowedObligationActions(facts('open'), 'unit', '2026-03-20')).toEqual(['submit']);
    expect(allowedObligationActions(facts('open'), 'unit', '2026-04-02')).toEqual([]);
    expect(allowedObligationActions(facts('recorded'), 'lead', '2026-04-02')).toEqual(['confirm', 'send_back']);
    expect(allowedObligationActions(facts('open'), 'lead', '2026-03-20')).toEqual([]);
  });
});
