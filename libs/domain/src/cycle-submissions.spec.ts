import { createWorkCalendar } from './calendar';
import { nextSubmissionAlerts, type OwedSubmission } from './cycle-submissions';
import { instantAt } from './local-time';
import { DEFAULT_POLICY_SET, resolvePolicy } from './policy';

const TZ = 'Asia/Shanghai';
const context = { policy: resolvePolicy(DEFAULT_POLICY_SET, 'major'), calendar: createWorkCalendar(), tz: TZ };
const at = (date: string, time: string) => instantAt(date, time, TZ);

describe('nextSubmissionAlerts', () => {
  // Wed 2030-05-15 18:00 self-checks due, Mon 2030-05-20 18:00 inspections due.
  const owed: OwedSubmission[] = [
    { kind: 'self_check', unitId: 'a', due: at('2030-05-15', '18:00'), done: false },
    { kind: 'self_check', unitId: 'b', due: at('2030-05-15', '18:00'), done: true },
    { kind: 'mutual_inspection', unitId: 'a', due: at('2030-05-20', '18:00'), done: false },
  ];

  it('reminds only units still owing, the day before at the policy time, together', () => {
    const first = nextSubmissionAlerts(owed, context, at('2030-05-13', '12:00'));
    expect(first.map(({ owed: o, alert }) => [o.kind, o.unitId, alert.kind, alert.dueAt])).toEqual([
      ['self_check', 'a', 'reminder', at('2030-05-14', '09:00')],
    ]);
  });

  it('chases and escalates after the due day, and says nothing once everything is in', () => {
    const late = nextSubmissionAlerts(owed, context, at('2030-05-15', '18:00'));
    expect(late.map((b) => b.alert.kind)).toEqual(expect.arrayContaining(['overdue_chase']));
    expect(late.every((b) => b.alert.dueAt > at('2030-05-15', '18:00'))).toBe(true);
    expect(
      nextSubmissionAlerts(
        owed.map((o) => ({ ...o, done: true })),
        context,
        0,
      ),
    ).toEqual([]);
  });
});
