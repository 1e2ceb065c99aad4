import { lightWithReason } from './lights';
import type { Locale } from './locale';
import type {
  ComposedMessage,
  CycleMessage,
  ItemMessage,
  ItemMessageKind,
  MessageModel,
  NextStep,
  Obligation,
  ObligationMessage,
  RatingMessage,
  StepAction,
} from './models';
import { OBLIGATION_MESSAGE_KINDS, RATING_MESSAGE_KINDS } from './models';
import { composeObligation } from './obligation-catalogue';
import { composeRating } from './rating-catalogue';
import { dayWords, momentWords, timeLeftWords } from './time-words';

/**
 * The one catalogue of message templates: every message kind in Chinese (first) and English, composed from its
 * typed model. Channels (inbox, e-mail, robots, digests) only give the composed message its shape.
 */
export function composeMessage(model: MessageModel, locale: Locale = 'zh'): ComposedMessage {
  if (isObligationMessage(model)) return composeObligation(model, locale);
  if (isRatingMessage(model)) return composeRating(model, locale);
  return isItemMessage(model) ? composeItem(model, locale) : composeCycle(model, locale);
}

function isObligationMessage(model: MessageModel): model is ObligationMessage {
  return (OBLIGATION_MESSAGE_KINDS as readonly string[]).includes(model.kind);
}

function isRatingMessage(model: MessageModel): model is RatingMessage {
  return (RATING_MESSAGE_KINDS as readonly string[]).includes(model.kind);
}

function isItemMessage(model: MessageModel): model is ItemMessage {
  return 'item' in model;
}

const KIND_LABEL: Record<Locale, Record<ItemMessageKind, string>> = {
  zh: {
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
    reminder: '整改提醒',
    overdue_chase: '催办',
    escalation: '督办',
  },
  en: {
    assigned: 'New item',
    plan_submitted: 'Plan submitted',
    progress_reported: 'Progress reported',
    verification_requested: 'To verify',
    closed: 'Closed',
    rejected: 'Sent back',
    extension_requested: 'Extension requested',
    extension_approved: 'Extension approved',
    extension_rejected: 'Extension refused',
    cancelled: 'Cancelled',
    directive: 'Committee directive',
    reminder: 'Reminder',
    overdue_chase: 'Overdue',
    escalation: 'Escalation',
  },
};

/** The step as a verb phrase: 「提交整改方案」. */
export const STEP_WORDS: Record<Locale, Record<StepAction, string>> = {
  zh: {
    submit_plan: '提交整改方案',
    report_progress: '报告整改进度',
    submit_evidence: '提交整改佐证',
    verify: '完成验收销号',
    decide_extension: '审批延期申请',
    follow_up: '督促责任单位整改',
    supervise: '督办此整改项',
  },
  en: {
    submit_plan: 'submit the rectification plan',
    report_progress: 'report progress',
    submit_evidence: 'submit the evidence',
    verify: 'verify and close the item',
    decide_extension: 'decide on the extension request',
    follow_up: 'follow up with the responsible unit',
    supervise: 'supervise this item',
  },
};

/** 「请于12月5日（周五）前提交整改方案，还有3天。」, 「请尽快提交整改佐证：原定12月5日（周五），已逾期2个工作日。」 */
export function askWords(next: NextStep, today: string, locale: Locale): string {
  const what = STEP_WORDS[locale][next.action];
  if (!next.due || !next.timeLeft) return locale === 'zh' ? `请${what}。` : `Please ${what}.`;
  const day = dayWords(next.due, today, locale);
  const left = timeLeftWords(next.timeLeft, locale);
  if (next.timeLeft.kind === 'overdue') {
    return locale === 'zh' ? `请尽快${what}：原定${day}，${left}。` : `Please ${what} now: it was due ${day}, ${left}.`;
  }
  return locale === 'zh' ? `请于${day}前${what}，${left}。` : `Please ${what} by ${day} (${left}).`;
}

function composeItem(m: ItemMessage, locale: Locale): ComposedMessage {
  const zh = locale === 'zh';
  const day = (d: string) => dayWords(d, m.today, locale);
  const { item } = m;
  const by = m.actor ? (zh ? `（${m.actor}）` : ` (${m.actor})`) : '';
  const label =
    m.kind === 'escalation' && m.escalation?.level === 2
      ? zh
        ? '党委督办'
        : 'Committee escalation'
      : KIND_LABEL[locale][m.kind];
  const summary = zh ? summaryZh(m, by, day) : summaryEn(m, by, day);
  const facts: ComposedMessage['facts'] = [];
  const add = (label: string, value: string | null | undefined) => void (value && facts.push({ label, value }));
  const l = (zhLabel: string, enLabel: string) => (zh ? zhLabel : enLabel);
  add(l('整改项', 'Item'), item.title);
  add(l('整改要求', 'Requirement'), item.requirement);
  const person = item.responsiblePerson ? (zh ? `（${item.responsiblePerson}）` : ` (${item.responsiblePerson})`) : '';
  add(l('责任单位', 'Responsible unit'), `${item.responsibleUnit}${person}`);
  add(l('主责单位', 'Lead unit'), item.leadUnit);
  add(l('整改时限', 'Deadline'), day(item.deadline));
  add(l('红黄绿灯', 'Light'), item.light && lightWithReason(item.light, locale));
  if (item.escalationLevel > 0) {
    add(l('督办级别', 'Escalation'), zh ? ESCALATION_ZH[item.escalationLevel] : `level ${item.escalationLevel}`);
  }
  add(REASON_LABEL[locale][m.kind] ?? l('说明', 'Note'), m.reason);
  add(SUBMITTED_LABEL[locale][m.kind] ?? l('提交内容', 'Submitted'), m.submitted);
  if (m.extension) {
    add(l('原整改时限', 'Deadline before'), day(m.extension.from));
    add(l('申请延至', 'Asked for'), day(m.extension.asked));
    if (m.extension.granted) add(l('批准延至', 'Granted until'), day(m.extension.granted));
  }
  add(l('原责任单位', 'Reassigned from'), m.reassignedFrom);
  add(l('互检周期', 'Inspection cycle'), item.cycle);
  const tone: ComposedMessage['tone'] =
    m.kind === 'escalation' || item.light?.light === 'red'
      ? 'red'
      : m.kind === 'overdue_chase' || item.light?.light === 'yellow'
        ? 'orange'
        : 'blue';
  return {
    subject: zh ? `【${label}】${item.title}` : `[${label}] ${item.title}`,
    summary,
    ask: m.next ? askWords(m.next, m.today, locale) : null,
    facts,
    tone,
  };
}

const ESCALATION_ZH = ['无', '主责单位督办', '党委督办'];

const REASON_LABEL: Record<Locale, Partial<Record<ItemMessageKind, string>>> = {
  zh: {
    rejected: '退回理由',
    extension_requested: '申请理由',
    extension_approved: '批准意见',
    extension_rejected: '驳回理由',
    cancelled: '撤销理由',
    assigned: '改派理由',
    directive: '督办意见',
    closed: '验收意见',
  },
  en: {
    rejected: 'Reason',
    extension_requested: 'Reason',
    extension_approved: 'Note',
    extension_rejected: 'Reason',
    cancelled: 'Reason',
    assigned: 'Reason',
    directive: 'Directive',
    closed: 'Note',
  },
};

const SUBMITTED_LABEL: Record<Locale, Partial<Record<ItemMessageKind, string>>> = {
  zh: { plan_submitted: '整改方案', progress_reported: '整改进度', verification_requested: '整改佐证' },
  en: { plan_submitted: 'Plan', progress_reported: 'Progress', verification_requested: 'Evidence' },
};

function summaryZh(m: ItemMessage, by: string, day: (d: string) => string): string {
  const { item } = m;
  const title = `「${item.title}」`;
  switch (m.kind) {
    case 'assigned':
      return m.reassignedFrom
        ? `${item.leadUnit}将整改项${title}改派给${item.responsibleUnit}。`
        : `${item.leadUnit}向${item.responsibleUnit}交办整改项${title}，整改时限${day(item.deadline)}。`;
    case 'plan_submitted':
      return `${item.responsibleUnit}${by}已提交整改项${title}的整改方案。`;
    case 'progress_reported':
      return `${item.responsibleUnit}${by}报告了整改项${title}的整改进度。`;
    case 'verification_requested':
      return `${item.responsibleUnit}${by}已提交整改项${title}的整改佐证，等待验收。`;
    case 'closed':
      return `${item.leadUnit}${by}已验收整改项${title}，予以销号。`;
    case 'rejected':
      return `${item.leadUnit}${by}验收未通过，整改项${title}退回整改。`;
    case 'extension_requested':
      return `${item.responsibleUnit}${by}申请将整改项${title}的整改时限由${day(m.extension?.from ?? item.deadline)}延至${day(m.extension?.asked ?? item.deadline)}。`;
    case 'extension_approved':
      return `${item.leadUnit}${by}已批准延期：整改时限由${day(m.extension?.from ?? item.deadline)}延至${day(m.extension?.granted ?? item.deadline)}，整改节点已重新倒排。`;
    case 'extension_rejected':
      return `${item.leadUnit}${by}未批准延至${day(m.extension?.asked ?? item.deadline)}的申请，整改时限仍为${day(item.deadline)}。`;
    case 'cancelled':
      return `${item.leadUnit}${by}已撤销整改项${title}，无需继续办理。`;
    case 'directive':
      return `党委${by}对整改项${title}作出督办意见。`;
    case 'reminder':
      return `整改项${title}的「${m.milestone?.label ?? '整改节点'}」节点${timeLeftWords(m.milestone?.timeLeft ?? { kind: 'due_today' }, 'zh')}（${day(m.milestone?.due ?? item.deadline)}）。`;
    case 'overdue_chase':
      return `催办：整改项${title}的「${m.milestone?.label ?? '整改节点'}」节点原定${day(m.milestone?.due ?? item.deadline)}完成，${timeLeftWords(m.milestone?.timeLeft ?? { kind: 'overdue', workingDays: 0 }, 'zh')}。`;
    case 'escalation': {
      const past = m.escalation?.workingDaysOverdue ?? 0;
      const late = `整改项${title}已超过整改时限${day(item.deadline)}${past > 0 ? `${past}个工作日` : ''}仍未销号`;
      return m.escalation?.level === 2 ? `${late}，已升级为党委督办。` : `${late}，由${item.leadUnit}督办。`;
    }
  }
}

function summaryEn(m: ItemMessage, by: string, day: (d: string) => string): string {
  const { item } = m;
  const title = `"${item.title}"`;
  switch (m.kind) {
    case 'assigned':
      return m.reassignedFrom
        ? `${item.leadUnit} reassigned ${title} to ${item.responsibleUnit}.`
        : `${item.leadUnit} assigned ${title} to ${item.responsibleUnit}, due ${day(item.deadline)}.`;
    case 'plan_submitted':
      return `${item.responsibleUnit}${by} submitted the plan for ${title}.`;
    case 'progress_reported':
      return `${item.responsibleUnit}${by} reported progress on ${title}.`;
    case 'verification_requested':
      return `${item.responsibleUnit}${by} submitted the evidence for ${title}; it awaits verification.`;
    case 'closed':
      return `${item.leadUnit}${by} verified ${title} and closed it.`;
    case 'rejected':
      return `${item.leadUnit}${by} sent ${title} back: the evidence was not accepted.`;
    case 'extension_requested':
      return `${item.responsibleUnit}${by} asks to move the deadline of ${title} from ${day(m.extension?.from ?? item.deadline)} to ${day(m.extension?.asked ?? item.deadline)}.`;
    case 'extension_approved':
      return `${item.leadUnit}${by} moved the deadline of ${title} from ${day(m.extension?.from ?? item.deadline)} to ${day(m.extension?.granted ?? item.deadline)}; the milestones are re-planned.`;
    case 'extension_rejected':
      return `${item.leadUnit}${by} refused the extension to ${day(m.extension?.asked ?? item.deadline)}; the deadline stays ${day(item.deadline)}.`;
    case 'cancelled':
      return `${item.leadUnit}${by} cancelled ${title}; nothing more is needed.`;
    case 'directive':
      return `The committee${by} issued a directive on ${title}.`;
    case 'reminder':
      return `The milestone "${m.milestone?.label ?? ''}" of ${title} is ${timeLeftWords(m.milestone?.timeLeft ?? { kind: 'due_today' }, 'en')} (${day(m.milestone?.due ?? item.deadline)}).`;
    case 'overdue_chase':
      return `The milestone "${m.milestone?.label ?? ''}" of ${title} was due ${day(m.milestone?.due ?? item.deadline)}: ${timeLeftWords(m.milestone?.timeLeft ?? { kind: 'overdue', workingDays: 0 }, 'en')}.`;
    case 'escalation': {
      const late = `${title} is still open past its deadline ${day(item.deadline)}`;
      return m.escalation?.level === 2
        ? `${late}: escalated to the committee.`
        : `${late}: ${item.leadUnit} follows up.`;
    }
  }
}

const OBLIGATION_WORDS: Record<Locale, Record<Obligation, string>> = {
  zh: { self_check: '自检', mutual_inspection: '互检' },
  en: { self_check: 'self-check', mutual_inspection: 'mutual inspection' },
};

function composeCycle(m: CycleMessage, locale: Locale): ComposedMessage {
  const zh = locale === 'zh';
  const at = (x: { date: string; time: string }) => momentWords(x, m.today, locale);
  const cycleName = zh
    ? `${m.cycle.programme} ${m.cycle.period}（第${m.cycle.cycleNumber}期）`
    : `${m.cycle.programme} ${m.cycle.period} (cycle ${m.cycle.cycleNumber})`;
  const facts: ComposedMessage['facts'] = [
    { label: zh ? '互检周期' : 'Cycle', value: cycleName },
    { label: zh ? '片区' : 'Region', value: m.cycle.region },
  ];
  const fact = (zhLabel: string, enLabel: string, value: string) =>
    facts.push({ label: zh ? zhLabel : enLabel, value });
  switch (m.kind) {
    case 'cycle_opened': {
      fact('本单位', 'Your unit', m.unit);
      fact('互检对象', 'You inspect', m.inspectee ?? (zh ? '本期无' : 'nobody this cycle'));
      fact('自检截止', 'Self-check due', at(m.selfCheckDue));
      fact('互检截止', 'Inspection due', at(m.mutualInspectionDue));
      fact('例会', 'Meeting', at(m.meetingAt));
      return {
        subject: zh
          ? `【互检通知】${m.cycle.programme} ${m.cycle.period}`
          : `[Inspection cycle] ${m.cycle.programme} ${m.cycle.period}`,
        summary: zh
          ? `${m.cycle.region}本期互检开始：${m.unit}先自检，再检查${m.inspectee ?? '（本期无互检对象）'}。`
          : `This cycle of ${m.cycle.region} has started: ${m.unit} checks itself, then inspects ${m.inspectee ?? 'nobody'}.`,
        ask: zh
          ? `请于${at(m.selfCheckDue)}前提交自检${m.inspectee ? `，于${at(m.mutualInspectionDue)}前提交对${m.inspectee}的互检` : ''}。`
          : `Please submit your self-check by ${at(m.selfCheckDue)}${m.inspectee ? ` and your inspection of ${m.inspectee} by ${at(m.mutualInspectionDue)}` : ''}.`,
        facts,
        tone: 'blue',
      };
    }
    case 'cycle_meeting':
      fact('例会时间', 'Meeting', at(m.meetingAt));
      return {
        subject: zh
          ? `【例会】${m.cycle.programme} ${m.cycle.period}`
          : `[Meeting] ${m.cycle.programme} ${m.cycle.period}`,
        summary: zh
          ? '本期自检和互检已结束，进入例会阶段。'
          : 'Self-checks and inspections are in; the meeting is next.',
        ask: zh
          ? `请${m.leadUnit}于${at(m.meetingAt)}召开例会并记录纪要。`
          : `${m.leadUnit}: please hold the meeting at ${at(m.meetingAt)} and record its minutes.`,
        facts,
        tone: 'blue',
      };
    case 'cycle_reminder':
    case 'cycle_chase': {
      const what = OBLIGATION_WORDS[locale][m.obligation];
      const target =
        m.obligation === 'mutual_inspection' && m.inspectee
          ? zh
            ? `（检查${m.inspectee}）`
            : ` (inspecting ${m.inspectee})`
          : '';
      fact('单位', 'Unit', m.unit);
      fact('截止时间', 'Due', at(m.due));
      const left = timeLeftWords(m.timeLeft, locale);
      const chase = m.kind === 'cycle_chase';
      return {
        subject: zh
          ? `【${chase ? '催办' : '提醒'}】${m.cycle.programme} ${m.cycle.period} ${what}`
          : `[${chase ? 'Overdue' : 'Reminder'}] ${m.cycle.programme} ${m.cycle.period} ${what}`,
        summary: zh
          ? `${m.unit}的本期${what}${target}尚未提交，${left}。`
          : `The ${what}${target} of ${m.unit} is not in yet: ${left}.`,
        ask: zh
          ? chase
            ? `请尽快提交${what}：原定${at(m.due)}截止。`
            : `请于${at(m.due)}前提交${what}。`
          : chase
            ? `Please submit the ${what} now: it was due ${at(m.due)}.`
            : `Please submit the ${what} by ${at(m.due)}.`,
        facts,
        tone: chase ? 'orange' : 'blue',
      };
    }
    case 'cycle_escalation': {
      const what = OBLIGATION_WORDS[locale][m.obligation];
      fact('逾期单位', 'Late unit', m.unit);
      fact('截止时间', 'Was due', at(m.due));
      const level = zh
        ? m.level === 2
          ? '党委督办'
          : '主责单位督办'
        : m.level === 2
          ? 'the committee'
          : 'the lead unit';
      return {
        subject: zh
          ? `【督办】${m.cycle.programme} ${m.cycle.period} ${what}`
          : `[Escalation] ${m.cycle.programme} ${m.cycle.period} ${what}`,
        summary: zh
          ? `${m.unit}逾期未提交本期${what}（原定${at(m.due)}截止，${timeLeftWords(m.timeLeft, locale)}），已升级为${level}。`
          : `${m.unit} has not submitted its ${what} (due ${at(m.due)}, ${timeLeftWords(m.timeLeft, locale)}): escalated to ${level}.`,
        ask:
          m.audience === 'unit'
            ? zh
              ? `请立即提交${what}。`
              : `Please submit the ${what} at once.`
            : zh
              ? `请督促${m.unit}提交${what}。`
              : `Please follow up with ${m.unit}.`,
        facts,
        tone: 'red',
      };
    }
    case 'cycle_report': {
      const top = m.ranking
        .slice(0, 3)
        .map((r) => (zh ? `第${r.rank}名 ${r.unit}（${r.total}分）` : `#${r.rank} ${r.unit} (${r.total})`))
        .join(zh ? '；' : '; ');
      fact(
        '本期发现问题',
        'Findings',
        zh ? `${m.findings}个（屡查屡犯${m.repeats}个）` : `${m.findings} (${m.repeats} repeated)`,
      );
      fact('往期未销号', 'Still open from earlier', zh ? `${m.openFromEarlier}个` : String(m.openFromEarlier));
      fact('排名', 'Ranking', top || (zh ? '本期无评分' : 'no scores this cycle'));
      const kind = m.audience === 'committee' ? (zh ? '上报' : 'report') : zh ? '通报' : 'bulletin';
      return {
        subject: zh
          ? `【互检${kind}】${m.cycle.programme} ${m.cycle.period} 第${m.cycle.cycleNumber}次`
          : `[Inspection ${kind}] ${m.cycle.programme} ${m.cycle.period} #${m.cycle.cycleNumber}`,
        summary: zh
          ? `${m.cycle.region}本期互检已结束，发现问题${m.findings}个，均已登记为整改项。`
          : `This cycle of ${m.cycle.region} is over: ${m.findings} findings, each now a rectification item.`,
        ask: zh ? '请查看报告，跟踪整改项的办理。' : 'Please read the report and follow the items.',
        facts,
        tone: 'blue',
      };
    }
  }
}
