import type { CyclePhase, DayKind, PhaseName } from '../api/types';

// The words of 互检 screens: phases, due times, and what each field of the programme form means.
export const PHASE_WORD: Record<CyclePhase, string> = {
  open: '未开始',
  self_check: '自检阶段',
  mutual_inspection: '互检阶段',
  meeting: '例会阶段',
  report: '上报阶段',
  closed: '已结束',
};

export const DUE_WORD: Record<PhaseName, string> = {
  selfCheckDue: '自检截止',
  mutualInspectionDue: '互检截止',
  meeting: '例会',
  reportDue: '上报截止',
};

/** Which due time belongs to the phase a cycle is in (the one to watch now). */
export const CURRENT_DUE: Partial<Record<CyclePhase, PhaseName>> = {
  self_check: 'selfCheckDue',
  mutual_inspection: 'mutualInspectionDue',
  meeting: 'meeting',
  report: 'reportDue',
};

export const DAY_KIND_WORD: Record<DayKind, string> = { working: '个工作日', calendar: '个自然日' };

export const SUBMISSION_WORD = { self_check: '自检', mutual_inspection: '互检' } as const;

/** The programme form's explanations, one per field: a lead unit admin fills it in once a year, and must not guess. */
export const PROGRAMME_HELP = {
  region: '互检在一个片区的成员单位之间进行，由片区主责单位组织。',
  name: '出现在通知、台账和报告中，如「芜湖片区月度互检」。',
  participants: '参加互检的成员单位，至少两个；默认片区全部成员单位（主责单位也参加）。',
  cadence: '每月这一天的这个时间自动发起一期互检（1–28日，每个月都有这一天）；也可随时「立即发起」。',
  phaseWindows:
    '从发起当天起算：到期前会提醒，逾期会催办并逐级督办。工作日跳过节假日并计入调休上班日；时间为北京时间。',
  rubric:
    '每项按满分打分；权重决定各项在总分中的比重（各项权重之比，总分折算为100分）。发现问题的扣分从所属项目中扣除。',
  pairing: '轮换配对：每期各单位检查另一家单位，轮完一遍前不重复、不互查。',
  repeatLookback: '与前几期的问题比对：同一单位同一项目再次出现问题，报告中标记为「屡查屡犯」。',
} as const;

/** 名次变化 in words: up, down or unchanged since the previous cycle; a dash for the first cycle. */
export function rankChangeWord(change: number | undefined): string {
  if (change === undefined) return '—';
  if (change > 0) return `上升${change}名`;
  if (change < 0) return `下降${-change}名`;
  return '持平';
}
