import type { ItemStatus, Light, MessageKind, Role } from '../api/types';

// Words for the states a person sees; the light always has its word beside its colour.
export const LIGHT_WORD: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
export const LIGHT_MEANING: Record<Light, string> = {
  green: '正常推进',
  yellow: '下一节点3天内到期',
  red: '有节点已逾期',
};
export const STATUS_WORD: Record<ItemStatus, string> = {
  open: '待制定方案',
  in_progress: '整改中',
  pending_verification: '待验收',
  closed: '已销号',
  cancelled: '已撤销',
};
export const ESCALATION_WORD = ['', '主责单位督办', '党委督办'];
export const SEVERITY_WORD: Record<string, string> = { minor: '一般', major: '较重', critical: '严重' };

const DAY_MS = 86_400_000;

/** Calendar days from `today` to `date` (both YYYY-MM-DD). */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** The countdown in words: 还有3天 / 今天到期 / 已逾期2天. */
export function countdown(today: string, due: string): string {
  const d = daysBetween(today, due);
  if (d > 0) return `还有${d}天`;
  if (d === 0) return '今天到期';
  return `已逾期${-d}天`;
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today in the organisation's zone (China), as YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '—');

/** What happened, for the timeline (一件一档). */
export const EVENT_WORD: Record<string, string> = {
  created: '登记问题',
  plan_submitted: '提交整改方案',
  progress_reported: '报告进展',
  evidence_submitted: '提交佐证材料',
  verified_closed: '验收通过，销号',
  verification_rejected: '验收退回',
  extension_requested: '申请延期',
  extension_approved: '批准延期',
  extension_rejected: '驳回延期',
  reassigned: '改派',
  cancelled: '撤销',
  directive: '督办意见',
  policy_rebased: '规则更新',
  reminder: '提醒',
  overdue_chase: '催办',
  escalated_level_1: '升级为主责单位督办',
  escalated_level_2: '升级为党委督办',
};

export interface MilestoneState {
  key: string;
  label: string;
  due: string;
  state: 'done' | 'pending' | 'late';
}

export function milestoneStates(
  milestones: { key: string; label: string; due: string; done: boolean }[],
  today: string,
): MilestoneState[] {
  return milestones.map((m) => ({
    key: m.key,
    label: m.label,
    due: m.due,
    state: m.done ? 'done' : m.due < today ? 'late' : 'pending',
  }));
}

/** The next milestone not yet done, or null when all are. */
export function nextMilestone<M extends { done: boolean; due: string }>(milestones: M[]): M | null {
  return milestones.find((m) => !m.done) ?? null;
}

export const ROLE_WORD: Record<Role, string> = {
  system_admin: '系统管理员',
  lead_admin: '主责单位管理员',
  branch_secretary: '党支部书记',
  committee_member: '党委委员',
};

/** The kinds of message a person or a group robot receives (the channels are chosen per kind). */
export const MESSAGE_KIND_WORD: Record<MessageKind, string> = {
  reminder: '节点提醒',
  overdue_chase: '逾期催办',
  escalation: '督办升级',
  report: '互检报告',
  event: '办理动态',
};
