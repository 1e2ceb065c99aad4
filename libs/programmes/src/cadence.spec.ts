import { DomainError } from '../../domain/src';
import { cronProblem, DEFAULT_CADENCE, periodOf, startsMoreThanDaily, validateCadence } from './cadence';

const problems = (input: unknown) => {
  const result = validateCadence(input);
  return result instanceof DomainError ? (result.details.fields as { field: string }[]).map((f) => f.field) : [];
};

describe('cadence', () => {
  it.each([
    [DEFAULT_CADENCE, []],
    [{ kind: 'monthly', dayOfMonth: 1, time: '00:00' }, []],
    [{ kind: 'monthly', dayOfMonth: 29, time: '09:00' }, ['dayOfMonth']],
    [{ kind: 'monthly', dayOfMonth: 2.5, time: '9:00' }, ['dayOfMonth', 'time']],
    [{ kind: 'monthly', dayOfMonth: 25, time: '09:00', expression: '* * * * *' }, ['expression']],
    [{ kind: 'weekly' }, ['kind']],
    [{ kind: 'cron', expression: '0 9 25 * *' }, []],
    [{ kind: 'cron', expression: '0 9 32 * *' }, ['expression']],
    [{ kind: 'cron' }, ['expression']],
  ])('validates %j → problems in %j', (input, fields) => {
    expect(problems(input)).toEqual(fields);
  });

  it.each([
    '0 9 25 * *',
    '30 8 1-7 * MON',
    '0 9 25 JAN-DEC/2 *',
    '*/2 * * * * * *',
    '0 0 9 25 * * 2027',
    '0 9 * * 1,3,5 2026',
    '@monthly',
    '@every 5s',
  ])('accepts the Temporal cron %s', (expression) => {
    expect(cronProblem(expression)).toBeUndefined();
  });

  it.each([
    ['', 'must not be empty'],
    ['0 9 25 *', 'got 4'],
    ['60 9 25 * *', 'minute field "60"'],
    ['0 24 * * *', 'hour field'],
    ['0 9 0 * *', 'day of month field'],
    ['0 9 25 13 *', 'month field'],
    ['0 9 * * 7', 'day of week field'],
    ['0 9 10-5 * *', 'range must go upwards'],
    ['0 9 */0 * *', 'step must be at least 1'],
    ['CRON_TZ=UTC 0 9 25 * *', 'time zone'],
    ['@fortnightly', 'shorthand'],
    ['0 9 25 * * # pay day', 'comment'],
  ])('refuses %j naming the problem', (expression, reason) => {
    expect(cronProblem(expression)).toContain(reason);
  });

  it.each(['@every 1s', '@every 23h', '@hourly', '*/2 * * * * * *', '0 9,21 * * *', '0 * * * *', '*/30 9 * * *'])(
    'refuses %s: it would start cycles more often than daily',
    (expression) => {
      expect(startsMoreThanDaily(expression)).toBe(true);
      expect(problems({ kind: 'cron', expression })).toEqual(['expression']);
    },
  );

  it.each(['@every 1d', '@every 24h', '@daily', '@weekly', '0 9 * * *', '0 9 25 * *', '0 0 9 25 * * 2027'])(
    'accepts %s: at most once a day',
    (expression) => {
      expect(startsMoreThanDaily(expression)).toBe(false);
      expect(problems({ kind: 'cron', expression })).toEqual([]);
    },
  );

  it('lets the test-only override through a cadence faster than daily', () => {
    expect(validateCadence({ kind: 'cron', expression: '*/2 * * * * * *' }, { allowSubDaily: true })).toEqual({
      kind: 'cron',
      expression: '*/2 * * * * * *',
    });
  });

  it('puts a cycle in the local month (monthly) or local day (cron) of its nominal time', () => {
    // 2026-11-30T17:30Z is already 1 December in Shanghai.
    const at = Date.parse('2026-11-30T17:30:00Z');
    expect(periodOf(DEFAULT_CADENCE, at, 'Asia/Shanghai')).toBe('2026-12');
    expect(periodOf(DEFAULT_CADENCE, at, 'UTC')).toBe('2026-11');
    expect(periodOf({ kind: 'cron', expression: '@daily' }, at, 'Asia/Shanghai')).toBe('2026-12-01');
  });
});
