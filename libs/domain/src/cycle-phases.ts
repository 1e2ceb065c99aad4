import type { WorkCalendar } from './calendar';
import { type DomainError, type FieldProblem, validationFailed } from './errors';
import { addCalendarDays, isLocalTime, instantAt, type LocalTime, localDateOf, localTimeOf } from './local-time';
import type { DayKind } from './policy';

/** A monthly 互检 cycle: open → 自检 → 互检 → 例会 → 上报 → closed. */
export type CyclePhase = 'open' | 'self_check' | 'mutual_inspection' | 'meeting' | 'report' | 'closed';
export const CYCLE_PHASES: readonly CyclePhase[] = [
  'open',
  'self_check',
  'mutual_inspection',
  'meeting',
  'report',
  'closed',
];

/** The phase after this one, or undefined after closed. */
export function nextPhase(phase: CyclePhase): CyclePhase | undefined {
  return CYCLE_PHASES[CYCLE_PHASES.indexOf(phase) + 1];
}

/** A moment relative to the cycle start: `days` later (working or calendar days) at `time` local. */
export interface Offset {
  days: number;
  dayKind: DayKind;
  /** Local time on that day; omitted = the cycle start's own time of day. */
  time?: LocalTime;
}

/** When each phase's work is due, as offsets from the cycle start. */
export interface PhaseWindows {
  selfCheckDue: Offset;
  mutualInspectionDue: Offset;
  meeting: Offset;
  reportDue: Offset;
}

const WINDOW_ORDER: readonly (keyof PhaseWindows)[] = ['selfCheckDue', 'mutualInspectionDue', 'meeting', 'reportDue'];

/** 自检 in 3 working days, 互检 by day 7, 例会 on day 8, 上报 by day 10 (working days, end of day but the meeting). */
export const DEFAULT_PHASE_WINDOWS: PhaseWindows = {
  selfCheckDue: { days: 3, dayKind: 'working', time: '18:00' },
  mutualInspectionDue: { days: 7, dayKind: 'working', time: '18:00' },
  meeting: { days: 8, dayKind: 'working', time: '09:00' },
  reportDue: { days: 10, dayKind: 'working', time: '18:00' },
};

/**
 * Checks phase windows from the API or the database: whole non-negative days, a known day kind, HH:mm times, and
 * phases in order. Order is checked for windows of the same day kind; {@link phaseDueTimes} checks the rest against
 * the real calendar.
 */
export function validatePhaseWindows(input: unknown): PhaseWindows | DomainError {
  const problems: FieldProblem[] = [];
  const windows = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const offsets = WINDOW_ORDER.map((name) => {
    const o = (typeof windows[name] === 'object' && windows[name] !== null ? windows[name] : {}) as Record<
      string,
      unknown
    >;
    if (!Number.isInteger(o.days) || (o.days as number) < 0)
      problems.push({ field: `${name}.days`, reason: 'must be a whole number ≥ 0' });
    if (o.dayKind !== 'working' && o.dayKind !== 'calendar')
      problems.push({ field: `${name}.dayKind`, reason: "must be 'working' or 'calendar'" });
    if (o.time !== undefined && !isLocalTime(o.time))
      problems.push({ field: `${name}.time`, reason: 'must be a time HH:mm' });
    return o;
  });
  for (let i = 1; i < offsets.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [offsets[j], offsets[i]];
      if (a.dayKind !== b.dayKind || typeof a.days !== 'number' || typeof b.days !== 'number') continue;
      const later = b.days > a.days || (b.days === a.days && String(b.time ?? '') > String(a.time ?? ''));
      if (!later) problems.push({ field: `${WINDOW_ORDER[i]}`, reason: `must come after ${WINDOW_ORDER[j]}` });
    }
  }
  return problems.length > 0 ? validationFailed('phase windows', problems) : (input as PhaseWindows);
}

/** The instant (epoch ms) each phase's work is due, for a cycle that starts at `cycleStart`. */
export type PhaseDueTimes = Record<keyof PhaseWindows, number>;

/**
 * Due instants of a cycle's phases. Working-day offsets skip holidays and count 调休 make-up days; a working-day
 * offset from a day off starts counting at the next working day. Returns a DomainError when the windows put a
 * phase at or before the one it follows (possible when day kinds are mixed).
 */
export function phaseDueTimes(
  cycleStart: number,
  windows: PhaseWindows,
  calendar: WorkCalendar,
  tz: string,
): PhaseDueTimes | DomainError {
  const startDate = localDateOf(cycleStart, tz);
  const startTime = localTimeOf(cycleStart, tz);
  const due = (o: Offset): number => {
    const date =
      o.dayKind === 'working' ? calendar.addWorkingDays(startDate, o.days) : addCalendarDays(startDate, o.days);
    return instantAt(date, o.time ?? startTime, tz);
  };
  const times = Object.fromEntries(WINDOW_ORDER.map((name) => [name, due(windows[name])])) as PhaseDueTimes;
  const problems: FieldProblem[] = [];
  WINDOW_ORDER.forEach((name, i) => {
    if (i > 0 && times[name] <= times[WINDOW_ORDER[i - 1]]) {
      problems.push({ field: name, reason: `falls at or before ${WINDOW_ORDER[i - 1]} for this cycle` });
    }
  });
  return problems.length > 0 ? validationFailed('phase windows', problems) : times;
}
