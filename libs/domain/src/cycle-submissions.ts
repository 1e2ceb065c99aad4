import { type Alert, type AlertInput, nextAlerts } from './alerts';
import type { WorkCalendar } from './calendar';
import type { FieldProblem } from './errors';
import { addCalendarDays, compareLocalDate, isLocalDate, type LocalDate, localDateOf } from './local-time';
import { type ItemPolicy, type Severity, SEVERITIES } from './policy';
import type { Rubric } from './scoring';

/** A submission a unit owes a 互检 cycle: its self-check (自检) or its inspection of its peer (互检). */
export interface OwedSubmission {
  kind: 'self_check' | 'mutual_inspection';
  unitId: string;
  /** When it is due (epoch ms). */
  due: number;
  done: boolean;
}

export const OWED_SUBMISSION_LABEL = { self_check: '自检', mutual_inspection: '互检' } as const;

/** What a cycle's alerts depend on besides its submissions: the policy, the calendar and the zone. */
export interface SubmissionAlertContext {
  policy: ItemPolicy;
  calendar: WorkCalendar;
  tz: string;
}

/**
 * A submission as the item policy's alert functions see it: one milestone due on its day, reminded the day before
 * and on the day (提醒), chased and escalated (催办, 督办) like an item's deadline.
 */
export function submissionAlertInput(s: OwedSubmission, { policy, calendar, tz }: SubmissionAlertContext): AlertInput {
  const day = localDateOf(s.due, tz);
  return {
    milestones: [{ key: 'evidence', label: OWED_SUBMISSION_LABEL[s.kind], due: day }],
    completed: [],
    deadline: day,
    policy: { ...policy, reminderOffsetsDays: [1, 0] },
    calendar,
    tz,
  };
}

/** The earliest alerts strictly after `after` for the submissions still missing, all those sharing that instant. */
export function nextSubmissionAlerts<S extends OwedSubmission>(
  owed: readonly S[],
  context: SubmissionAlertContext,
  after: number,
): { owed: S; alert: Alert }[] {
  const batches = owed
    .filter((s) => !s.done)
    .flatMap((s) => nextAlerts(submissionAlertInput(s, context), after).map((alert) => ({ owed: s, alert })));
  if (batches.length === 0) return [];
  const first = Math.min(...batches.map((b) => b.alert.dueAt));
  return batches.filter((b) => b.alert.dueAt === first);
}

/** What a self-check or a mutual inspection submits, as the rubric judges it. */
export interface SubmissionMarks {
  /** Marks per criterion key of the rubric (评判打分). */
  scores?: Record<string, number>;
  findings: {
    criterionKey: string;
    description?: string;
    severity: Severity;
    deduction: number;
    deadline: string;
  }[];
}

/**
 * What is wrong with a submission against the cycle's rubric, field by field: a mark per criterion within its
 * maximum, no criterion the rubric lacks, and each finding with its criterion, a description, a known severity, a
 * deduction within the criterion and a deadline from tomorrow on. Empty when it may be recorded.
 */
export function submissionProblems(rubric: Rubric, s: SubmissionMarks, today: LocalDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const c of rubric.criteria) {
    const mark = s.scores?.[c.key];
    if (typeof mark !== 'number' || !Number.isFinite(mark) || mark < 0 || mark > c.maxScore) {
      problems.push({ field: `scores.${c.key}`, reason: `must be a mark from 0 to ${c.maxScore}` });
    }
  }
  for (const key of Object.keys(s.scores ?? {})) {
    if (!rubric.criteria.some((c) => c.key === key))
      problems.push({ field: `scores.${key}`, reason: 'is not in the rubric' });
  }
  const tomorrow = addCalendarDays(today, 1);
  s.findings.forEach((f, i) => {
    const criterion = rubric.criteria.find((c) => c.key === f.criterionKey);
    if (!criterion) problems.push({ field: `findings[${i}].criterionKey`, reason: 'is not in the rubric' });
    if (!f.description?.trim()) problems.push({ field: `findings[${i}].description`, reason: 'is required' });
    if (!SEVERITIES.includes(f.severity)) problems.push({ field: `findings[${i}].severity`, reason: 'is unknown' });
    if (!(f.deduction >= 0 && f.deduction <= (criterion?.maxScore ?? Number.POSITIVE_INFINITY))) {
      problems.push({ field: `findings[${i}].deduction`, reason: 'must be between 0 and the criterion maximum' });
    }
    if (!isLocalDate(f.deadline) || compareLocalDate(f.deadline, tomorrow) < 0) {
      problems.push({ field: `findings[${i}].deadline`, reason: `must be a date from ${tomorrow} on` });
    }
  });
  return problems;
}
