import type { WorkCalendar } from './calendar';
import {
  addCalendarDays,
  calendarDaysBetween,
  compareLocalDate,
  instantAt,
  type LocalDate,
  localDateOf,
} from './local-time';
import type { PlannedMilestone } from './milestones';
import type { ItemPolicy, MilestoneKey } from './policy';

/** Something the item's workflow must do at a moment: remind (提醒), chase (催办) or escalate (督办). */
export interface Alert {
  kind: 'reminder' | 'overdue_chase' | 'escalation';
  milestone?: MilestoneKey;
  /** Days before the milestone, for reminders (0 = due today). */
  offsetDays?: number;
  level?: 1 | 2;
  dueAt: number;
  /** Stable across retries and replays; part of the notification's idempotency key. */
  key: string;
}

/** Everything the alert ladder depends on; the workflow keeps it in its state. */
export interface AlertInput {
  milestones: readonly PlannedMilestone[];
  completed: readonly MilestoneKey[];
  deadline: LocalDate;
  policy: ItemPolicy;
  calendar: WorkCalendar;
  tz: string;
}

export type Light = 'green' | 'yellow' | 'red';

const KIND_ORDER: Record<Alert['kind'], number> = { escalation: 0, overdue_chase: 1, reminder: 2 };

/**
 * The alerts due at the earliest instant strictly after `after` (several may share it, e.g. a chase and an
 * escalation at 09:00), escalations first, or [] when nothing more is due. This is the call a workflow loops on:
 * sleep until `[0].dueAt`, send them all, then ask again with `after` = that instant.
 *
 * - Reminders (提醒) at T−3/T−1/T (policy.reminderOffsetsDays, counted in the policy's day kind) for each open
 *   milestone, at reminderTimeLocal; one on a day off moves to the working day before; two landing on the same
 *   instant for one milestone collapse into the more urgent one.
 * - 催办 (overdue chase): one a working day from the working day after the earliest open milestone's due date.
 * - 督办 (escalation): level 1 and 2 on the working days level1/level2AfterWorkingDays after the deadline, until
 *   the verification milestone is done.
 */
export function nextAlerts(input: AlertInput, after: number): Alert[] {
  const candidates = [...reminders(input, after), nextChase(input, after), ...escalations(input, after)].filter(
    (a): a is Alert => a !== undefined && a.dueAt > after,
  );
  if (candidates.length === 0) return [];
  const first = Math.min(...candidates.map((a) => a.dueAt));
  return candidates
    .filter((a) => a.dueAt === first)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.key.localeCompare(b.key));
}

/**
 * The first alert strictly after `input.after`, or undefined when the item needs nothing more. Alerts sharing that
 * instant come together from {@link nextAlerts}; a loop that advances `after` past an instant must use that one.
 */
export function nextAlert(input: AlertInput & { after: number }): Alert | undefined {
  return nextAlerts(input, input.after)[0];
}

/** Every alert in (from, to], in order — for previews, reports and tests. A chase a day keeps it finite. */
export function alertsBetween(input: AlertInput, from: number, to: number): Alert[] {
  const out: Alert[] = [];
  for (let cursor = from; ;) {
    const batch = nextAlerts(input, cursor);
    if (batch.length === 0 || batch[0].dueAt > to) return out;
    out.push(...batch);
    cursor = batch[0].dueAt;
  }
}

function open(input: AlertInput): PlannedMilestone[] {
  return input.milestones.filter((m) => !input.completed.includes(m.key));
}

function at(input: AlertInput, date: LocalDate): number {
  return instantAt(date, input.policy.reminderTimeLocal, input.tz);
}

function reminders(input: AlertInput, after: number): Alert[] {
  const seen = new Map<string, Alert>();
  for (const m of open(input)) {
    // Closest offset first, so that two offsets landing on one day keep the more urgent wording.
    for (const offset of [...input.policy.reminderOffsetsDays].sort((a, b) => a - b)) {
      const raw =
        input.policy.dayKind === 'working'
          ? input.calendar.addWorkingDays(m.due, -offset)
          : addCalendarDays(m.due, -offset);
      const date = input.calendar.previousWorkingDayOnOrBefore(raw);
      const dueAt = at(input, date);
      const id = `${m.key}@${dueAt}`;
      if (dueAt > after && !seen.has(id)) {
        seen.set(id, {
          kind: 'reminder',
          milestone: m.key,
          offsetDays: offset,
          dueAt,
          key: `reminder:${m.key}:T-${offset}:${m.due}`,
        });
      }
    }
  }
  return [...seen.values()];
}

/** One 催办 per working day, from the first working day after the earliest open milestone's due date. */
function nextChase(input: AlertInput, after: number): Alert | undefined {
  if (!input.policy.overdueChase) return undefined;
  const overdueFrom = open(input).reduce<PlannedMilestone | undefined>(
    (earliest, m) => (!earliest || compareLocalDate(m.due, earliest.due) < 0 ? m : earliest),
    undefined,
  );
  if (!overdueFrom) return undefined;
  const start = input.calendar.nextWorkingDayOnOrAfter(addCalendarDays(overdueFrom.due, 1));
  const afterDate = localDateOf(after, input.tz);
  let date = compareLocalDate(start, afterDate) > 0 ? start : input.calendar.nextWorkingDayOnOrAfter(afterDate);
  if (at(input, date) <= after) date = input.calendar.addWorkingDays(date, 1);
  const stillOpen = open(input).filter((m) => compareLocalDate(m.due, date) < 0);
  return {
    kind: 'overdue_chase',
    milestone: stillOpen[0]?.key ?? overdueFrom.key,
    dueAt: at(input, date),
    key: `overdue_chase:${date}`,
  };
}

function escalations(input: AlertInput, after: number): Alert[] {
  if (input.completed.includes('verification')) return [];
  const { level1AfterWorkingDays, level2AfterWorkingDays } = input.policy.escalation;
  return (
    [
      [1, level1AfterWorkingDays],
      [2, level2AfterWorkingDays],
    ] as const
  )
    .map(([level, days]) => {
      const date = input.calendar.addWorkingDays(input.deadline, days);
      return {
        kind: 'escalation' as const,
        level,
        dueAt: at(input, date),
        key: `escalation:L${level}:${input.deadline}`,
      };
    })
    .filter((a) => a.dueAt > after);
}

/**
 * The ladder of a duty with one step (a record owed, a rating's review, answer or approval): the items' own
 * ({@link nextAlerts}) with the step as the one milestone, due on `due`; it stops once the step is done.
 */
export function singleStepAlertInput(
  label: string,
  due: LocalDate,
  done: boolean,
  policy: ItemPolicy,
  calendar: WorkCalendar,
  tz: string,
): AlertInput {
  return {
    milestones: [{ key: 'verification', label, due }],
    completed: done ? ['verification'] : [],
    deadline: due,
    policy,
    calendar,
    tz,
  };
}

/** Why an item has its light: what a 督办 office would say about it. */
export type LightReason =
  | 'on_schedule' // 按计划推进
  | 'milestone_overdue' // 节点滞后 (behind plan)
  | 'deadline_near' // 临期
  | 'deadline_passed' // 超期
  | 'milestone_near' // version 1 only: the next milestone within yellowWithinDays
  | 'closed';

/** 红黄绿灯 and its reason; `milestone` names the overdue (or, under version 1, the next) milestone. */
export interface LightReading {
  light: Light;
  reason: LightReason;
  milestone?: MilestoneKey;
  /** Working days until the deadline (deadline_near), or past it (deadline_passed). */
  workingDays?: number;
}

/** 红黄绿灯 at `now`; see {@link readLight}. */
export function lightOf(input: AlertInput, now: number): Light {
  return readLight(input, now).light;
}

/**
 * 红黄绿灯 at `now` with its reason. A closed item is green. Policy version 2 on (deadlineWarningWorkingDays set), as a
 * 督办 office reads them: red once the deadline has passed; yellow when a milestone is overdue (behind plan) or the
 * deadline is within the warning window (working days after today up to the deadline); else green — so a new item
 * with time left is green even when its plan milestone was compressed to tomorrow. Version 1 (yellowWithinDays): red
 * when an open milestone is past its due date, yellow when the next one is due within yellowWithinDays (in the
 * policy's day kind).
 */
export function readLight(input: AlertInput, now: number): LightReading {
  if (input.completed.includes('verification')) return { light: 'green', reason: 'closed' };
  const today = localDateOf(now, input.tz);
  const pending = open(input);
  const overdue = pending.find((m) => compareLocalDate(m.due, today) < 0);
  const warning = input.policy.deadlineWarningWorkingDays;
  if (warning === undefined) {
    if (overdue) return { light: 'red', reason: 'milestone_overdue', milestone: overdue.key };
    const next = pending[0];
    if (!next) return { light: 'green', reason: 'on_schedule' };
    const daysLeft =
      input.policy.dayKind === 'working'
        ? input.calendar.workingDaysBetween(addCalendarDays(today, 1), addCalendarDays(next.due, 1))
        : calendarDaysBetween(today, next.due);
    return daysLeft <= (input.policy.yellowWithinDays ?? 0)
      ? { light: 'yellow', reason: 'milestone_near', milestone: next.key }
      : { light: 'green', reason: 'on_schedule' };
  }
  if (compareLocalDate(input.deadline, today) < 0) {
    return {
      light: 'red',
      reason: 'deadline_passed',
      workingDays: overdueWorkingDays(input.deadline, today, input.calendar),
    };
  }
  if (overdue) return { light: 'yellow', reason: 'milestone_overdue', milestone: overdue.key };
  const workingDaysLeft = input.calendar.workingDaysBetween(
    addCalendarDays(today, 1),
    addCalendarDays(input.deadline, 1),
  );
  return workingDaysLeft <= warning
    ? { light: 'yellow', reason: 'deadline_near', workingDays: workingDaysLeft }
    : { light: 'green', reason: 'on_schedule' };
}

/**
 * The next local midnight after `after` at which the light changes colour by the calendar alone, for policies from
 * version 2 on (their changes fall between alerts: 临期 three working days ahead, 超期 the day after the deadline);
 * undefined under version 1, whose changes coincide with its reminders and 催办, or when nothing more changes.
 */
export function nextLightChange(input: AlertInput, after: number): number | undefined {
  if (input.policy.deadlineWarningWorkingDays === undefined || input.completed.includes('verification')) {
    return undefined;
  }
  const now = readLight(input, after).light;
  const lastChange = addCalendarDays(input.deadline, 1);
  for (let day = addCalendarDays(localDateOf(after, input.tz), 1); compareLocalDate(day, lastChange) <= 0;) {
    const midnight = instantAt(day, '00:00', input.tz);
    if (readLight(input, midnight).light !== now) return midnight;
    day = addCalendarDays(day, 1);
  }
  return undefined;
}

/** The escalation level (0 none, 1 lead unit, 2 committee) an unverified item has reached at `now`. */
export function escalationLevelAt(input: AlertInput, now: number): 0 | 1 | 2 {
  if (input.completed.includes('verification')) return 0;
  const reached = escalations(input, Number.NEGATIVE_INFINITY).filter((a) => a.dueAt <= now);
  return reached.reduce<0 | 1 | 2>((level, a) => Math.max(level, a.level ?? 0) as 0 | 1 | 2, 0);
}

/** Working days past the deadline: those in (deadline, today]; 0 when not overdue. For the ledger's 逾期天数. */
export function overdueWorkingDays(deadline: LocalDate, today: LocalDate, calendar: WorkCalendar): number {
  if (compareLocalDate(today, deadline) <= 0) return 0;
  return calendar.workingDaysBetween(addCalendarDays(deadline, 1), addCalendarDays(today, 1));
}
