import { composeMessage } from './catalogue';
import { LOCALES } from './locale';
import {
  CYCLE_MESSAGE_KINDS,
  type CycleFacts,
  type CycleMessage,
  ITEM_MESSAGE_KINDS,
  type ItemMessage,
  type ItemMessageKind,
  type MessageModel,
} from './models';

/** A realistic item of the demo organisation: 中江桥's 党员示范岗, due Tuesday 15 December. */
const item: ItemMessage['item'] = {
  title: '党员示范岗标识不全',
  requirement: '按《党员示范岗建设标准》补齐岗位标识和党员承诺牌，并拍照留存',
  responsibleUnit: '芜湖中江桥项目党支部',
  responsiblePerson: '张华',
  leadUnit: '芜湖片区联合党支部',
  deadline: '2026-12-15',
  light: { light: 'yellow', reason: 'milestone_overdue', milestoneLabel: '制定整改方案' },
  escalationLevel: 0,
  cycle: '芜湖片区互检 2026-11',
};

const base = (kind: ItemMessageKind, over: Partial<ItemMessage> = {}): ItemMessage => ({
  kind,
  audience: 'responsible',
  today: '2026-12-02',
  item,
  next: { action: 'submit_plan', due: '2026-12-05', timeLeft: { kind: 'days_left', days: 3 } },
  actor: null,
  reason: null,
  submitted: null,
  milestone: null,
  extension: null,
  reassignedFrom: null,
  escalation: null,
  ...over,
});

const toVerifier = { audience: 'verifier' as const, actor: '张华' };
const ITEM_MODELS: Record<ItemMessageKind, ItemMessage> = {
  assigned: base('assigned', { item: { ...item, light: { light: 'green', reason: 'on_schedule' } } }),
  plan_submitted: base('plan_submitted', { ...toVerifier, next: null, submitted: '12月10日前补齐标识，专人负责' }),
  progress_reported: base('progress_reported', { ...toVerifier, next: null, submitted: '已补齐6块，剩余2块在制作' }),
  verification_requested: base('verification_requested', {
    ...toVerifier,
    next: { action: 'verify', due: '2026-12-15', timeLeft: { kind: 'days_left', days: 13 } },
    submitted: '标识已全部补齐，照片见附件',
  }),
  closed: base('closed', { actor: '李强', next: null, item: { ...item, light: null } }),
  rejected: base('rejected', {
    actor: '李强',
    reason: '照片不清晰，看不出承诺牌内容',
    next: { action: 'submit_evidence', due: '2026-12-12', timeLeft: { kind: 'days_left', days: 10 } },
  }),
  extension_requested: base('extension_requested', {
    ...toVerifier,
    reason: '标识牌厂家停产，需重新定制',
    extension: { asked: '2026-12-31', from: '2026-12-15', granted: null },
    next: { action: 'decide_extension', due: null, timeLeft: null },
  }),
  extension_approved: base('extension_approved', {
    actor: '李强',
    reason: '同意，月底前务必完成',
    extension: { asked: '2026-12-31', from: '2026-12-15', granted: '2026-12-31' },
    item: { ...item, deadline: '2026-12-31' },
  }),
  extension_rejected: base('extension_rejected', {
    actor: '李强',
    reason: '可先用临时标识，不予延期',
    extension: { asked: '2026-12-31', from: '2026-12-15', granted: null },
  }),
  cancelled: base('cancelled', {
    actor: '李强',
    reason: '与上期问题重复登记',
    next: null,
    item: { ...item, light: null },
  }),
  directive: base('directive', { actor: '王书记', reason: '请主责单位本周内到现场核查' }),
  reminder: base('reminder', {
    milestone: { label: '制定整改方案', due: '2026-12-05', timeLeft: { kind: 'days_left', days: 3 } },
    item: { ...item, light: { light: 'green', reason: 'on_schedule' } },
  }),
  overdue_chase: base('overdue_chase', {
    today: '2026-12-09',
    milestone: { label: '制定整改方案', due: '2026-12-05', timeLeft: { kind: 'overdue', workingDays: 2 } },
    next: { action: 'submit_plan', due: '2026-12-05', timeLeft: { kind: 'overdue', workingDays: 2 } },
  }),
  escalation: base('escalation', {
    today: '2026-12-22',
    audience: 'committee',
    escalation: { level: 2, workingDaysOverdue: 5 },
    item: { ...item, escalationLevel: 2, light: { light: 'red', reason: 'deadline_passed', workingDays: 5 } },
    next: { action: 'supervise', due: null, timeLeft: null },
  }),
};

const cycle: CycleFacts = { programme: '芜湖片区互检', region: '芜湖片区', period: '2026-12', cycleNumber: 12 };
const CYCLE_MODELS: Record<CycleMessage['kind'], CycleMessage> = {
  cycle_opened: {
    kind: 'cycle_opened',
    today: '2026-12-01',
    cycle,
    unit: '芜湖中江桥项目党支部',
    inspectee: '芜湖轨道交通项目党支部',
    selfCheckDue: { date: '2026-12-08', time: '18:00' },
    mutualInspectionDue: { date: '2026-12-15', time: '18:00' },
    meetingAt: { date: '2026-12-18', time: '09:00' },
  },
  cycle_meeting: {
    kind: 'cycle_meeting',
    today: '2026-12-16',
    cycle,
    leadUnit: '芜湖片区联合党支部',
    meetingAt: { date: '2026-12-18', time: '09:00' },
  },
  cycle_reminder: {
    kind: 'cycle_reminder',
    today: '2026-12-14',
    cycle,
    unit: '芜湖中江桥项目党支部',
    obligation: 'mutual_inspection',
    inspectee: '芜湖轨道交通项目党支部',
    due: { date: '2026-12-15', time: '18:00' },
    timeLeft: { kind: 'days_left', days: 1 },
  },
  cycle_chase: {
    kind: 'cycle_chase',
    today: '2026-12-10',
    cycle,
    unit: '芜湖中江桥项目党支部',
    obligation: 'self_check',
    inspectee: null,
    due: { date: '2026-12-08', time: '18:00' },
    timeLeft: { kind: 'overdue', workingDays: 2 },
  },
  cycle_escalation: {
    kind: 'cycle_escalation',
    audience: 'up',
    today: '2026-12-10',
    cycle,
    unit: '芜湖中江桥项目党支部',
    obligation: 'self_check',
    level: 1,
    due: { date: '2026-12-08', time: '18:00' },
    timeLeft: { kind: 'overdue', workingDays: 2 },
  },
  cycle_report: {
    kind: 'cycle_report',
    audience: 'committee',
    today: '2026-12-21',
    cycle,
    findings: 9,
    repeats: 2,
    openFromEarlier: 3,
    ranking: [
      { unit: '芜湖轨道交通项目党支部', total: 96, rank: 1 },
      { unit: '芜湖中江桥项目党支部', total: 91.5, rank: 2 },
    ],
  },
};

const ALL: [string, MessageModel][] = [
  ...ITEM_MESSAGE_KINDS.map((k): [string, MessageModel] => [k, ITEM_MODELS[k]]),
  ...CYCLE_MESSAGE_KINDS.map((k): [string, MessageModel] => [k, CYCLE_MODELS[k]]),
];

/** A message as a reviewer reads it: subject, summary, what to do, then the facts. */
function readable(model: MessageModel, locale: 'zh' | 'en'): string {
  const m = composeMessage(model, locale);
  return [
    m.subject,
    m.summary,
    ...(m.ask ? [`» ${m.ask}`] : []),
    ...m.facts.map((f) => `  ${f.label}: ${f.value}`),
  ].join('\n');
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const INTERNAL = /\bT-\d|[a-z]+_[a-z]+|undefined|null|NaN|\[object|\$\{|\{\{|\b\d{4}-\d{2}-\d{2}\b/;

describe('the message catalogue', () => {
  it('has a realistic model for every kind', () => {
    expect(ALL.map(([k]) => k)).toEqual([...ITEM_MESSAGE_KINDS, ...CYCLE_MESSAGE_KINDS]);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it.each(ALL)('renders %s without placeholders, UUIDs, code names or raw dates', (_kind, model) => {
      const text = readable(model, locale);
      expect(text).not.toMatch(UUID);
      expect(text).not.toMatch(INTERNAL);
      expect(text).toMatchSnapshot();
    });
  });

  it('says what to do and by when, with the time left in words', () => {
    expect(composeMessage(ITEM_MODELS.assigned).ask).toBe('请于12月5日（周六）前提交整改方案，还有3天。');
    expect(composeMessage(ITEM_MODELS.overdue_chase).ask).toBe(
      '请尽快提交整改方案：原定12月5日（周六），已逾期2个工作日。',
    );
    expect(
      composeMessage({
        ...ITEM_MODELS.reminder,
        next: { action: 'submit_plan', due: '2026-12-02', timeLeft: { kind: 'due_today' } },
      }).ask,
    ).toBe('请于12月2日（周三）前提交整改方案，今天到期。');
  });

  it('carries the requirement, both units, the light with its reason and every reason given', () => {
    const text = readable(ITEM_MODELS.rejected, 'zh');
    for (const fact of [
      '整改要求: 按《党员示范岗建设标准》',
      '责任单位: 芜湖中江桥项目党支部（张华）',
      '主责单位: 芜湖片区联合党支部',
      '红黄绿灯: 黄灯（节点滞后：「制定整改方案」已逾期）',
      '退回理由: 照片不清晰',
      '互检周期: 芜湖片区互检 2026-11',
    ]) {
      expect(text).toContain(fact);
    }
    expect(readable(ITEM_MODELS.extension_requested, 'zh')).toContain('申请延至: 12月31日（周四）');
    expect(readable(ITEM_MODELS.extension_rejected, 'zh')).toContain('驳回理由: 可先用临时标识，不予延期');
    expect(readable(CYCLE_MODELS.cycle_opened, 'zh')).toContain('互检对象: 芜湖轨道交通项目党支部');
  });
});
