import type { ItemState } from '../../../workflows/contracts';
import type { Alert } from '../../domain/src';

export type Audience = 'responsible' | 'verifier' | 'committee';

export interface NotificationIntent {
  kind: string;
  audience: Audience;
  alert?: Alert;
}

const LIGHT = { green: '绿灯', yellow: '黄灯', red: '红灯' } as const;

/** Title and body of an in-app message, in Chinese: the item, its unit's milestone, the due date and the light. */
export function renderNotification(intent: NotificationIntent, state: ItemState): { title: string; body: string } {
  const { title } = state.input;
  const milestone = state.milestones.find((m) => m.key === intent.alert?.milestone);
  const light = LIGHT[state.light];
  const deadline = `整改时限 ${state.deadline}`;
  switch (intent.kind) {
    case 'reminder':
      return {
        title: `【整改提醒】${title}`,
        body: `「${milestone?.label ?? ''}」将于 ${milestone?.due ?? ''} 到期（T-${intent.alert?.offsetDays ?? 0}），${deadline}，当前${light}。`,
      };
    case 'overdue_chase':
      return {
        title: `【催办】${title}`,
        body: `「${milestone?.label ?? ''}」已于 ${milestone?.due ?? ''} 逾期，请尽快办理。${deadline}，当前${light}。`,
      };
    case 'escalation':
      return intent.alert?.level === 2
        ? {
            title: `【党委督办】${title}`,
            body: `已超过整改时限 ${state.deadline} 五个工作日仍未销号，升级至党委督办。`,
          }
        : { title: `【督办】${title}`, body: `已超过整改时限 ${state.deadline} 仍未销号，请主责单位督办。` };
    default:
      return { title: `【${KIND_LABEL[intent.kind] ?? intent.kind}】${title}`, body: `${deadline}，当前${light}。` };
  }
}

const KIND_LABEL: Record<string, string> = {
  assigned: '新整改任务',
  plan_submitted: '整改方案已提交',
  progress_reported: '整改进度已报告',
  verification_requested: '待验收',
  closed: '已销号',
  rejected: '验收退回',
  extension_requested: '延期申请',
  extension_approved: '延期已批准',
  extension_rejected: '延期未批准',
  cancelled: '已撤销',
  directive: '党委督办意见',
};
