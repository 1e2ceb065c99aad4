import { isDomainError } from './errors';
import {
  DEFAULT_INDICATOR_SET,
  DEFAULT_INDICATOR_SETS,
  type IndicatorSet,
  indicatorSetFor,
  rateYear,
  scoreMonth,
  type StarRating,
  sumMonths,
  type UnitMonthFacts,
  validateIndicatorSet,
} from './evaluation';

const facts = (over: Partial<UnitMonthFacts> = {}): UnitMonthFacts => ({
  unitId: 'u1',
  month: '2027-03',
  cycleScores: [],
  items: [],
  repeatFindings: [],
  records: [],
  missedObligations: [],
  ...over,
});

const fieldsOf = (result: unknown): string[] =>
  isDomainError(result) ? (result.details.fields as { field: string }[]).map((f) => f.field) : [];

describe('validateIndicatorSet', () => {
  it('accepts the default set', () => {
    expect(validateIndicatorSet(DEFAULT_INDICATOR_SET)).toBe(DEFAULT_INDICATOR_SET);
  });

  it.each([
    [
      'a negative cap',
      {
        indicators: [
          {
            ...DEFAULT_INDICATOR_SET.indicators[1],
            source: { kind: 'rectification', outcome: 'closed_on_time', pointsEach: 1, cap: -3 },
          },
        ],
      },
      'indicators[0].source.cap',
    ],
    [
      'zero points',
      { indicators: [{ key: 'x', name: '某项', source: { kind: 'record', recordType: 'x', pointsEach: 0 } }] },
      'indicators[0].source.pointsEach',
    ],
    [
      'an unknown source',
      { indicators: [{ key: 'x', name: '某项', source: { kind: 'vibes' } }] },
      'indicators[0].source.kind',
    ],
    [
      'a key twice',
      { indicators: [DEFAULT_INDICATOR_SET.indicators[0], DEFAULT_INDICATOR_SET.indicators[0]] },
      'indicators[1].key',
    ],
    ['a month that is not one', { effectiveFrom: '2027-13' }, 'effectiveFrom'],
    [
      'overlapping thresholds',
      {
        rating: {
          method: 'thresholds',
          bands: [
            { stars: 5, minPoints: 100 },
            { stars: 4, minPoints: 100 },
          ],
        },
      },
      'rating.bands[1].minPoints',
    ],
    [
      'stars out of order',
      {
        rating: {
          method: 'thresholds',
          bands: [
            { stars: 3, minPoints: 100 },
            { stars: 4, minPoints: 90 },
          ],
        },
      },
      'rating.bands[1].stars',
    ],
    [
      'a 1-star band (the floor)',
      { rating: { method: 'thresholds', bands: [{ stars: 1, minPoints: 0 }] } },
      'rating.bands[0].stars',
    ],
    [
      'ranking shares over 1',
      {
        rating: {
          method: 'ranking',
          bands: [
            { stars: 5, share: 0.6 },
            { stars: 4, share: 0.5 },
          ],
        },
      },
      'rating.bands',
    ],
  ])('refuses %s, naming the field', (_, change, field) => {
    expect(fieldsOf(validateIndicatorSet({ ...DEFAULT_INDICATOR_SET, ...change }))).toContain(field);
  });

  it('names every problem at once', () => {
    expect(fieldsOf(validateIndicatorSet({ version: 0, indicators: [], rating: {} }))).toEqual([
      'version',
      'effectiveFrom',
      'indicators',
      'rating.method',
    ]);
  });
});

describe('indicatorSetFor', () => {
  const v2: IndicatorSet = { ...DEFAULT_INDICATOR_SET, version: 2, effectiveFrom: '2027-07' };
  it('applies a new version from its month on and keeps the old one for the months before', () => {
    expect(indicatorSetFor([DEFAULT_INDICATOR_SET, v2], '2027-06')?.version).toBe(1);
    expect(indicatorSetFor([v2, DEFAULT_INDICATOR_SET], '2027-07')?.version).toBe(2);
    expect(indicatorSetFor([v2], '2027-06')).toBeUndefined();
  });
});

describe('scoreMonth', () => {
  it('scales cycle scores and counts facts line by line, naming them', () => {
    const score = scoreMonth(
      DEFAULT_INDICATOR_SET,
      facts({
        cycleScores: [{ cycleId: 'c1', total: 87.5 }],
        items: [
          { itemId: 'i1', outcome: 'closed_on_time' },
          { itemId: 'i2', outcome: 'closed_late' },
          { itemId: 'i3', outcome: 'overdue' },
        ],
        records: [
          { recordId: 'r1', recordType: 'three_meetings_one_lesson' },
          { recordId: 'r2', recordType: 'something_else' },
        ],
      }),
    );
    const line = (key: string) => score.lines.find((l) => l.indicatorKey === key);
    expect(line('cycle_score')).toMatchObject({ refs: ['c1'], points: 8.75 });
    expect(line('closed_on_time')).toMatchObject({ refs: ['i1'], points: 1 });
    expect(line('closed_late')).toMatchObject({ refs: ['i2'], points: -1 });
    expect(line('overdue')).toMatchObject({ refs: ['i3'], points: -2 });
    expect(line('three_meetings')).toMatchObject({ refs: ['r1'], points: 1 });
    expect(score.points).toBe(7.75);
    expect(score.points).toBe(score.lines.reduce((sum, l) => sum + l.points, 0));
  });

  it('caps a bonus and a penalty by their size', () => {
    const score = scoreMonth(
      DEFAULT_INDICATOR_SET,
      facts({
        items: Array.from({ length: 8 }, (_, i) => ({ itemId: `i${i}`, outcome: 'overdue' as const })),
        records: Array.from({ length: 6 }, (_, i) => ({ recordId: `r${i}`, recordType: 'three_meetings_one_lesson' })),
      }),
    );
    expect(score.lines.find((l) => l.indicatorKey === 'overdue')).toMatchObject({
      raw: -16,
      points: -10,
      capped: true,
    });
    expect(score.lines.find((l) => l.indicatorKey === 'three_meetings')).toMatchObject({
      raw: 6,
      points: 4,
      capped: true,
    });
    expect(score.points).toBe(-6);
  });

  it('gives an empty month zero on every line', () => {
    const score = scoreMonth(DEFAULT_INDICATOR_SET, facts());
    expect(score.points).toBe(0);
    expect(score.lines).toHaveLength(DEFAULT_INDICATOR_SET.indicators.length);
  });
});

describe('sumMonths', () => {
  it('adds months line by line, caps staying monthly', () => {
    const overdue = Array.from({ length: 8 }, (_, i) => ({ itemId: `i${i}`, outcome: 'overdue' as const }));
    const jan = scoreMonth(DEFAULT_INDICATOR_SET, facts({ month: '2027-01', items: overdue }));
    const feb = scoreMonth(
      DEFAULT_INDICATOR_SET,
      facts({ month: '2027-02', cycleScores: [{ cycleId: 'c2', total: 100 }] }),
    );
    const other = scoreMonth(
      DEFAULT_INDICATOR_SET,
      facts({ unitId: 'u2', cycleScores: [{ cycleId: 'c9', total: 100 }] }),
    );
    const quarter = sumMonths('u1', '2027-Q1', [jan, feb, other]);
    expect(quarter.points).toBe(0); // −10 (capped) + 10
    expect(quarter.lines.find((l) => l.indicatorKey === 'cycle_score')).toMatchObject({ refs: ['c2'], points: 10 });
    expect(quarter.lines.find((l) => l.indicatorKey === 'overdue')).toMatchObject({ points: -10, capped: true });
  });
});

describe('rateYear', () => {
  const thresholds = DEFAULT_INDICATOR_SET.rating;
  it('gives the most stars whose minimum is reached, 1 star below every band', () => {
    const result = rateYear(thresholds, [
      { unitId: 'a', points: 150 },
      { unitId: 'b', points: 149.99 },
      { unitId: 'c', points: 95 },
      { unitId: 'd', points: 12 },
    ]);
    expect(result.map((r) => [r.unitId, r.stars, r.rank])).toEqual([
      ['a', 5, 1],
      ['b', 4, 2],
      ['c', 2, 3],
      ['d', 1, 4],
    ]);
  });

  it('applies adjustments with their reasons before rating', () => {
    const [a] = rateYear(
      thresholds,
      [{ unitId: 'a', points: 125 }],
      [
        { unitId: 'a', points: 6, reason: '异议成立：3月记实漏计' },
        { unitId: 'x', points: 100, reason: '另一单位' },
      ],
    );
    expect(a).toMatchObject({ points: 131, stars: 4 });
    expect(a.adjustments).toHaveLength(1);
  });

  const ranking: StarRating = {
    method: 'ranking',
    bands: [
      { stars: 5, share: 0.25 },
      { stars: 4, share: 0.25 },
      { stars: 3, share: 0.25 },
    ],
  };
  it('rates by rank bands, ties sharing a rank and a band', () => {
    const result = rateYear(ranking, [
      { unitId: 'd', points: 80 },
      { unitId: 'a', points: 100 },
      { unitId: 'b', points: 100 },
      { unitId: 'c', points: 90 },
    ]);
    expect(result.map((r) => [r.unitId, r.rank, r.stars])).toEqual([
      ['a', 1, 5],
      ['b', 1, 5],
      ['c', 3, 3],
      ['d', 4, 1],
    ]);
  });
});

describe('obligations as facts (三会一课)', () => {
  const v1 = DEFAULT_INDICATOR_SETS[0];
  const v2 = DEFAULT_INDICATOR_SETS[1];
  const confirmed = (n: number, typeCode = 'branch-committee') =>
    Array.from({ length: n }, (_, i) => ({ obligationId: `${typeCode}-${i + 1}`, typeCode }));
  const line = (set: IndicatorSet, f: UnitMonthFacts, key: string) =>
    scoreMonth(set, f).lines.find((l) => l.indicatorKey === key);

  it('keeps version 1 for the months it scored and applies version 2 from 2027-01', () => {
    expect(DEFAULT_INDICATOR_SETS.map((s) => validateIndicatorSet(s))).toEqual(DEFAULT_INDICATOR_SETS);
    expect(indicatorSetFor(DEFAULT_INDICATOR_SETS, '2026-12')).toBe(v1);
    expect(indicatorSetFor(DEFAULT_INDICATOR_SETS, '2027-01')).toBe(v2);
    expect(v1.indicators.find((i) => i.key === 'three_meetings')?.source).toEqual({
      kind: 'record',
      recordType: 'three_meetings_one_lesson',
      pointsEach: 1,
      cap: 4,
    });
  });

  it.each([
    {
      name: 'one 支委会 confirmed',
      f: { obligationRecords: confirmed(1) },
      three: { points: 1, refs: ['branch-committee-1'], capped: false },
      missed: { points: 0, refs: [] },
    },
    {
      name: "a quarter's end: 支委会, 党员大会 and 党课 confirmed",
      f: {
        obligationRecords: [...confirmed(1), ...confirmed(1, 'member-assembly'), ...confirmed(1, 'party-lecture')],
      },
      three: { points: 3, capped: false },
      missed: { points: 0 },
    },
    {
      name: 'five confirmed: capped at 4',
      f: { obligationRecords: confirmed(5) },
      three: { raw: 5, points: 4, capped: true },
      missed: { points: 0 },
    },
    {
      name: 'a record of a type outside 三会一课 (中心组学习) does not count as one',
      f: { obligationRecords: confirmed(1, 'central-group-study') },
      three: { points: 0, refs: [] },
      missed: { points: 0 },
    },
    {
      name: 'missed obligations of any type cost 2 each',
      f: { missedObligations: [...confirmed(1), ...confirmed(1, 'staff-opinion-survey')] },
      three: { points: 0 },
      missed: { points: -4, refs: ['branch-committee-1', 'staff-opinion-survey-1'], capped: false },
    },
    {
      name: 'four missed: the penalty is capped at 6',
      f: { missedObligations: confirmed(4) },
      three: { points: 0 },
      missed: { raw: -8, points: -6, capped: true },
    },
  ])('version 2: $name', ({ f, three, missed }) => {
    expect(line(v2, facts({ month: '2027-03', ...f }), 'three_meetings')).toMatchObject(three);
    expect(line(v2, facts({ month: '2027-03', ...f }), 'missed_obligation')).toMatchObject(missed);
  });

  it('version 1 counts missed obligations but not obligation records (its 三会一课 are 记实 records)', () => {
    const f = facts({ obligationRecords: confirmed(2), missedObligations: confirmed(1, 'party-lecture') });
    expect(line(v1, f, 'three_meetings')).toMatchObject({ points: 0 });
    expect(line(v1, f, 'missed_obligation')).toMatchObject({ points: -2, refs: ['party-lecture-1'] });
  });

  it.each([
    [[], 'an empty list'],
    [['支委会'], 'a name instead of a code'],
    ['branch-committee', 'a string instead of a list'],
  ] as [unknown, string][])('refuses typeCodes of %j (%s), naming the field', (typeCodes) => {
    const set = {
      ...v2,
      indicators: [{ key: 'x', name: 'x', source: { kind: 'obligation_record', typeCodes, pointsEach: 1 } }],
    };
    expect(fieldsOf(validateIndicatorSet(set))).toEqual(['indicators[0].source.typeCodes']);
  });
});
