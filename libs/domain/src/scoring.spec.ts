import { DomainError } from './errors';
import { DEFAULT_RUBRIC, type Rubric, scoreUnits, type UnitScore, validateRubric } from './scoring';

const all = (mark: number): Record<string, number> =>
  Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, mark]));
const ranked = (result: UnitScore[] | DomainError): string[] => {
  if (result instanceof DomainError) throw result;
  return result.map((s) => `${s.rank} ${s.unitId} ${s.total}`);
};

describe('DEFAULT_RUBRIC', () => {
  it("is seed 000's evaluation standard with equal weights", () => {
    expect(DEFAULT_RUBRIC.criteria.map((c) => c.name)).toEqual([
      '党员有示范',
      '职工有士气',
      '人才有成长',
      '工作有亮点',
      '生产有秩序',
      '效益有保证',
    ]);
    expect(new Set(DEFAULT_RUBRIC.criteria.map((c) => c.weight)).size).toBe(1);
    expect(validateRubric(DEFAULT_RUBRIC)).toBe(DEFAULT_RUBRIC);
  });
});

describe('validateRubric', () => {
  it.each<[string, unknown, string]>([
    ['no criteria', { criteria: [] }, 'criteria'],
    ['zero weight', { criteria: [{ key: 'a', name: 'A', weight: 0, maxScore: 10 }] }, 'criteria[0].weight'],
    ['negative max', { criteria: [{ key: 'a', name: 'A', weight: 1, maxScore: -1 }] }, 'criteria[0].maxScore'],
    ['empty name', { criteria: [{ key: 'a', name: ' ', weight: 1, maxScore: 10 }] }, 'criteria[0].name'],
    [
      'duplicate key',
      {
        criteria: [
          { key: 'a', name: 'A', weight: 1, maxScore: 10 },
          { key: 'a', name: 'B', weight: 1, maxScore: 10 },
        ],
      },
      'criteria[1].key',
    ],
  ])('rejects %s', (_case, input, field) => {
    const result = validateRubric(input);
    expect(result).toBeInstanceOf(DomainError);
    expect((result as DomainError).details.fields).toEqual([expect.objectContaining({ field })]);
  });
});

describe('scoreUnits', () => {
  it('ranks with ties sharing a rank (1, 1, 3) and lists ties by unit id', () => {
    const result = scoreUnits({
      rubric: DEFAULT_RUBRIC,
      scoresByUnit: { zhongjiang: all(90), guanlang: all(90), guidao: all(80), dagiao: all(95) },
    });
    expect(ranked(result)).toEqual(['1 dagiao 95', '2 guanlang 90', '2 zhongjiang 90', '4 guidao 80']);
  });

  it('weights criteria and normalises to 100, whatever the max scores', () => {
    const rubric: Rubric = {
      criteria: [
        { key: 'safety', name: '安全', weight: 3, maxScore: 10 },
        { key: 'records', name: '台账', weight: 1, maxScore: 50 },
      ],
    };
    // (3 × 8/10 + 1 × 25/50) / 4 × 100 = 72.5
    expect(ranked(scoreUnits({ rubric, scoresByUnit: { u: { safety: 8, records: 25 } } }))).toEqual(['1 u 72.5']);
  });

  it('applies findings as deductions, never below zero on a criterion', () => {
    const result = scoreUnits({
      rubric: DEFAULT_RUBRIC,
      scoresByUnit: { a: all(90), b: all(90) },
      deductions: [
        { unitId: 'a', criterionKey: 'orderly_production', points: 30, findingId: 'f1' },
        { unitId: 'a', criterionKey: 'orderly_production', points: 80, findingId: 'f2' },
        { unitId: 'b', criterionKey: 'staff_morale', points: 6 },
      ],
    });
    expect(ranked(result)).toEqual(['1 b 89', '2 a 75']);
    const a = (result as UnitScore[]).find((s) => s.unitId === 'a');
    expect(a?.byCriterion.find((c) => c.key === 'orderly_production')).toEqual({
      key: 'orderly_production',
      raw: 90,
      deducted: 110,
      score: 0,
    });
  });

  it('reports the change from the previous cycle', () => {
    const result = scoreUnits({
      rubric: DEFAULT_RUBRIC,
      scoresByUnit: { a: all(80), b: all(85), c: all(70) },
      previous: [
        { unitId: 'a', total: 90, rank: 1 },
        { unitId: 'b', total: 82.5, rank: 2 },
      ],
    }) as UnitScore[];
    expect(result.map((s) => [s.unitId, s.rankChange, s.totalChange])).toEqual([
      ['b', 1, 2.5],
      ['a', -1, -10],
      ['c', undefined, undefined],
    ]);
  });

  it.each<[string, Record<string, Record<string, number>>, string]>([
    ['a missing mark', { a: { ...all(80), staff_morale: Number.NaN } }, 'scoresByUnit.a.staff_morale'],
    ['a mark above the maximum', { a: { ...all(80), talent_growth: 101 } }, 'scoresByUnit.a.talent_growth'],
    ['an unknown criterion', { a: { ...all(80), bonus: 5 } }, 'scoresByUnit.a.bonus'],
  ])('refuses %s', (_case, scoresByUnit, field) => {
    const result = scoreUnits({ rubric: DEFAULT_RUBRIC, scoresByUnit });
    expect((result as DomainError).details.fields).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses a deduction for a unit without marks', () => {
    const result = scoreUnits({
      rubric: DEFAULT_RUBRIC,
      scoresByUnit: { a: all(80) },
      deductions: [{ unitId: 'z', criterionKey: 'staff_morale', points: 1 }],
    });
    expect((result as DomainError).details.fields).toEqual([
      expect.objectContaining({ field: 'deductions[0].unitId' }),
    ]);
  });
});
