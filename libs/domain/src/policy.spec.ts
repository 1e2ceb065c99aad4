import { DomainError } from './errors';
import { DEFAULT_POLICY_SET, POLICY_SET_V1, type PolicySet, resolvePolicy, validatePolicySet } from './policy';

describe('resolvePolicy', () => {
  it('gives the default 倒排工期 template and the set version', () => {
    const policy = resolvePolicy(DEFAULT_POLICY_SET, 'minor');
    expect(policy.version).toBe(2);
    expect(policy.milestoneTemplate.map((m) => `${m.key}:D-${m.offsetDays}:${m.label}`)).toEqual([
      'plan:D-25:制定整改方案',
      'progress:D-15:报告整改进度',
      'evidence:D-3:提交整改佐证',
      'verification:D-0:验收销号',
    ]);
    expect(policy).toMatchObject({
      reminderOffsetsDays: [3, 1, 0],
      reminderTimeLocal: '09:00',
      overdueChase: true,
      escalation: { level1AfterWorkingDays: 1, level2AfterWorkingDays: 5 },
      deadlineWarningWorkingDays: 3,
    });
    expect(policy.yellowWithinDays).toBeUndefined();
  });

  it('keeps version 1 with its next-milestone light for the items that started on it', () => {
    expect(resolvePolicy(POLICY_SET_V1, 'major')).toMatchObject({ version: 1, yellowWithinDays: 3 });
    expect(resolvePolicy(POLICY_SET_V1, 'major').deadlineWarningWorkingDays).toBeUndefined();
    expect(validatePolicySet(POLICY_SET_V1)).toEqual(POLICY_SET_V1);
  });

  it('applies the severity override on top of the base', () => {
    const set: PolicySet = {
      version: 7,
      base: DEFAULT_POLICY_SET.base,
      bySeverity: {
        critical: { dayKind: 'working', escalation: { level1AfterWorkingDays: 1, level2AfterWorkingDays: 2 } },
      },
    };
    expect(resolvePolicy(set, 'critical')).toMatchObject({
      version: 7,
      dayKind: 'working',
      deadlineWarningWorkingDays: 3,
    });
    expect(resolvePolicy(set, 'critical').escalation.level2AfterWorkingDays).toBe(2);
    expect(resolvePolicy(set, 'major').dayKind).toBe('calendar');
  });
});

describe('validatePolicySet', () => {
  it('accepts the default set and returns it', () => {
    expect(validatePolicySet(DEFAULT_POLICY_SET)).toEqual(DEFAULT_POLICY_SET);
  });

  it('fills a missing bySeverity with {}', () => {
    const { bySeverity: _omitted, ...withoutOverrides } = DEFAULT_POLICY_SET;
    expect(validatePolicySet(withoutOverrides)).toEqual({ ...withoutOverrides, bySeverity: {} });
  });

  const base = DEFAULT_POLICY_SET.base;
  const template = base.milestoneTemplate;
  it.each<[string, unknown, string]>([
    ['version 0', { ...DEFAULT_POLICY_SET, version: 0 }, 'version'],
    [
      'negative reminder offset',
      { ...DEFAULT_POLICY_SET, base: { ...base, reminderOffsetsDays: [3, -1] } },
      'base.reminderOffsetsDays',
    ],
    [
      'fractional offset',
      { ...DEFAULT_POLICY_SET, base: { ...base, reminderOffsetsDays: [1.5] } },
      'base.reminderOffsetsDays',
    ],
    ['time 9:00', { ...DEFAULT_POLICY_SET, base: { ...base, reminderTimeLocal: '9:00' } }, 'base.reminderTimeLocal'],
    ['time 24:00', { ...DEFAULT_POLICY_SET, base: { ...base, reminderTimeLocal: '24:00' } }, 'base.reminderTimeLocal'],
    [
      'level 2 not after level 1',
      {
        ...DEFAULT_POLICY_SET,
        base: { ...base, escalation: { level1AfterWorkingDays: 3, level2AfterWorkingDays: 3 } },
      },
      'base.escalation.level2AfterWorkingDays',
    ],
    [
      'level 1 at 0',
      {
        ...DEFAULT_POLICY_SET,
        base: { ...base, escalation: { level1AfterWorkingDays: 0, level2AfterWorkingDays: 3 } },
      },
      'base.escalation.level1AfterWorkingDays',
    ],
    [
      'offsets not descending',
      {
        ...DEFAULT_POLICY_SET,
        base: { ...base, milestoneTemplate: [template[1], template[0], template[2], template[3]] },
      },
      'base.milestoneTemplate[1].offsetDays',
    ],
    [
      'template not ending at D',
      { ...DEFAULT_POLICY_SET, base: { ...base, milestoneTemplate: template.slice(0, 3) } },
      'base.milestoneTemplate',
    ],
    [
      'duplicate milestone',
      {
        ...DEFAULT_POLICY_SET,
        base: { ...base, milestoneTemplate: [template[0], { ...template[0], offsetDays: 20 }, template[3]] },
      },
      'base.milestoneTemplate[1].key',
    ],
    ['empty template', { ...DEFAULT_POLICY_SET, base: { ...base, milestoneTemplate: [] } }, 'base.milestoneTemplate'],
    ['bad day kind', { ...DEFAULT_POLICY_SET, base: { ...base, dayKind: 'weekdays' } }, 'base.dayKind'],
    ['unknown severity', { ...DEFAULT_POLICY_SET, bySeverity: { urgent: {} } }, 'bySeverity.urgent'],
    [
      'bad override merged with base',
      {
        ...DEFAULT_POLICY_SET,
        bySeverity: { critical: { escalation: { level1AfterWorkingDays: 2, level2AfterWorkingDays: 1 } } },
      },
      'bySeverity.critical.escalation.level2AfterWorkingDays',
    ],
    [
      'two light rules',
      { ...DEFAULT_POLICY_SET, base: { ...base, yellowWithinDays: 3 } },
      'base.deadlineWarningWorkingDays',
    ],
    [
      'no light rule',
      { ...DEFAULT_POLICY_SET, base: { ...base, deadlineWarningWorkingDays: undefined } },
      'base.deadlineWarningWorkingDays',
    ],
    [
      'negative warning window',
      { ...DEFAULT_POLICY_SET, base: { ...base, deadlineWarningWorkingDays: -1 } },
      'base.deadlineWarningWorkingDays',
    ],
    ['not an object', 'policy', 'base.dayKind'],
  ])('rejects %s, naming the field', (_case, input, field) => {
    const result = validatePolicySet(input);
    expect(result).toBeInstanceOf(DomainError);
    const error = result as DomainError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(error.message).toContain(field);
  });
});
