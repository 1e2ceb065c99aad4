import { type DomainError, type FieldProblem, validationFailed } from './errors';
import { isLocalTime, type LocalTime } from './local-time';

export type MilestoneKey = 'plan' | 'progress' | 'evidence' | 'verification';
export const MILESTONE_KEYS: readonly MilestoneKey[] = ['plan', 'progress', 'evidence', 'verification'];
export type Severity = 'minor' | 'major' | 'critical';
export const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];
export type DayKind = 'working' | 'calendar';

export interface MilestoneTemplateEntry {
  key: MilestoneKey;
  /** Chinese label shown in the UI and messages. */
  label: string;
  /** Days before the deadline D. */
  offsetDays: number;
}

/** How one item is scheduled, reminded, chased and escalated. */
export interface ItemPolicy {
  version: number;
  /** Whether milestone offsets and reminder offsets count working days or calendar days. */
  dayKind: DayKind;
  milestoneTemplate: MilestoneTemplateEntry[];
  /** Reminders before each open milestone: [3, 1, 0] = T−3, T−1, T. */
  reminderOffsetsDays: number[];
  /** Local time of reminders, chases and escalations. */
  reminderTimeLocal: LocalTime;
  /** 催办 every working day while a milestone is overdue. */
  overdueChase: boolean;
  /** 督办: level 1 (lead unit) and level 2 (committee), in working days past the deadline. */
  escalation: { level1AfterWorkingDays: number; level2AfterWorkingDays: number };
  /**
   * 红黄绿灯 of policy version 1: red when a milestone is overdue, yellow this many days (in the day kind) before the
   * next open milestone. Sets from version 2 on use {@link ItemPolicy.deadlineWarningWorkingDays} instead.
   */
  yellowWithinDays?: number;
  /**
   * 红黄绿灯 as a 督办 office reads them (version 2 on): 绿灯 on schedule; 黄灯 behind plan (a milestone overdue) or
   * 临期 (the deadline within this many working days); 红灯 超期 (the deadline passed and the item not closed).
   */
  deadlineWarningWorkingDays?: number;
}

/**
 * A versioned policy with per-severity overrides; an item keeps the version it started with. The base carries no
 * version of its own so that one set has exactly one version number.
 */
export interface PolicySet {
  version: number;
  base: Omit<ItemPolicy, 'version'>;
  bySeverity: Partial<Record<Severity, Partial<Omit<ItemPolicy, 'version'>>>>;
}

/** What versions 1 and 2 share: the 倒排工期 template, the reminders and the 督办 ladder. */
const MILESTONES_AND_LADDER: Omit<ItemPolicy, 'version' | 'yellowWithinDays' | 'deadlineWarningWorkingDays'> = {
  dayKind: 'calendar',
  milestoneTemplate: [
    { key: 'plan', label: '制定整改方案', offsetDays: 25 },
    { key: 'progress', label: '报告整改进度', offsetDays: 15 },
    { key: 'evidence', label: '提交整改佐证', offsetDays: 3 },
    { key: 'verification', label: '验收销号', offsetDays: 0 },
  ],
  reminderOffsetsDays: [3, 1, 0],
  reminderTimeLocal: '09:00',
  overdueChase: true,
  escalation: { level1AfterWorkingDays: 1, level2AfterWorkingDays: 5 },
};

/**
 * Version 1, kept for the items that started on it: its light follows the next milestone (yellow 3 days before it),
 * so a brand-new item whose plan milestone was compressed to tomorrow was yellow on its first day.
 */
export const POLICY_SET_V1: PolicySet = {
  version: 1,
  base: { ...MILESTONES_AND_LADDER, yellowWithinDays: 3 },
  bySeverity: {},
};

/**
 * 倒排工期 default (version 2): plan D−25, progress D−15, evidence D−3, verification D; reminders T−3/T−1/T; 督办
 * 1 and 5 working days past D; lights as a 督办 office reads them, 临期 within 3 working days of the deadline.
 */
export const DEFAULT_POLICY_SET: PolicySet = {
  version: 2,
  base: { ...MILESTONES_AND_LADDER, deadlineWarningWorkingDays: 3 },
  bySeverity: {},
};

/** The sets every installation has; stored on start so that items can refer to them. */
export const BUILT_IN_POLICY_SETS: readonly PolicySet[] = [POLICY_SET_V1, DEFAULT_POLICY_SET];

/**
 * The policy an item of this severity follows under this set: the base with the severity's overrides on top. The
 * item stores the result (with the set's version), so a later policy change never moves a running item's dates.
 */
export function resolvePolicy(set: PolicySet, severity: Severity): ItemPolicy {
  return { ...set.base, ...set.bySeverity[severity], version: set.version };
}

/**
 * Checks a policy set read from the API or the database and returns it typed, or every problem at once, each naming
 * its field. Per-severity overrides are checked merged with the base, as they will be used.
 */
export function validatePolicySet(input: unknown): PolicySet | DomainError {
  const problems: FieldProblem[] = [];
  const set = asRecord(input);
  if (!Number.isInteger(set.version) || (set.version as number) < 1) {
    problems.push({ field: 'version', reason: 'must be a positive integer' });
  }
  const base = asRecord(set.base);
  checkPolicy(base, 'base', problems);
  const bySeverity = asRecord(set.bySeverity ?? {});
  for (const key of Object.keys(bySeverity)) {
    if (!(SEVERITIES as readonly string[]).includes(key)) {
      problems.push({ field: `bySeverity.${key}`, reason: `unknown severity; use ${SEVERITIES.join(', ')}` });
    } else {
      checkPolicy({ ...base, ...asRecord(bySeverity[key]) }, `bySeverity.${key}`, problems);
    }
  }
  if (problems.length > 0) return validationFailed('policy set', problems);
  const valid = input as PolicySet;
  return { ...valid, bySeverity: valid.bySeverity ?? {} };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const isNonNegativeInteger = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function checkPolicy(policy: Record<string, unknown>, at: string, problems: FieldProblem[]): void {
  const add = (field: string, reason: string): void => void problems.push({ field: `${at}.${field}`, reason });
  if (policy.dayKind !== 'working' && policy.dayKind !== 'calendar') add('dayKind', "must be 'working' or 'calendar'");

  const template = policy.milestoneTemplate;
  if (!Array.isArray(template) || template.length === 0) add('milestoneTemplate', 'must list at least one milestone');
  else {
    const entries = template.map(asRecord);
    entries.forEach((m, i) => {
      if (!(MILESTONE_KEYS as readonly unknown[]).includes(m.key)) {
        add(`milestoneTemplate[${i}].key`, `must be one of ${MILESTONE_KEYS.join(', ')}`);
      } else if (entries.findIndex((o) => o.key === m.key) !== i) add(`milestoneTemplate[${i}].key`, 'appears twice');
      if (typeof m.label !== 'string' || m.label.trim() === '') {
        add(`milestoneTemplate[${i}].label`, 'must not be empty');
      }
      const before = i > 0 ? entries[i - 1].offsetDays : undefined;
      if (!isNonNegativeInteger(m.offsetDays)) {
        add(`milestoneTemplate[${i}].offsetDays`, 'must be a non-negative integer');
      } else if (isNonNegativeInteger(before) && m.offsetDays >= before) {
        add(`milestoneTemplate[${i}].offsetDays`, 'must be smaller than the one before (offsets count down to D)');
      }
    });
    const last = entries[entries.length - 1];
    if (last.key !== 'verification' || last.offsetDays !== 0) {
      add('milestoneTemplate', 'must end with verification at offset 0 (the deadline)');
    }
  }

  const offsets = policy.reminderOffsetsDays;
  if (!Array.isArray(offsets) || !offsets.every(isNonNegativeInteger)) {
    add('reminderOffsetsDays', 'must be a list of non-negative integers');
  }
  if (!isLocalTime(policy.reminderTimeLocal)) add('reminderTimeLocal', 'must be a time HH:mm');
  if (typeof policy.overdueChase !== 'boolean') add('overdueChase', 'must be true or false');

  const escalation = asRecord(policy.escalation);
  const { level1AfterWorkingDays: l1, level2AfterWorkingDays: l2 } = escalation;
  // Level 1 at 0 would fire on the deadline's morning, before the item is overdue.
  if (!Number.isInteger(l1) || (l1 as number) < 1) add('escalation.level1AfterWorkingDays', 'must be an integer ≥ 1');
  if (!Number.isInteger(l2) || (Number.isInteger(l1) && (l2 as number) <= (l1 as number))) {
    add('escalation.level2AfterWorkingDays', 'must be an integer greater than level 1');
  }
  // One light rule per policy: version 1's (next milestone) or the 督办 office's (deadline), never both.
  const v1 = policy.yellowWithinDays;
  const v2 = policy.deadlineWarningWorkingDays;
  if (v1 !== undefined && v2 !== undefined)
    add('deadlineWarningWorkingDays', 'cannot be combined with yellowWithinDays');
  else if (v1 === undefined && v2 === undefined) add('deadlineWarningWorkingDays', 'is required');
  else if (v1 !== undefined && !isNonNegativeInteger(v1)) add('yellowWithinDays', 'must be a non-negative integer');
  else if (v2 !== undefined && !isNonNegativeInteger(v2)) {
    add('deadlineWarningWorkingDays', 'must be a non-negative integer');
  }
}
