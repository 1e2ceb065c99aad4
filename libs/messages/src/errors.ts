import type { Locale } from './locale';
import { dayWords } from './time-words';

/** An error as the API answers it: the stable code, the details, and the message its thrower wrote (English). */
export interface ErrorFacts {
  code: string;
  message: string;
  details?: unknown;
}

const STATE_WORDS: Record<string, string> = {
  // 整改项 statuses
  open: '待制定方案',
  in_progress: '整改中',
  pending_verification: '待验收',
  closed: '已销号',
  cancelled: '已撤销',
  // 互检 cycle phases
  self_check: '自检阶段',
  mutual_inspection: '互检阶段',
  meeting: '例会阶段',
  report: '报告阶段',
};

const ACTION_WORDS: Record<string, string> = {
  submitPlan: '提交整改方案',
  reportProgress: '报告整改进度',
  submitEvidence: '提交整改佐证',
  verify: '验收',
  requestExtension: '申请延期',
  decideExtension: '审批延期申请',
  reassign: '改派',
  cancel: '撤销',
};

const SUBMISSION_WORDS: Record<string, string> = {
  self_check: '自检',
  mutual_inspection: '互检',
  meeting: '例会纪要',
};

const SIDE_WORDS: Record<string, string> = { responsible: '责任单位', verifier: '主责单位', committee: '党委' };

/** Field reasons the validators write, in Chinese; a reason not listed is shown as written. */
const REASONS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^is required$/, () => '必填'],
  [/^must not be (empty|blank)$/, () => '不能为空'],
  [/^must be a UUID$/, () => '须为 UUID'],
  [/^must be a date(?: written)? YYYY-MM-DD$/, () => '须为日期，格式 YYYY-MM-DD'],
  [/^must be a time HH:mm$/, () => '须为时间，格式 HH:mm'],
  [/^must be a date-time \(ISO 8601\)$/, () => '须为日期时间（ISO 8601）'],
  [/^must be a date-time from (\d{4}) to (\d{4})$/, (m) => `须为 ${m[1]} 年至 ${m[2]} 年之间的日期时间`],
  [/^must be a date from (\d{4}-\d{2}-\d{2}) on$/, (m) => `须为 ${m[1]} 或之后的日期`],
  [/^must be a (?:positive|non-negative) integer$/, () => '须为非负整数'],
  [/^must be an integer ≥ (\d+)$/, (m) => `须为不小于 ${m[1]} 的整数`],
  [/^must be an integer greater than level 1$/, () => '须为大于一级督办天数的整数'],
  [/^must be a mark from 0 to (\d+(?:\.\d+)?)$/, (m) => `须为 0 到 ${m[1]} 之间的分数`],
  [/^must be one of (.+)$/, (m) => `须为以下之一：${m[1]}`],
  [/^is not in the rubric$/, () => '不在评分标准中'],
  [/^is unknown$/, () => '取值未知'],
  [/^appears twice$/, () => '重复出现'],
  [/^must be true or false$/, () => '须为 true 或 false'],
  [/^should not exist$|^property .* should not exist$/, () => '不是可接受的字段'],
  [/^must not contain NUL \(U\+0000\) characters$/, () => '不能包含 NUL 字符'],
  [
    /^must be given again \(or null to sign no more\) when the webhook moves to another host$/,
    () => 'webhook 换了主机：请重新填写签名密钥（不再签名则填 null）',
  ],
  [
    /^must start cycles at most once a day/,
    () => '每天至多开始一期互检：时、分（及秒）字段各只能取一个值，@every 不得短于 1d',
  ],
];

function reasonZh(reason: string): string {
  for (const [pattern, say] of REASONS) {
    const m = pattern.exec(reason);
    if (m) return say(m);
  }
  return reason;
}

type Details = Record<string, unknown>;
const asDetails = (d: unknown): Details => (typeof d === 'object' && d !== null ? (d as Details) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Written in Chinese already (the files concern writes its own): mostly CJK, not an English sentence with a term. */
const writtenInChinese = (text: string) =>
  (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4 && !/^[A-Za-z]+ [a-z]/.test(text);

/** The Chinese sentence for each error code, from its details: every code the API answers with is here. */
export const ERROR_MESSAGES_ZH: Record<string, (d: Details, today: string) => string> = {
  VALIDATION_FAILED: (d) => {
    const fields = Array.isArray(d.fields) ? (d.fields as { field: string; reason: string }[]) : [];
    if (fields.length > 0) return `输入有误：${fields.map((f) => `${f.field}（${reasonZh(f.reason)}）`).join('；')}`;
    return str(d.field) ? `输入有误：请检查 ${str(d.field)}` : '输入有误，请检查后重新提交';
  },
  BAD_REQUEST: () => '请求有误，请检查后重新提交',
  UNAUTHENTICATED: () => '未登录或登录已失效：请重新登录（请求需带 Authorization: Bearer 令牌）',
  FORBIDDEN: () => '您的角色无权进行此操作',
  CSRF_REJECTED: () => '页面的安全校验（X-CSRF-Token）缺失或已失效，未做任何更改：请刷新页面后重试',
  WRONG_ACTOR: (d) => {
    const action = ACTION_WORDS[str(d.action) ?? ''];
    const side = SIDE_WORDS[str(d.requiredSide) ?? ''];
    if (action && side) return `「${action}」由${side}办理，您的单位不能进行此操作`;
    if (side) return `此操作由${side}办理，您的单位不能进行此操作`;
    return '此操作不由您的单位办理';
  },
  NOT_FOUND: () => '未找到：它不存在，或不在您的管辖范围内',
  LINK_EXPIRED: () => '此链接已过期、已使用或已被新的邀请取代：请联系管理员重新邀请',
  CONFLICT: (d) => {
    const state = STATE_WORDS[str(d.currentState) ?? ''];
    return state ? `与当前状态（${state}）冲突：此操作已办理或不能重复办理` : '此操作已办理，或与已有数据冲突';
  },
  ILLEGAL_TRANSITION: (d, today) => {
    const state = str(d.currentState) ?? '';
    const submission = SUBMISSION_WORDS[str(d.submission) ?? ''];
    if (submission) {
      const opens = str(d.opensAt);
      return opens
        ? `本期互检尚在${STATE_WORDS[state] ?? state}，${submission}将于${dayWords(opens, today, 'zh')}开始`
        : `本期互检已进入${STATE_WORDS[state] ?? state}，不再接收${submission}`;
    }
    const allowed = Array.isArray(d.allowedActions) ? (d.allowedActions as string[]) : [];
    const tried = ACTION_WORDS[str(d.action) ?? ''];
    const now = `整改项当前为「${STATE_WORDS[state] ?? state}」`;
    const cannot = tried ? `，不能${tried}` : '，不能进行此操作';
    const can = allowed.length > 0 ? `；您现在可以：${allowed.map((a) => ACTION_WORDS[a] ?? a).join('、')}` : '';
    return `${now}${cannot}${can}`;
  },
  PAYLOAD_TOO_LARGE: (d) =>
    typeof d.maxFiles === 'number'
      ? `一次最多上传 ${d.maxFiles} 个文件`
      : typeof d.maxBytes === 'number'
        ? `文件超过 ${(d.maxBytes / 1024 / 1024).toFixed(d.maxBytes % (1024 * 1024) === 0 ? 0 : 1)} MB 的上限`
        : str(d.limit)
          ? `提交的内容超过 ${str(d.limit)} 的上限`
          : '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: (d) =>
    str(d.detectedType)
      ? `不支持的文件类型：${str(d.detectedType)}`
      : `不支持的内容类型：请以 application/json 提交${str(d.contentType) ? `（收到的是 ${str(d.contentType)}）` : ''}`,
  RATE_LIMITED: () => '请求过于频繁，请稍后再试',
  INTERNAL: () => '系统内部错误：请稍后重试，如仍出错请联系管理员并提供请求编号',
  DEPENDENCY_UNAVAILABLE: () => '后台服务暂时不可用，请稍后重试',
};

/**
 * The message of an error in the reader's language. Chinese (the default) comes from the catalogue by code and
 * details — a thrower that already wrote Chinese keeps its words; English is the thrower's own message.
 */
export function errorMessage(error: ErrorFacts, locale: Locale, today: string): string {
  if (locale === 'en') return error.message;
  if (writtenInChinese(error.message)) return error.message;
  const zh = ERROR_MESSAGES_ZH[error.code];
  return zh ? zh(asDetails(error.details), today) : error.message;
}
