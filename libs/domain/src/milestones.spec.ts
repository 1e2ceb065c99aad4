import fc from 'fast-check';
import { createWorkCalendar } from './calendar';
import { DomainError } from './errors';
import { addCalendarDays, compareLocalDate } from './local-time';
import { planMilestones, type PlannedMilestone } from './milestones';
import { DEFAULT_POLICY_SET, type DayKind, MILESTONE_KEYS, resolvePolicy } from './policy';

const calendar = createWorkCalendar();
const calendarDays = resolvePolicy(DEFAULT_POLICY_SET, 'major');
const workingDays = { ...calendarDays, dayKind: 'working' as const };
const dues = (plan: PlannedMilestone[]): string => plan.map((m) => `${m.key} ${m.due}`).join(', ');

describe('planMilestones (倒排工期)', () => {
  it('plans D−25, D−15, D−3, D in calendar days when there is room', () => {
    const plan = planMilestones({ deadline: '2026-12-31', today: '2026-11-25', policy: calendarDays, calendar });
    expect(plan).toEqual([
      { key: 'plan', label: '制定整改方案', due: '2026-12-06' },
      { key: 'progress', label: '报告整改进度', due: '2026-12-16' },
      { key: 'evidence', label: '提交整改佐证', due: '2026-12-28' },
      { key: 'verification', label: '验收销号', due: '2026-12-31' },
    ]);
  });

  it('counts working days across National Day 2026 (Oct 1–7 off, Sat Oct 10 worked)', () => {
    const plan = planMilestones({ deadline: '2026-10-16', today: '2026-08-31', policy: workingDays, calendar });
    // Back from Fri Oct 16: 3 working days = Tue 13; 15 = Sun Sep 20, a make-up workday (Oct 8–15 with Sat 10 is 7,
    // Sep 28–30 is 3, Mid-Autumn Sep 25–27 is off, Sep 21–24 is 4); 25 = Mon Sep 7.
    expect(dues(plan)).toBe('plan 2026-09-07, progress 2026-09-20, evidence 2026-10-13, verification 2026-10-16');
  });

  it('keeps a deadline on a holiday as the verification date, earlier dues on working days', () => {
    const plan = planMilestones({ deadline: '2026-10-04', today: '2026-08-15', policy: workingDays, calendar });
    expect(plan.at(-1)?.due).toBe('2026-10-04');
    expect(plan.slice(0, -1).every((m) => calendar.isWorkingDay(m.due))).toBe(true);
    expect(plan[2].due).toBe('2026-09-28'); // 3 working days before the holiday: Sep 30, 29, 28
  });

  it.each<[string, string, DayKind, string]>([
    // 10 days tomorrow…D in calendar days: offsets ×10/25 → 10, 6, 1, 0.
    [
      '2026-11-25',
      '2026-12-06',
      'calendar',
      'plan 2026-11-26, progress 2026-11-30, evidence 2026-12-05, verification 2026-12-06',
    ],
    // Deadline tomorrow: everything on D.
    [
      '2026-11-25',
      '2026-11-26',
      'calendar',
      'plan 2026-11-26, progress 2026-11-26, evidence 2026-11-26, verification 2026-11-26',
    ],
    // Over Spring Festival in working days: tomorrow Sat Feb 14 is a make-up workday, Feb 24 the only other
    // working day before D; offsets ×2/25 → 2, 1, 0, 0.
    [
      '2026-02-13',
      '2026-02-25',
      'working',
      'plan 2026-02-14, progress 2026-02-24, evidence 2026-02-25, verification 2026-02-25',
    ],
  ])('compresses proportionally from %s to %s (%s)', (today, deadline, dayKind, expected) => {
    expect(dues(planMilestones({ deadline, today, policy: { ...calendarDays, dayKind }, calendar }))).toBe(expected);
  });

  it('rejects a deadline before tomorrow with a DomainError naming the earliest date', () => {
    const plan = () => planMilestones({ deadline: '2026-11-25', today: '2026-11-25', policy: calendarDays, calendar });
    expect(plan).toThrow(DomainError);
    expect(plan).toThrow(expect.objectContaining({ details: expect.objectContaining({ earliest: '2026-11-26' }) }));
  });

  it('re-plans after an extension: done milestones keep their dates, open ones follow the new deadline', () => {
    const first = planMilestones({ deadline: '2026-12-31', today: '2026-11-25', policy: calendarDays, calendar });
    const again = planMilestones({
      deadline: '2027-01-20',
      today: '2026-12-10',
      policy: calendarDays,
      calendar,
      completed: ['plan'],
      previous: first,
    });
    expect(dues(again)).toBe('plan 2026-12-06, progress 2027-01-05, evidence 2027-01-17, verification 2027-01-20');
  });

  describe('laws', () => {
    const input = fc.record({
      today: fc.integer({ min: 0, max: 800 }).map((n) => addCalendarDays('2025-06-01', n)),
      span: fc.integer({ min: 1, max: 60 }),
      dayKind: fc.constantFrom<DayKind>('working', 'calendar'),
    });
    const planOf = ({ today, span, dayKind }: { today: string; span: number; dayKind: DayKind }) => {
      const deadline = addCalendarDays(today, span);
      return {
        deadline,
        today,
        plan: planMilestones({ deadline, today, policy: { ...calendarDays, dayKind }, calendar }),
      };
    };

    it('milestones are in template order, dated tomorrow…D, the last on D, earlier ones on working days', () => {
      fc.assert(
        fc.property(input, (i) => {
          const { deadline, today, plan } = planOf(i);
          expect(plan.map((m) => m.key)).toEqual(MILESTONE_KEYS);
          plan.forEach((m, n) => {
            expect(compareLocalDate(m.due, addCalendarDays(today, 1))).toBeGreaterThanOrEqual(0);
            expect(compareLocalDate(m.due, deadline)).toBeLessThanOrEqual(0);
            if (n > 0) expect(compareLocalDate(plan[n - 1].due, m.due)).toBeLessThanOrEqual(0);
            if (i.dayKind === 'working' && m.due !== deadline) expect(calendar.isWorkingDay(m.due)).toBe(true);
          });
          expect(plan.at(-1)?.due).toBe(deadline);
        }),
      );
    });

    it('is stable: the same input gives the same plan, and re-planning with the same deadline changes nothing', () => {
      fc.assert(
        fc.property(input, fc.subarray([...MILESTONE_KEYS]), (i, completed) => {
          const { deadline, today, plan } = planOf(i);
          expect(planOf(i).plan).toEqual(plan);
          const policy = { ...calendarDays, dayKind: i.dayKind };
          expect(planMilestones({ deadline, today, policy, calendar, completed, previous: plan })).toEqual(plan);
        }),
      );
    });

    it('re-planning to a later deadline never moves a done milestone and keeps the order', () => {
      fc.assert(
        fc.property(input, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 3 }), (i, more, done) => {
          const { deadline, plan } = planOf(i);
          const completed = MILESTONE_KEYS.slice(0, done);
          const again = planMilestones({
            deadline: addCalendarDays(deadline, more),
            today: i.today,
            policy: { ...calendarDays, dayKind: i.dayKind },
            calendar,
            completed,
            previous: plan,
          });
          completed.forEach((_key, n) => expect(again[n]).toEqual(plan[n]));
          again.forEach((m, n) => n > 0 && expect(compareLocalDate(again[n - 1].due, m.due)).toBeLessThanOrEqual(0));
        }),
      );
    });
  });
});
