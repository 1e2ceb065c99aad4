/**
 * What a person reads when a request fails: Chinese, from the error's `code` (never the API's English sentence nor a
 * stack). A field named in `details.field` is said in words where we know it.
 */
import { lastDayOf } from '../domain/evaluation-words';
import type { ErrorCode } from './types';

/** Every code of the contract has its sentence (a new code fails the type check until it has one), and NETWORK. */
const BY_CODE: Record<ErrorCode | 'NETWORK', string> = {
  VALIDATION_FAILED: '填写的内容有误，请检查后再提交。',
  BAD_REQUEST: '请求有误，请检查后再提交。',
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您的角色无权进行此操作。',
  CSRF_REJECTED: '页面已过期，请刷新后重试。',
  LINK_EXPIRED: '链接已过期或已使用，请联系管理员重新发送。',
  UNSUPPORTED_MEDIA_TYPE: '不支持这种文件格式，请换成图片或PDF。',
  WRONG_ACTOR: '此操作不归您所在单位办理。',
  NOT_FOUND: '未找到，可能已被删除或不在您的管辖范围内。',
  CONFLICT: '与现有数据冲突，请刷新后重试。',
  ILLEGAL_TRANSITION: '当前状态下不能进行此操作，请刷新查看最新状态。',
  PAYLOAD_TOO_LARGE: '内容或文件太大，请精简后再提交。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  DEPENDENCY_UNAVAILABLE: '系统暂时繁忙，请稍后重试。',
  INTERNAL: '系统出错了，请稍后重试；如仍不行请联系管理员。',
  NETWORK: '网络连接中断，请检查网络后重试。',
};

const FIELD_WORDS: Record<string, string> = {
  plan: '整改方案',
  progress: '进展情况',
  text: '内容',
  attachments: '附件',
  reason: '理由',
  proposedDeadline: '新的整改时限',
  deadline: '整改时限',
  title: '标题',
  responsibleUnitId: '责任单位',
  name: '名称',
  regionId: '片区',
  email: '电子邮箱',
  participants: '参加单位',
  cadence: '发起时间',
  dayOfMonth: '每月几日',
  time: '时刻',
  phaseWindows: '各阶段时限',
  selfCheckDue: '自检截止',
  mutualInspectionDue: '互检截止',
  meeting: '例会',
  reportDue: '上报截止',
  days: '天数',
  rubric: '评分细则',
  criteria: '评分项目',
  weight: '权重',
  maxScore: '满分',
  repeatLookback: '屡查屡犯比对期数',
  scores: '评分',
  comments: '总体评价',
  findings: '问题',
  criterionKey: '所属项目',
  description: '问题描述',
  severity: '严重程度',
  deduction: '扣分',
  requirement: '整改要求',
  inspecteeUnitId: '被检单位',
  unitId: '单位',
  minutes: '例会纪要',
  attendance: '出席情况',
  code: '编码',
  kind: '类型',
  parentId: '上级单位',
  leadUnitId: '主责单位',
  memberUnitIds: '成员单位',
  phone: '手机号',
  role: '角色',
  login: '登录名',
  webhookUrl: 'Webhook 地址',
  secret: '签名密钥',
  kinds: '推送的消息',
  deliveryWindow: '接收时段',
  channels: '接收方式',
  channel: '平台',
  note: '说明',
  date: '日期',
  base: '整改规则',
  bySeverity: '按严重程度的规则',
  currentPassword: '当前密码',
  newPassword: '新密码',
  password: '密码',
  action: '操作',
  target: '对象编号',
  since: '开始日期',
  until: '结束日期',
};

/**
 * A field path as a person reads it: `findings[0].deadline` → 问题1·整改时限, `cadence.dayOfMonth` → 发起时间·每月几日.
 * Parts without a word (a criterion's key under `scores`) are left out.
 */
function fieldWords(field: string): string {
  const words: string[] = [];
  for (const part of field.match(/[^.[\]]+/g) ?? []) {
    if (/^\d+$/.test(part) && words.length) words[words.length - 1] += String(Number(part) + 1);
    else if (FIELD_WORDS[part]) words.push(FIELD_WORDS[part]);
  }
  return words.join('·') || field;
}

export interface ApiErrorShape {
  status: number;
  code: string;
  details?: unknown;
}

/** The Chinese sentence for an error; validation errors name the field when the API told us which. */
export function errorText(error: ApiErrorShape): string {
  const base =
    (BY_CODE as Record<string, string>)[error.code] ?? (error.status >= 500 ? BY_CODE.INTERNAL : BY_CODE.BAD_REQUEST);
  const details = error.details as
    { field?: unknown; fields?: { field?: unknown }[]; closedAt?: unknown; action?: unknown } | undefined;
  const field = details?.field ?? details?.fields?.[0]?.field;
  // A step refused because its period is over says when it closed (an objection after the 公示).
  if (error.code === 'ILLEGAL_TRANSITION' && typeof details?.closedAt === 'string') {
    const day = lastDayOf(details.closedAt);
    return details.action === 'object' ? `公示期已于${day}结束，不再受理异议。` : `办理期限已于${day}结束。`;
  }
  if (error.code === 'VALIDATION_FAILED' && typeof field === 'string') {
    return `「${fieldWords(field)}」填写有误，请检查后再提交。`;
  }
  return base;
}
