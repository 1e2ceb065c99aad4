import { DomainError } from './errors';
import { isLocalTime } from './local-time';

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
  reminderTimeLocal: string;
  /** 催办 every working day while a milestone is overdue. */
  overdueChase: boolean;
  /** 督办: level 1 (lead unit) and level 2 (committee), in working days past the deadline. */
  escalation: { level1AfterWorkingDays: number; level2AfterWorkingDays: number };
  /** The light turns yellow this many days before the next open milestone. */
  yellowWithinDays: number;
}

/** A versioned policy with per-severity overrides; an item keeps the version it started with. */
export interface PolicySet {
  version: number;
  base: Omit<ItemPolicy, 'version'>;
  bySeverity: Partial<Record<Severity, Partial<Omit<ItemPolicy, 'version'>>>>;
}

/** 倒排工期 default: plan D−25, progress D−15, evidence D−3, verification D. */
export const DEFAULT_POLICY_SET: PolicySet = {
  version: 1,
  base: {
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
    yellowWithinDays: 3,
  },
  bySeverity: {},
};

/** The policy an item of this severity follows under this set. */
export function resolvePolicy(set: PolicySet, severity: Severity): ItemPolicy {
  return { ...set.base, ...set.bySeverity[severity], version: set.version };
}

/** Checks a policy set; returns the reasons it is invalid, each naming its field. */
export function validatePolicySet(set: PolicySet): DomainError | undefined {
  const problems: { field: string; reason: string }[] = [];
  const check = (policy: Omit<ItemPolicy, 'version'>, at: string): void => {
    const t = policy.milestoneTemplate;
    if (!Array.isArray(t) || t.length === 0)
      problems.push({ field: `${at}.milestoneTemplate`, reason: 'must not be empty' });
    else {
      t.forEach((m, i) => {
        if (!MILESTONE_KEYS.includes(m.key))
          problems.push({ field: `${at}.milestoneTemplate[${i}].key`, reason: 'unknown milestone' });
        if (!Number.isInteger(m.offsetDays) || m.offsetDays < 0) {
          problems.push({
            field: `${at}.milestoneTemplate[${i}].offsetDays`,
            reason: 'must be a non-negative integer',
          });
        }
        if (i > 0 && m.offsetDays >= t[i - 1].offsetDays) {
          problems.push({
            field: `${at}.milestoneTemplate[${i}].offsetDays`,
            reason: 'offsets must strictly decrease',
          });
        }
      });
      if (t[t.length - 1].key !== 'verification' || t[t.length - 1].offsetDays !== 0) {
        problems.push({
          field: `${at}.milestoneTemplate`,
          reason: 'must end with verification at offset 0 (the deadline)',
        });
      }
    }
    if (!policy.reminderOffsetsDays.every((o) => Number.isInteger(o) && o >= 0)) {
      problems.push({ field: `${at}.reminderOffsetsDays`, reason: 'must be non-negative integers' });
    }
    if (!isLocalTime(policy.reminderTimeLocal))
      problems.push({ field: `${at}.reminderTimeLocal`, reason: 'must be HH:mm' });
    const { level1AfterWorkingDays: l1, level2AfterWorkingDays: l2 } = policy.escalation;
    if (!Number.isInteger(l1) || l1 < 0)
      problems.push({ field: `${at}.escalation.level1AfterWorkingDays`, reason: 'must be ≥ 0' });
    if (!Number.isInteger(l2) || l2 <= l1) {
      problems.push({ field: `${at}.escalation.level2AfterWorkingDays`, reason: 'must be greater than level 1' });
    }
    if (!Number.isInteger(policy.yellowWithinDays) || policy.yellowWithinDays < 0) {
      problems.push({ field: `${at}.yellowWithinDays`, reason: 'must be a non-negative integer' });
    }
  };
  check(set.base, 'base');
  for (const severity of SEVERITIES) {
    const override = set.bySeverity[severity];
    if (override) check({ ...set.base, ...override }, `bySeverity.${severity}`);
  }
  if (problems.length === 0) return undefined;
  return new DomainError(
    'VALIDATION_FAILED',
    `Invalid policy: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`,
    {
      fields: problems,
    },
  );
}
