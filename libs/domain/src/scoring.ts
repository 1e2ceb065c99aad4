import { type DomainError, type FieldProblem, validationFailed } from './errors';

/** One line of the 考核细则 (rubric). */
export interface Criterion {
  key: string;
  /** Chinese name, as printed in the report. */
  name: string;
  /** Relative weight; weights need not sum to anything, totals are normalised to 100. */
  weight: number;
  maxScore: number;
}

export interface Rubric {
  criteria: Criterion[];
}

/**
 * Seed 000's evaluation standard (评价标准) for regional party building. It names six criteria and no weights, so
 * they weigh the same.
 */
export const DEFAULT_RUBRIC: Rubric = {
  criteria: [
    { key: 'party_members_lead', name: '党员有示范', weight: 1, maxScore: 100 },
    { key: 'staff_morale', name: '职工有士气', weight: 1, maxScore: 100 },
    { key: 'talent_growth', name: '人才有成长', weight: 1, maxScore: 100 },
    { key: 'work_highlights', name: '工作有亮点', weight: 1, maxScore: 100 },
    { key: 'orderly_production', name: '生产有秩序', weight: 1, maxScore: 100 },
    { key: 'assured_returns', name: '效益有保证', weight: 1, maxScore: 100 },
  ],
};

/** Checks a rubric from the API or the database; returns it typed or every problem at once. */
export function validateRubric(input: unknown): Rubric | DomainError {
  const problems: FieldProblem[] = [];
  const criteria = (input as { criteria?: unknown } | null)?.criteria;
  if (!Array.isArray(criteria) || criteria.length === 0) {
    return validationFailed('rubric', [{ field: 'criteria', reason: 'must list at least one criterion' }]);
  }
  const keys = new Set<string>();
  criteria.forEach((raw: unknown, i) => {
    const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const at = `criteria[${i}]`;
    if (typeof c.key !== 'string' || !/^[a-z][a-z0-9_]*$/.test(c.key)) {
      problems.push({ field: `${at}.key`, reason: 'must be a lower-case identifier like staff_morale' });
    } else if (keys.has(c.key)) problems.push({ field: `${at}.key`, reason: `"${c.key}" appears twice` });
    else keys.add(c.key);
    if (typeof c.name !== 'string' || c.name.trim() === '')
      problems.push({ field: `${at}.name`, reason: 'must not be empty' });
    if (typeof c.weight !== 'number' || !Number.isFinite(c.weight) || c.weight <= 0) {
      problems.push({ field: `${at}.weight`, reason: 'must be a number greater than 0' });
    }
    if (typeof c.maxScore !== 'number' || !Number.isFinite(c.maxScore) || c.maxScore <= 0) {
      problems.push({ field: `${at}.maxScore`, reason: 'must be a number greater than 0' });
    }
  });
  return problems.length > 0 ? validationFailed('rubric', problems) : (input as Rubric);
}

/** Points taken off a unit's criterion for a finding (扣分). */
export interface Deduction {
  unitId: string;
  criterionKey: string;
  points: number;
  findingId?: string;
}

/** A unit's standing in an earlier cycle, for the change column of the 通报. */
export interface PreviousStanding {
  unitId: string;
  total: number;
  rank: number;
}

export interface ScoreInput {
  rubric: Rubric;
  /** Raw marks per unit and criterion key (评判打分), each 0…maxScore; every criterion must be marked. */
  scoresByUnit: Readonly<Record<string, Readonly<Record<string, number>>>>;
  deductions?: readonly Deduction[];
  previous?: readonly PreviousStanding[];
}

export interface UnitScore {
  unitId: string;
  byCriterion: { key: string; raw: number; deducted: number; score: number }[];
  /** Weighted and normalised to 0…100, two decimals. */
  total: number;
  /** Competition ranking: equal totals share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  /** Positive = moved up since the previous cycle; undefined for a unit that was not ranked then. */
  rankChange?: number;
  totalChange?: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Scores and ranks the units of a cycle (考核): per criterion the raw mark less the findings' deductions (never
 * below 0), weighted and normalised to 100; ranked best first, ties sharing a rank and listed by unit id.
 */
export function scoreUnits({
  rubric,
  scoresByUnit,
  deductions = [],
  previous = [],
}: ScoreInput): UnitScore[] | DomainError {
  const problems: FieldProblem[] = [];
  const criteria = new Map(rubric.criteria.map((c) => [c.key, c]));
  for (const [unitId, marks] of Object.entries(scoresByUnit)) {
    for (const c of rubric.criteria) {
      const mark = marks[c.key];
      if (typeof mark !== 'number' || !Number.isFinite(mark) || mark < 0 || mark > c.maxScore) {
        problems.push({ field: `scoresByUnit.${unitId}.${c.key}`, reason: `must be a mark from 0 to ${c.maxScore}` });
      }
    }
    for (const key of Object.keys(marks)) {
      if (!criteria.has(key)) problems.push({ field: `scoresByUnit.${unitId}.${key}`, reason: 'is not in the rubric' });
    }
  }
  deductions.forEach((d, i) => {
    if (!(d.unitId in scoresByUnit)) problems.push({ field: `deductions[${i}].unitId`, reason: 'has no marks' });
    if (!criteria.has(d.criterionKey))
      problems.push({ field: `deductions[${i}].criterionKey`, reason: 'is not in the rubric' });
    if (!Number.isFinite(d.points) || d.points < 0)
      problems.push({ field: `deductions[${i}].points`, reason: 'must be ≥ 0' });
  });
  if (problems.length > 0) return validationFailed('scores', problems);

  const totalWeight = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  const scored = Object.entries(scoresByUnit).map(([unitId, marks]) => {
    const byCriterion = rubric.criteria.map((c) => {
      const deducted = deductions
        .filter((d) => d.unitId === unitId && d.criterionKey === c.key)
        .reduce((sum, d) => sum + d.points, 0);
      const raw = marks[c.key];
      return { key: c.key, raw, deducted, score: Math.max(0, raw - deducted) };
    });
    const weighted = byCriterion.reduce(
      (sum, s, i) => sum + (rubric.criteria[i].weight * s.score) / rubric.criteria[i].maxScore,
      0,
    );
    return { unitId, byCriterion, total: round2((weighted / totalWeight) * 100) };
  });

  scored.sort((a, b) => b.total - a.total || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  const before = new Map(previous.map((p) => [p.unitId, p]));
  return scored.map((s) => {
    const rank = 1 + scored.filter((o) => o.total > s.total).length;
    const earlier = before.get(s.unitId);
    return {
      ...s,
      rank,
      ...(earlier ? { rankChange: earlier.rank - rank, totalChange: round2(s.total - earlier.total) } : {}),
    };
  });
}
