import fc from 'fast-check';
import {
  type Alert,
  type AlertInput,
  alertsBetween,
  escalationLevelAt,
  lightOf,
  nextAlert,
  nextLightChange,
  readLight,
  nextAlerts,
  overdueWorkingDays,
} from './alerts';
import { type CalendarOverride, createWorkCalendar } from './calendar';
import { addCalendarDays, instantAt, type LocalDate, localDateOf } from './local-time';
import { planMilestones } from './milestones';
import { DEFAULT_POLICY_SET, type ItemPolicy, type MilestoneKey, POLICY_SET_V1, resolvePolicy } from './policy';

const TZ = 'Asia/Shanghai';
const policy = resolvePolicy(POLICY_SET_V1, 'major');
const at = (date: LocalDate, time: string): number => instantAt(date, time, TZ);

/** 'MM-DD HH:mm kind milestone-or-level key-suffix' in Shanghai time, as a person reads the schedule. */
function show(a: Alert): string {
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, dateStyle: 'short', timeStyle: 'short' }).format(
    a.dueAt,
  );
  const what =
    a.kind === 'escalation' ? `L${a.level}` : a.kind === 'reminder' ? `${a.milestone} T-${a.offsetDays}` : a.milestone;
  return `${local.slice(5)} ${a.kind} ${what}`;
}

function inputFor(
  today: LocalDate,
  deadline: LocalDate,
  overrides: CalendarOverride[] = [],
  itemPolicy: ItemPolicy = policy,
): AlertInput {
  const calendar = createWorkCalendar(overrides);
  const milestones = planMilestones({ deadline, today, policy: itemPolicy, calendar });
  return { milestones, completed: [], deadline, policy: itemPolicy, calendar, tz: TZ };
}

/**
 * The workflow's loop in miniature: sleep to the next alerts, unless a milestone is done first, in which case ask
 * again from that moment with the larger completed set.
 */
function simulate(input: AlertInput, from: number, until: number, done: [MilestoneKey, number][] = []): string[] {
  const sent: string[] = [];
  let completed: MilestoneKey[] = [];
  let cursor = from;
  const pending = [...done].sort((a, b) => a[1] - b[1]);
  for (;;) {
    const batch = nextAlerts({ ...input, completed }, cursor);
    const next = pending[0];
    if (next && (batch.length === 0 || next[1] < batch[0].dueAt)) {
      completed = [...completed, next[0]];
      cursor = next[1];
      pending.shift();
      continue;
    }
    if (batch.length === 0 || batch[0].dueAt > until) return sent;
    sent.push(...batch.map(show));
    cursor = batch[0].dueAt;
  }
}

describe('the default policy over 30 days', () => {
  // Created Wed 2026-11-25 10:00, deadline Fri 2026-12-25: plan 11-30, progress 12-10, evidence 12-22, D 12-25.
  const input = inputFor('2026-11-25', '2026-12-25');
  const created = at('2026-11-25', '10:00');

  it('plans the milestones', () => {
    expect(input.milestones.map((m) => `${m.key} ${m.due}`)).toEqual([
      'plan 2026-11-30',
      'progress 2026-12-10',
      'evidence 2026-12-22',
      'verification 2026-12-25',
    ]);
  });

  it('sends only reminders to a unit that does everything on the due day', () => {
    const done: [MilestoneKey, number][] = [
      ['plan', at('2026-11-30', '15:00')],
      ['progress', at('2026-12-10', '15:00')],
      ['evidence', at('2026-12-22', '15:00')],
      ['verification', at('2026-12-25', '16:00')],
    ];
    expect(simulate(input, created, at('2027-01-31', '00:00'), done)).toEqual([
      '11-27 09:00 reminder plan T-1', // T−3 Fri 11-27 and T−1 Sun 11-29 (→ Fri) collapse into the more urgent
      '11-30 09:00 reminder plan T-0',
      '12-07 09:00 reminder progress T-3',
      '12-09 09:00 reminder progress T-1',
      '12-10 09:00 reminder progress T-0',
      '12-18 09:00 reminder evidence T-3', // Sat 12-19 → Fri
      '12-21 09:00 reminder evidence T-1',
      '12-22 09:00 reminder evidence T-0',
      '12-22 09:00 reminder verification T-3',
      '12-24 09:00 reminder verification T-1',
      '12-25 09:00 reminder verification T-0',
    ]);
  });

  it('chases every working day and escalates an item that is left alone', () => {
    // 2027 is not in chinese-days 1.5.7: the admin adds New Year's Day so level 2 does not land on it.
    const withNewYear = inputFor('2026-11-25', '2026-12-25', [{ date: '2027-01-01', kind: 'holiday', note: '元旦' }]);
    const sent = simulate(withNewYear, created, at('2027-01-06', '00:00'));
    expect(sent.filter((s) => !s.includes('reminder'))).toEqual([
      '12-01 09:00 overdue_chase plan',
      '12-02 09:00 overdue_chase plan',
      '12-03 09:00 overdue_chase plan',
      '12-04 09:00 overdue_chase plan',
      '12-07 09:00 overdue_chase plan',
      '12-08 09:00 overdue_chase plan',
      '12-09 09:00 overdue_chase plan',
      '12-10 09:00 overdue_chase plan',
      '12-11 09:00 overdue_chase plan',
      '12-14 09:00 overdue_chase plan',
      '12-15 09:00 overdue_chase plan',
      '12-16 09:00 overdue_chase plan',
      '12-17 09:00 overdue_chase plan',
      '12-18 09:00 overdue_chase plan',
      '12-21 09:00 overdue_chase plan',
      '12-22 09:00 overdue_chase plan',
      '12-23 09:00 overdue_chase plan',
      '12-24 09:00 overdue_chase plan',
      '12-25 09:00 overdue_chase plan',
      '12-28 09:00 escalation L1', // one working day past Fri 12-25
      '12-28 09:00 overdue_chase plan',
      '12-29 09:00 overdue_chase plan',
      '12-30 09:00 overdue_chase plan',
      '12-31 09:00 overdue_chase plan',
      '01-04 09:00 escalation L2', // five working days: 28, 29, 30, 31, (Jan 1 off), Mon Jan 4
      '01-04 09:00 overdue_chase plan',
      '01-05 09:00 overdue_chase plan',
    ]);
    expect(sent.filter((s) => s.includes('reminder'))).toHaveLength(11);
  });

  it('turns the light green → yellow → red under version 1 and climbs the ladder', () => {
    const l = (date: LocalDate, completed: MilestoneKey[] = []) => lightOf({ ...input, completed }, at(date, '12:00'));
    expect(l('2026-11-25')).toBe('green'); // plan due in 5 days
    expect(l('2026-11-27')).toBe('yellow'); // 3 days
    expect(l('2026-11-30')).toBe('yellow'); // due today, not late yet
    expect(l('2026-12-01')).toBe('red');
    expect(l('2026-12-01', ['plan'])).toBe('green'); // progress 9 days away
    expect(l('2026-12-26', ['plan', 'progress', 'evidence', 'verification'])).toBe('green');

    const level = (date: LocalDate, time: string) => escalationLevelAt(input, at(date, time));
    expect([level('2026-12-25', '23:59'), level('2026-12-28', '08:59'), level('2026-12-28', '09:00')]).toEqual([
      0, 0, 1,
    ]);
    expect(level('2027-01-01', '09:00')).toBe(2); // without the override, 2027-01-01 counts as a Friday
    expect(escalationLevelAt({ ...input, completed: ['verification'] }, at('2027-02-01', '09:00'))).toBe(0);
  });

  it('counts overdue working days', () => {
    expect(overdueWorkingDays('2026-12-25', '2026-12-25', input.calendar)).toBe(0);
    expect(overdueWorkingDays('2026-12-25', '2026-12-27', input.calendar)).toBe(0); // the weekend
    expect(overdueWorkingDays('2026-12-25', '2026-12-29', input.calendar)).toBe(2);
  });
});

describe('across National Day 2026', () => {
  // Created Thu 2026-09-10; deadline Sat 2026-10-10, a 调休 make-up workday. Progress falls on Mid-Autumn Fri 09-25,
  // evidence on National Day Wed 10-07: their reminders move back before the holidays.
  const input = inputFor('2026-09-10', '2026-10-10');
  const created = at('2026-09-10', '10:00');

  it('moves reminders off holidays and chases only on working days', () => {
    expect(input.milestones.map((m) => `${m.key} ${m.due}`)).toEqual([
      'plan 2026-09-15',
      'progress 2026-09-25',
      'evidence 2026-10-07',
      'verification 2026-10-10',
    ]);
    const done: [MilestoneKey, number][] = [
      ['plan', at('2026-09-15', '11:00')],
      ['progress', at('2026-09-24', '17:00')],
    ];
    expect(simulate(input, created, at('2026-10-21', '00:00'), done)).toEqual([
      '09-11 09:00 reminder plan T-3', // Sat 09-12 → Fri
      '09-14 09:00 reminder plan T-1',
      '09-15 09:00 reminder plan T-0',
      '09-22 09:00 reminder progress T-3',
      '09-24 09:00 reminder progress T-0', // T−1 and T (holiday → Thu) collapse
      '09-30 09:00 reminder evidence T-0', // T−3, T−1, T all in the holiday → Wed 09-30, one message
      '09-30 09:00 reminder verification T-3', // Wed 10-07 → 09-30
      '10-08 09:00 overdue_chase evidence', // first working day after evidence's due date
      '10-09 09:00 overdue_chase evidence',
      '10-09 09:00 reminder verification T-1',
      '10-10 09:00 overdue_chase evidence', // the make-up Saturday is a working day
      '10-10 09:00 reminder verification T-0',
      '10-12 09:00 escalation L1',
      '10-12 09:00 overdue_chase evidence',
      '10-13 09:00 overdue_chase evidence',
      '10-14 09:00 overdue_chase evidence',
      '10-15 09:00 overdue_chase evidence',
      '10-16 09:00 escalation L2',
      '10-16 09:00 overdue_chase evidence',
      '10-19 09:00 overdue_chase evidence',
      '10-20 09:00 overdue_chase evidence',
    ]);
  });
});

describe('a deadline just after National Day (Mon 2026-10-12)', () => {
  const item = (completed: MilestoneKey[]): AlertInput => ({ ...inputFor('2026-09-14', '2026-10-12'), completed });
  const from = (date: LocalDate, time: string, until: LocalDate, completed: MilestoneKey[]) =>
    alertsBetween(item(completed), at(date, time), at(until, '10:00')).map(show);

  it('moves evidence reminders out of the Golden Week and chases on the make-up Saturday', () => {
    expect(item([]).milestones.find((m) => m.key === 'evidence')?.due).toBe('2026-10-09');
    expect(from('2026-09-29', '10:00', '2026-10-12', ['plan', 'progress'])).toEqual([
      '09-30 09:00 reminder evidence T-3', // T−3 = 10-06 is in the Golden Week → last working day before it
      '10-08 09:00 reminder evidence T-1',
      '10-09 09:00 reminder evidence T-0',
      '10-09 09:00 reminder verification T-3',
      '10-10 09:00 overdue_chase evidence', // the 调休 Saturday is a working day: 催办 starts there
      '10-10 09:00 reminder verification T-1', // Sun 10-11 → Sat 10-10
      '10-12 09:00 overdue_chase evidence',
      '10-12 09:00 reminder verification T-0',
    ]);
  });

  it('escalates 1 and 5 working days past the deadline while verification is open', () => {
    expect(from('2026-10-12', '10:00', '2026-10-19', ['plan', 'progress', 'evidence'])).toEqual([
      '10-13 09:00 escalation L1',
      '10-13 09:00 overdue_chase verification',
      '10-14 09:00 overdue_chase verification',
      '10-15 09:00 overdue_chase verification',
      '10-16 09:00 overdue_chase verification',
      '10-19 09:00 escalation L2',
      '10-19 09:00 overdue_chase verification',
    ]);
  });
});

describe('nextAlert', () => {
  const input = inputFor('2026-11-25', '2026-12-25');

  it('returns the first alert strictly after `after`, escalation before chase at the same instant', () => {
    expect(nextAlert({ ...input, after: at('2026-11-25', '10:00') })).toMatchObject({
      kind: 'reminder',
      milestone: 'plan',
      dueAt: at('2026-11-27', '09:00'),
      key: 'reminder:plan:T-1:2026-11-30',
    });
    expect(nextAlert({ ...input, after: at('2026-11-27', '09:00') })?.dueAt).toBe(at('2026-11-30', '09:00'));
    expect(nextAlert({ ...input, after: at('2026-12-25', '09:00') })).toMatchObject({
      kind: 'escalation',
      level: 1,
      key: 'escalation:L1:2026-12-25',
    });
  });

  it('stops chasing when overdueChase is off and stops everything once verified', () => {
    const quiet = { ...input, policy: { ...policy, overdueChase: false } };
    const after = at('2026-12-25', '10:00');
    expect(alertsBetween(quiet, after, at('2027-03-01', '00:00')).map((a) => a.kind)).toEqual([
      'escalation',
      'escalation',
    ]);
    const all: MilestoneKey[] = ['plan', 'progress', 'evidence', 'verification'];
    expect(nextAlert({ ...input, completed: all, after: at('2026-11-25', '10:00') })).toBeUndefined();
  });

  it('gives every alert a distinct, stable key', () => {
    const alerts = alertsBetween(input, at('2026-11-25', '10:00'), at('2027-01-20', '00:00'));
    expect(new Set(alerts.map((a) => a.key)).size).toBe(alerts.length);
    expect(alertsBetween(input, at('2026-11-25', '10:00'), at('2027-01-20', '00:00'))).toEqual(alerts);
  });

  it('law: alerts come strictly after `after`, at reminderTimeLocal on working days, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 45 }),
        fc.integer({ min: 0, max: 60 * 24 }),
        fc.subarray(['plan', 'progress', 'evidence'] as MilestoneKey[]),
        fc.constantFrom<'working' | 'calendar'>('working', 'calendar'),
        (startDay, span, minutes, completed, dayKind) => {
          const today = addCalendarDays('2025-03-01', startDay);
          const i = { ...inputFor(today, addCalendarDays(today, span), [], { ...policy, dayKind }), completed };
          const from = at(today, '00:00') + minutes * 60_000;
          const alerts = alertsBetween(i, from, at(addCalendarDays(today, span + 12), '00:00'));
          alerts.forEach((a, n) => {
            expect(a.dueAt).toBeGreaterThan(from);
            if (n > 0) expect(a.dueAt).toBeGreaterThanOrEqual(alerts[n - 1].dueAt);
            expect(i.calendar.isWorkingDay(localDateOf(a.dueAt, TZ))).toBe(true);
            expect(a.dueAt).toBe(at(localDateOf(a.dueAt, TZ), '09:00'));
          });
          expect(nextAlerts(i, from)[0]).toEqual(alerts[0]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('lights as a 督办 office reads them (policy version 2)', () => {
  const v2 = resolvePolicy(DEFAULT_POLICY_SET, 'major');
  // Created Wed 2026-11-25, deadline Fri 2026-12-25: plan 11-30, progress 12-10, evidence 12-22, D 12-25.
  const input = inputFor('2026-11-25', '2026-12-25', [], v2);
  const read = (date: LocalDate, completed: MilestoneKey[] = []) => {
    const r = readLight({ ...input, completed }, at(date, '12:00'));
    return [r.light, r.reason, r.milestone ?? r.workingDays ?? null];
  };

  it.each([
    ['2026-11-25', [], 'green', 'on_schedule', null, 'a new item with time left'],
    ['2026-11-30', [], 'green', 'on_schedule', null, 'the plan due today is not late yet'],
    ['2026-12-01', [], 'yellow', 'milestone_overdue', 'plan', 'behind plan: the plan milestone is overdue'],
    ['2026-12-01', ['plan'], 'green', 'on_schedule', null, 'back on schedule once the plan is in'],
    ['2026-12-11', ['plan'], 'yellow', 'milestone_overdue', 'progress', 'progress overdue'],
    ['2026-12-21', ['plan', 'progress'], 'green', 'on_schedule', null, 'four working days left (22–25)'],
    ['2026-12-22', ['plan', 'progress'], 'yellow', 'deadline_near', 3, '临期: three working days left (23–25)'],
    ['2026-12-25', ['plan', 'progress', 'evidence'], 'yellow', 'deadline_near', 0, 'due today'],
    ['2026-12-26', ['plan', 'progress', 'evidence'], 'red', 'deadline_passed', 0, '超期 on Saturday, 0 working days'],
    ['2026-12-29', ['plan', 'progress', 'evidence'], 'red', 'deadline_passed', 2, '超期 by two working days'],
    ['2027-01-10', ['plan', 'progress', 'evidence', 'verification'], 'green', 'closed', null, 'closed (销号)'],
  ] as [LocalDate, MilestoneKey[], string, string, string | number | null, string][])(
    'on %s with %j done: %s (%s %s) — %s',
    (date, completed, light, reason, detail) => {
      expect(read(date, completed)).toEqual([light, reason, detail]);
    },
  );

  it('keeps a brand-new item green even when its plan milestone is compressed to tomorrow', () => {
    const short = inputFor('2026-11-25', '2026-12-10', [], v2);
    expect(short.milestones[0]).toMatchObject({ key: 'plan', due: '2026-11-26' });
    expect(lightOf(short, at('2026-11-25', '10:00'))).toBe('green');
    // The same item under version 1 was yellow on its first day.
    const old = inputFor('2026-11-25', '2026-12-10');
    expect(lightOf(old, at('2026-11-25', '10:00'))).toBe('yellow');
  });

  it('counts the warning window in working days (a weekend before the deadline does not count)', () => {
    // Deadline Mon 2026-12-14: on Wed 12-09 the working days left are 10, 11, 14 → 3 → 临期.
    const monday = {
      ...inputFor('2026-11-10', '2026-12-14', [], v2),
      completed: ['plan', 'progress'] as MilestoneKey[],
    };
    expect(lightOf(monday, at('2026-12-08', '12:00'))).toBe('green');
    expect(lightOf(monday, at('2026-12-09', '12:00'))).toBe('yellow');
  });

  it('wakes the workflow at the local midnight of each change, and never under version 1', () => {
    const changes: string[] = [];
    const done = { ...input, completed: ['plan', 'progress', 'evidence'] as MilestoneKey[] };
    for (let after = at('2026-12-01', '12:00'); ;) {
      const next = nextLightChange(done, after);
      if (next === undefined) break;
      changes.push(`${localDateOf(next, TZ)} ${lightOf(done, next)}`);
      after = next;
    }
    expect(changes).toEqual(['2026-12-22 yellow', '2026-12-26 red']);
    expect(at('2026-12-22', '00:00')).toBe(nextLightChange(done, at('2026-12-21', '23:59')));
    expect(nextLightChange(inputFor('2026-11-25', '2026-12-25'), at('2026-11-25', '12:00'))).toBeUndefined();
  });
});
