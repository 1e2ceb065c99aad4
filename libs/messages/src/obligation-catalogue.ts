import type { Locale } from './locale';
import type { ComposedMessage, ObligationMessage } from './models';
import { dayWords, timeLeftWords } from './time-words';

/**
 * Messages about recurring obligations (三会一课 …), Chinese first: the period opened, a reminder before the due
 * date, 催办 and 督办 after it, the record submitted, confirmed or sent back (with the reason), and the obligation
 * missed at the period's close.
 */
export function composeObligation(m: ObligationMessage, locale: Locale): ComposedMessage {
  const zh = locale === 'zh';
  const o = m.obligation;
  const day = (d: string) => dayWords(d, m.today, locale);
  const what = zh ? `${o.period}${o.type}` : `${o.type} ${o.period}`;
  const left = timeLeftWords(m.timeLeft, locale);
  const facts: ComposedMessage['facts'] = [
    { label: zh ? '事项' : 'Obligation', value: what },
    { label: zh ? '单位' : 'Unit', value: o.unit },
    { label: zh ? '记实截止' : 'Record due', value: day(o.due) },
    { label: zh ? '最迟补录' : 'Last day accepted', value: day(o.closes) },
  ];
  if (o.leadUnit) facts.push({ label: zh ? '确认单位' : 'Confirmed by', value: o.leadUnit });
  if (m.reason) facts.push({ label: zh ? '退回理由' : 'Reason', value: m.reason });
  const subject = (zhTag: string, enTag: string) =>
    zh ? `【${zhTag}】${o.unit} ${what}` : `[${enTag}] ${o.unit}: ${what}`;
  const recordAsk = zh
    ? `请于${day(o.due)}前召开并提交记实（时间、人数、记录、照片）。`
    : `Please hold it and submit the record by ${day(o.due)}.`;
  switch (m.kind) {
    case 'obligation_opened':
      return {
        subject: subject('记实提醒', 'New period'),
        summary: zh ? `${what}已开始，${o.unit}需按时开展并记实。` : `${what} has started for ${o.unit}.`,
        ask: recordAsk,
        facts,
        tone: 'blue',
      };
    case 'obligation_reminder':
      return {
        subject: subject('提醒', 'Reminder'),
        summary: zh
          ? `${o.unit}的${what}尚未记实，${left}。`
          : `The record of ${what} of ${o.unit} is not in: ${left}.`,
        ask: recordAsk,
        facts,
        tone: 'blue',
      };
    case 'obligation_chase':
      return {
        subject: subject('催办', 'Overdue'),
        summary: zh
          ? `${o.unit}的${what}逾期未记实（${left}）。`
          : `The record of ${what} of ${o.unit} is overdue (${left}).`,
        ask: zh
          ? `请尽快提交记实，${day(o.closes)}后将记为未落实。`
          : `Please submit it now; after ${day(o.closes)} it counts as missed.`,
        facts,
        tone: 'orange',
      };
    case 'obligation_escalation': {
      const level = zh
        ? m.level === 2
          ? '党委督办'
          : '主责单位督办'
        : m.level === 2
          ? 'the committee'
          : 'the lead unit';
      return {
        subject: subject('督办', 'Escalation'),
        summary: zh
          ? `${o.unit}的${what}逾期未记实（${left}），已升级为${level}。`
          : `The record of ${what} of ${o.unit} is overdue (${left}): escalated to ${level}.`,
        ask:
          m.audience === 'unit'
            ? zh
              ? '请立即提交记实。'
              : 'Please submit the record at once.'
            : zh
              ? `请督促${o.unit}落实。`
              : `Please follow up with ${o.unit}.`,
        facts,
        tone: 'red',
      };
    }
    case 'obligation_recorded':
      return {
        subject: subject('待确认', 'To confirm'),
        summary: zh ? `${o.unit}已提交${what}的记实。` : `${o.unit} has submitted the record of ${what}.`,
        ask: zh ? '请核对记实并确认或退回。' : 'Please check the record and confirm it or send it back.',
        facts,
        tone: 'blue',
      };
    case 'obligation_confirmed':
      return {
        subject: subject('已确认', 'Confirmed'),
        summary: zh ? `${what}的记实已确认。` : `The record of ${what} is confirmed.`,
        ask: null,
        facts,
        tone: 'blue',
      };
    case 'obligation_sent_back':
      return {
        subject: subject('记实退回', 'Sent back'),
        summary: zh
          ? `${what}的记实被退回：${m.reason ?? ''}`
          : `The record of ${what} was sent back: ${m.reason ?? ''}`,
        ask: zh ? `请按退回理由补充后于${day(o.closes)}前重新提交。` : `Please amend and resubmit by ${day(o.closes)}.`,
        facts,
        tone: 'orange',
      };
    case 'obligation_missed':
      return {
        subject: subject('未落实', 'Missed'),
        summary: zh
          ? `${o.unit}的${what}至${day(o.closes)}仍未记实，已记为未落实并保留在台账中。`
          : `${o.unit} did not record ${what} by ${day(o.closes)}: it stays on the ledger as missed.`,
        ask: null,
        facts,
        tone: 'red',
      };
  }
}
