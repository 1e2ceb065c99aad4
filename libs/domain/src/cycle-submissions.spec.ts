import { createWorkCalendar } from './calendar';
import {
  nextSubmissionAlerts,
  type OwedSubmission,
  submissionProblems,
  type SubmissionMarks,
} from './cycle-submissions';
import { instantAt } from './local-time';
import { DEFAULT_POLICY_SET, resolvePolicy, type Severity } from './policy';
import { DEFAULT_RUBRIC } from './scoring';

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

describe('submissionProblems', () => {
  const full = Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, c.maxScore]));
  const [first] = DEFAULT_RUBRIC.criteria;
  const finding = {
    criterionKey: first.key,
    description: '消防通道堵塞',
    severity: 'major' as Severity,
    deduction: 1,
    deadline: '2030-05-16',
  };
  const check = (s: SubmissionMarks) => submissionProblems(DEFAULT_RUBRIC, s, '2030-05-15').map((p) => p.field);

  it('accepts full marks and a finding due tomorrow', () => {
    expect(check({ scores: full, findings: [finding] })).toEqual([]);
  });

  it.each<[string, SubmissionMarks, string[]]>([
    [
      'a missing mark',
      { scores: { ...full, [first.key]: undefined as unknown as number }, findings: [] },
      [`scores.${first.key}`],
    ],
    [
      'a mark above the maximum',
      { scores: { ...full, [first.key]: first.maxScore + 1 }, findings: [] },
      [`scores.${first.key}`],
    ],
    ['a criterion the rubric lacks', { scores: { ...full, invented: 1 }, findings: [] }, ['scores.invented']],
    [
      'a finding due today',
      { scores: full, findings: [{ ...finding, deadline: '2030-05-15' }] },
      ['findings[0].deadline'],
    ],
    [
      'a finding without a description',
      { scores: full, findings: [{ ...finding, description: '  ' }] },
      ['findings[0].description'],
    ],
    [
      'a deduction above the criterion',
      { scores: full, findings: [{ ...finding, deduction: first.maxScore + 1 }] },
      ['findings[0].deduction'],
    ],
    [
      'an unknown criterion and severity',
      { scores: full, findings: [{ ...finding, criterionKey: 'x', severity: 'huge' as Severity }] },
      ['findings[0].criterionKey', 'findings[0].severity'],
    ],
  ])('names the field of %s', (_, s, fields) => expect(check(s)).toEqual(fields));
});
