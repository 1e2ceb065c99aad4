import { alertsBetween, escalationLevelAt, lightOf, nextAlerts, overdueWorkingDays, type AlertInput } from './alerts';
import { createWorkCalendar } from './calendar';
import { instantAt, localDateOf } from './local-time';
import { planMilestones } from './milestones';
import { DEFAULT_POLICY_SET, resolvePolicy } from './policy';

const tz = 'Asia/Shanghai';
const calendar = createWorkCalendar();
const policy = resolvePolicy(DEFAULT_POLICY_SET, 'major');

/** An item created on 2026-09-14 with a deadline just after National Day. */
function item(completed: AlertInput['completed'] = []): AlertInput {
  const deadline = '2026-10-12';
  return {
    milestones: planMilestones({ deadline, today: '2026-09-14', policy, calendar }),
    completed,
    deadline,
    policy,
    calendar,
    tz,
  };
}
const created = instantAt('2026-09-14', '08:00', tz);
const label = (i: AlertInput, from: number, to: number) =>
  alertsBetween(i, from, to).map(
    (a) =>
      `${localDateOf(a.dueAt, tz)} ${a.kind}${a.milestone ? `:${a.milestone}` : ''}${a.level ? `:L${a.level}` : ''}`,
  );

describe('reminders, 催办 and 督办 (nextAlerts)', () => {
  it('sends every alert at 09:00 local on a working day, none during the National Day week', () => {
    const all = alertsBetween(item(), created, instantAt('2026-10-31', '23:00', tz));
    expect(all.length).toBeGreaterThan(10);
    for (const a of all) {
      const day = localDateOf(a.dueAt, tz);
      expect(calendar.isWorkingDay(day)).toBe(true);
      expect(a.dueAt).toBe(instantAt(day, '09:00', tz));
    }
  });

  it('moves a reminder that falls in the holiday to the last working day before it', () => {
    const i = item(['plan', 'progress']);
    const evidence = i.milestones.find((m) => m.key === 'evidence');
    expect(evidence?.due).toBe('2026-10-09');
    expect(label(i, instantAt('2026-09-29', '10:00', tz), instantAt('2026-10-12', '10:00', tz))).toEqual([
      '2026-09-30 reminder:evidence', // T−3 = 10-06 is in the Golden Week → last working day before it
      '2026-10-08 reminder:evidence', // T−1
      '2026-10-09 reminder:evidence', // T
      '2026-10-09 reminder:verification', // T−3
      '2026-10-10 overdue_chase:evidence', // the 调休 Saturday is a working day: 催办 starts there
      '2026-10-10 reminder:verification', // T−1 = Sunday 10-11 → Saturday 10-10
      '2026-10-12 overdue_chase:evidence',
      '2026-10-12 reminder:verification', // T
    ]);
  });

  it('chases every working day while a milestone is overdue and escalates 1 and 5 working days past the deadline', () => {
    const i = item(['plan', 'progress', 'evidence']);
    expect(label(i, instantAt('2026-10-12', '10:00', tz), instantAt('2026-10-19', '10:00', tz))).toEqual([
      '2026-10-13 escalation:L1',
      '2026-10-13 overdue_chase:verification',
      '2026-10-14 overdue_chase:verification',
      '2026-10-15 overdue_chase:verification',
      '2026-10-16 overdue_chase:verification',
      '2026-10-19 escalation:L2',
      '2026-10-19 overdue_chase:verification',
    ]);
    expect(escalationLevelAt(i, instantAt('2026-10-13', '08:59', tz))).toBe(0);
    expect(escalationLevelAt(i, instantAt('2026-10-13', '09:00', tz))).toBe(1);
    expect(escalationLevelAt(i, instantAt('2026-10-19', '09:00', tz))).toBe(2);
    expect(overdueWorkingDays('2026-10-12', '2026-10-19', calendar)).toBe(5);
  });

  it('stops everything once the item is verified', () => {
    expect(nextAlerts(item(['plan', 'progress', 'evidence', 'verification']), created)).toEqual([]);
  });

  it('returns alerts that share an instant together, escalation first', () => {
    const i = item(['plan', 'progress', 'evidence']);
    expect(nextAlerts(i, instantAt('2026-10-12', '10:00', tz)).map((a) => a.kind)).toEqual([
      'escalation',
      'overdue_chase',
    ]);
  });
});

describe('红黄绿灯 lightOf', () => {
  it('is green far from a milestone, yellow within 3 days, red once one is overdue', () => {
    const i = item();
    const [plan] = i.milestones;
    expect(lightOf(i, created)).toBe(plan.due > '2026-09-17' ? 'green' : 'yellow');
    expect(lightOf(i, instantAt(plan.due, '12:00', tz))).toBe('yellow');
    expect(lightOf(i, instantAt(plan.due, '12:00', tz) + 86_400_000)).toBe('red');
    expect(lightOf(item(['plan']), instantAt(plan.due, '12:00', tz) + 86_400_000)).not.toBe('red');
  });
});
