import { alertsBetween } from './alerts';
import { createWorkCalendar } from './calendar';
import { instantAt } from './local-time';
import { DEFAULT_POLICY_SET, resolvePolicy } from './policy';
import { DEFAULT_RATING_STEP_DAYS, ratingAlertAudiences, ratingStepAlertInput, ratingStepDue } from './rating-steps';

const TZ = 'Asia/Shanghai';
const calendar = createWorkCalendar([]);
const policy = resolvePolicy(DEFAULT_POLICY_SET, 'minor');

describe('the human steps of a star rating', () => {
  it.each([
    ['review', '2026-06-01', '2026-06-08'], // Monday + 5 working days
    ['answer', '2026-06-05', '2026-06-10'], // Friday + 3 working days
    ['approval', '2026-06-08', '2026-06-15'],
  ] as const)('%s opened on %s is due on %s', (step, opened, due) => {
    expect(ratingStepDue(step, instantAt(opened, '10:00', TZ), DEFAULT_RATING_STEP_DAYS, calendar, TZ)).toBe(due);
  });

  it("runs the items' ladder for a step: reminders to its due date, a 催办 a working day, 督办 at both levels", () => {
    const input = ratingStepAlertInput('review', '2026-06-08', policy, calendar, TZ);
    const alerts = alertsBetween(input, instantAt('2026-06-01', '10:00', TZ), instantAt('2026-06-16', '10:00', TZ));
    expect(alerts.map((a) => `${a.kind}${a.level ?? ''}@${new Date(a.dueAt).toISOString().slice(5, 10)}`)).toEqual([
      'reminder@06-05', // T−3 (Friday 06-05), T−1 on the Sunday moves to Friday too and collapses into it
      'reminder@06-08',
      'escalation1@06-09',
      'overdue_chase@06-09',
      'overdue_chase@06-10',
      'overdue_chase@06-11',
      'overdue_chase@06-12',
      'escalation2@06-15',
      'overdue_chase@06-15',
      'overdue_chase@06-16',
    ]);
  });

  it.each([
    ['review', 'reminder', ['lead']],
    ['review', 'overdue_chase', ['lead']],
    ['answer', 'escalation', ['lead', 'committee']],
    ['approval', 'overdue_chase', ['committee']],
    ['approval', 'escalation', ['committee', 'lead']],
  ] as const)('an alert (%s, %s) goes to %j', (step, kind, audiences) => {
    expect(ratingAlertAudiences(step, { kind })).toEqual(audiences);
  });
});
