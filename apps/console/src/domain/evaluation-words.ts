import type { RatingPhase, RecordStatus, RectificationOutcome, SourceKind } from '../api/types';

// The words of the 积分评星 screens: the rating's steps, record states, indicator sources, and what each field of the
// indicator-set form means (a system admin edits it once a year and must not guess).

/** 一年一评比 as the steps a person follows; `phases` are the workflow's phases shown as that step. */
export const RATING_STEPS: { label: string; phases: RatingPhase[] }[] = [
  { label: '计算', phases: ['computing'] },
  { label: '审核', phases: ['review'] },
  { label: '公示', phases: ['notice'] },
  { label: '异议', phases: ['answering'] },
  { label: '审批', phases: ['approval'] },
  { label: '完成', phases: ['final'] },
];

export const RATING_PHASE_WORD: Record<RatingPhase, string> = {
  computing: '正在计算积分',
  review: '主责单位审核中',
  notice: '公示中',
  answering: '异议答复中',
  approval: '待党委审定',
  final: '已审定',
};

export const RECORD_STATUS_WORD: Record<RecordStatus, string> = {
  recorded: '待确认',
  confirmed: '已确认',
  refused: '已退回',
};

export const OBJECTION_STATUS_WORD = { open: '待答复', upheld: '异议成立', dismissed: '异议不成立' } as const;

/** The colour of each status's pill (`.status-pill`): the lights' tones, grey for what needs nothing more. */
export const RECORD_STATUS_TONE: Record<RecordStatus, string> = {
  recorded: 'light-yellow',
  confirmed: 'light-green',
  refused: 'light-red',
};
export const OBJECTION_STATUS_TONE: Record<keyof typeof OBJECTION_STATUS_WORD, string> = {
  open: 'light-yellow',
  upheld: 'light-green',
  dismissed: 'tone-muted',
};

export const CHANGE_KIND_WORD = {
  adjustment: '审核调整',
  objection_upheld: '异议更正',
  revision: '审定后更正',
} as const;

// obligation_record too: main's contract adds that source (confirmed obligation records count as 记实).
export const SOURCE_WORD: Record<SourceKind | 'obligation_record', string> = {
  cycle_score: '互检评分',
  rectification: '整改情况',
  repeat_finding: '屡查屡犯',
  record: '记实',
  obligation_record: '组织生活记实',
  missed_obligation: '组织生活未落实',
};

export const OUTCOME_WORD: Record<RectificationOutcome, string> = {
  closed_on_time: '按期销号',
  closed_late: '逾期销号',
  overdue: '逾期未整改',
};

/** ★★★☆☆ and its words: the stars are never the only signal. */
export function starsText(stars: number): string {
  return `${'★'.repeat(stars)}${'☆'.repeat(Math.max(0, 5 - stars))}`;
}

/** Points as a person reads them on a score line: +3, −2, 0 (never −0). */
export function signed(points: number): string {
  const rounded = Math.round(points * 100) / 100;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** '2026-03' → 2026年3月, '2026-Q1' → 2026年第1季度, '2026' → 2026年度. */
export function periodWord(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${quarter[2]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return `${period}年度`;
}

/** The indicator-set form's explanations, one per field. */
export const INDICATOR_HELP = {
  effectiveFrom: '新版本从这个月起计分（须是下个月或更晚）；此前已计分的月份仍按原版本，不会被改写。',
  key: '指标编码：小写字母、数字和下划线，如 closed_on_time；同一版本内不能重复。',
  name: '积分卡上显示的指标名称，如「按期整改销号」。',
  kind: '指标从哪里取数：互检评分、整改情况、屡查屡犯、确认的记实，或组织生活未落实。',
  pointsAt100: '互检评分满分（100分）时计多少分，按比例折算；须大于0。',
  outcome: '计哪一类整改项：按期销号、逾期销号，或到月底仍逾期未整改。',
  recordType: '计哪一类记实（小写编码，如 five_good）；只有主责单位确认的记实才计分。',
  pointsEach: '每一项计多少分；扣分填负数（如 −2）；不能为0。',
  cap: '每月这一项最多计（或扣）多少分，须大于0；不填则不封顶。',
  method: '按分数线：年度积分达到某一档的最低分即得该档星级；按排名：片区内排名靠前的一定比例得该档星级。',
  stars: '这一档的星级（2–5星，从多到少排列）；达不到任何一档的为1星。',
  minPoints: '得到这一档星级的最低年度积分；星级越高，分数线须越高。',
  share: '得到这一档星级的单位比例（0到1之间，如 0.2 即前20%）；各档合计不超过1。',
} as const;

/** The API's reasons for a bad field of an indicator set, in Chinese (an unknown reason: 填写有误). */
const REASONS: [RegExp, string][] = [
  [/lower-case identifier/, '须为小写字母、数字和下划线组成的编码'],
  [/appears twice/, '与其他指标重复'],
  [/must not be empty/, '不能为空'],
  [/must be one of/, '请从列表中选择'],
  [/greater than 0/, '须大于0'],
  [/other than 0/, '须为不等于0的数'],
  [/from 2 to 5/, '须为2到5之间的整数（1星为保底）'],
  [/fewer stars than the band before/, '须比上一档星级少'],
  [/bands overlap/, '须低于上一档的最低分（分数线不能重叠）'],
  [/share between 0 and 1/, '须为0到1之间的比例'],
  [/add up to at most 1/, '各档比例合计不能超过1'],
  [/at least one/, '至少填写一项'],
  [/month (YYYY-MM|after)/, '须为下个月或更晚的月份'],
  [/must be a number/, '须为数字'],
];

export function reasonWord(reason: string): string {
  return REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? '填写有误';
}

/**
 * The last day of a 公示 that ends at `endsAt` (the end of its last working day, i.e. the next midnight), as
 * 12月8日 in the organisation's zone.
 */
export function lastDayOf(endsAt: string): string {
  return new Date(Date.parse(endsAt) - 1).toLocaleDateString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'long',
    day: 'numeric',
  });
}
