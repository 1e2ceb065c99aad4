/** What each timeline event is called on paper (一件一档, exports): the item workflow's event kinds in Chinese. */
export const EVENT_LABEL: Record<string, string> = {
  created: '登记交办',
  plan_submitted: '提交整改方案',
  progress_reported: '报告整改进度',
  evidence_submitted: '提交佐证材料',
  verification_rejected: '验收退回',
  verified_closed: '验收销号',
  extension_requested: '申请延期',
  extension_approved: '同意延期',
  extension_rejected: '不同意延期',
  reassigned: '改派责任单位',
  cancelled: '撤销',
  directive: '党委督办意见',
  reminder: '节点提醒',
  overdue_chase: '逾期催办',
  escalated_level_1: '主责单位督办',
  escalated_level_2: '党委督办',
  policy_rebased: '调整提醒策略',
  light_changed: '红黄绿灯变化',
};

/** The label of an event kind, or the kind itself for one this catalogue does not know yet. */
export function eventLabel(kind: string): string {
  return EVENT_LABEL[kind] ?? kind;
}
