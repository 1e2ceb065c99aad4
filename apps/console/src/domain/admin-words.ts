import type { Delivery, RobotChannel, RobotTestResult, UnitKind } from '../api/types';

// Words of the 系统管理 screens: unit kinds, robots, delivery failures and the audit log's operations.
export const UNIT_KIND_WORD: Record<UnitKind, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  group: '党小组',
};

export const ROBOT_WORD: Record<RobotChannel['channel'], string> = {
  wecom: '企业微信',
  dingtalk: '钉钉',
  feishu: '飞书',
};
export const CHANNEL_WORD: Record<string, string> = { ...ROBOT_WORD, email: '电子邮件', inbox: '站内消息' };

/** What a 测试发送 came to, as the person who pressed it reads it. */
export function robotTestText(result: RobotTestResult): string {
  switch (result.problem) {
    case null:
      return '测试消息已发出，平台已接收。请到群里确认看到了「【测试】互检群机器人」。';
    case 'refused_by_policy':
      return '未发送：这个地址不是该平台的机器人地址，或指向内部网络。请从群设置中重新复制 Webhook 地址。';
    case 'unreachable':
      return '未送达：连接不到机器人地址，请检查地址或稍后再试。';
    case 'redirect':
      return '未送达：机器人地址发生了跳转。请使用平台给出的原始 Webhook 地址。';
    case 'http_error':
      return `未送达：平台返回错误（HTTP ${result.status ?? '—'}），请检查地址是否完整、机器人是否还在群里。`;
    case 'platform_refused':
      return '未送达：平台拒收了消息。请检查地址中的密钥，以及「加签」/「签名校验」的密钥是否填写正确。';
  }
}

/** Why a dead-lettered delivery failed, in words (the technical reason is shown beside it for the admin). */
export function deliveryFailureText(d: Delivery): string {
  const error = d.lastError ?? '';
  const status = /HTTP (\d{3})/.exec(error)?.[1];
  if (/refused by policy/.test(error)) return '未送达：机器人地址不被允许，请重新设置该单位的群机器人。';
  if (/unreachable|ECONN|timeout/i.test(error)) return '未送达：连接不到对方，请检查地址或网络后重新投递。';
  if (status) return `未送达：对方返回错误（HTTP ${status}）。`;
  if (/robot refused/.test(error)) return '未送达：平台拒收（密钥或签名不正确）。';
  if (d.channel === 'email') return '未送达：邮件服务器拒收，请检查收件人的电子邮箱。';
  return '多次发送均未成功。';
}

/** The audit log's operations (method and route, as recorded) in words; the search offers these. */
export const AUDIT_ACTION_WORD: Record<string, string> = {
  // Sign-in events (auth.<event>), recorded beside the request rows
  'auth.signed_in': '登录成功',
  'auth.sign_in_failed': '登录失败',
  'auth.locked': '账号被暂时锁定',
  'auth.signed_out': '退出登录',
  'auth.invited': '发出激活链接',
  'auth.activated': '激活账号',
  'auth.password_changed': '密码已修改',
  'auth.sessions_ended': '登录被结束',
  'auth.sso_refused': '单点登录被拒绝',
  'POST /auth/login': '登录请求',
  'POST /auth/activation/preview': '打开激活链接',
  'POST /auth/logout': '退出登录',
  'POST /auth/activation': '激活账号',
  'POST /auth/password': '修改密码',
  'POST /items': '登记整改项',
  'POST /items/:id/plan': '提交整改方案',
  'POST /items/:id/progress': '报告进展',
  'POST /items/:id/evidence': '提交佐证材料',
  'POST /items/:id/verification': '验收',
  'POST /items/:id/extension-requests': '申请延期',
  'POST /items/:id/extension-decision': '审批延期',
  'POST /items/:id/reassignment': '改派',
  'POST /items/:id/directives': '督办意见',
  'POST /items/:id/cancellation': '撤销整改项',
  'POST /files': '上传文件',
  'POST /units': '新增单位',
  'PATCH /units/:id': '修改单位',
  'DELETE /units/:id': '删除单位',
  'POST /regions': '新增片区',
  'PATCH /regions/:id': '修改片区',
  'POST /people': '新增人员',
  'PATCH /people/:id': '修改人员',
  'POST /people/:id/roles': '分配角色',
  'DELETE /people/:id/roles/:assignmentId': '收回角色',
  'POST /people/:id/invitation': '发送激活链接 / 重置密码',
  'DELETE /people/:id/sessions': '结束全部登录',
  'POST /tokens': '签发访问令牌',
  'DELETE /tokens/:id': '吊销访问令牌',
  'POST /policies': '新建规则版本',
  'POST /policies/:version/rebase': '切换规则版本',
  'PUT /calendar/overrides/:date': '调整节假日',
  'DELETE /calendar/overrides/:date': '取消节假日调整',
  'POST /programmes': '新建互检计划',
  'PATCH /programmes/:id': '修改互检计划',
  'POST /programmes/:id/pause': '暂停互检计划',
  'POST /programmes/:id/resume': '恢复互检计划',
  'POST /programmes/:id/trigger': '立即发起互检',
  'POST /cycles/:id/self-check': '提交自检',
  'POST /cycles/:id/inspections': '提交互检',
  'POST /cycles/:id/meeting': '记录例会',
  'PUT /units/:unitId/notification-channels/:channel': '设置群机器人',
  'DELETE /units/:unitId/notification-channels/:channel': '删除群机器人',
  'POST /units/:unitId/notification-channels/:channel/test': '测试发送',
  'PUT /notification-preferences': '修改消息设置',
  'POST /deliveries/:id/replay': '重新投递',
};
