import type { LinkTarget } from './links';

import type { RobotChannel } from './delivery-policy';
import { escapeRobotText } from './robot-escaping';

/** What one message is about, gathered from the outbox row, the item's ledger row and the unit tree. */
export interface MessageModel {
  notificationId: string;
  kind: string;
  /** The outbox row's own Chinese title and body (always there, also for cycle notices without an item). */
  title: string;
  body: string;
  unitName: string;
  item?: {
    id: string;
    title: string;
    deadline: string;
    light: 'green' | 'yellow' | 'red';
    escalationLevel: number;
    milestone?: { label: string; due: string };
  };
  /** The console page it opens (links.ts): the item, the cycle, or the inbox. */
  link: string;
  linkTarget: LinkTarget;
  /** One-click 已阅 for a personal message (e-mail); group robots have no single reader. */
  ackLink?: string;
}

export type Locale = 'zh' | 'en';

/** A message in every shape the channels need. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  markdown: string;
  /** Feishu card header colour. */
  tone: 'blue' | 'orange' | 'red';
}

const LIGHT = {
  zh: { green: '绿灯', yellow: '黄灯', red: '红灯' },
  en: { green: 'green', yellow: 'yellow', red: 'red' },
} as const;

const SUBJECT: Record<Locale, Record<string, string>> = {
  zh: { reminder: '整改提醒', overdue_chase: '催办', escalation: '督办', cycle_report: '互检报告' },
  en: { reminder: 'Reminder', overdue_chase: 'Overdue', escalation: 'Escalation', cycle_report: 'Inspection report' },
};

const FIELD = {
  zh: {
    unit: '责任单位',
    milestone: '节点',
    due: '节点到期',
    deadline: '整改时限',
    light: '状态',
    open: { item: '查看整改项', cycle: '查看互检周期', inbox: '查看站内信' },
    ack: '已阅',
  },
  en: {
    unit: 'Unit',
    milestone: 'Milestone',
    due: 'Milestone due',
    deadline: 'Deadline',
    light: 'Light',
    open: { item: 'Open the item', cycle: 'Open the inspection cycle', inbox: 'Open the inbox' },
    ack: 'Acknowledge',
  },
} as const;

/**
 * The one place each message kind is rendered: Chinese by default, English on request. The Markdown escapes every
 * user-supplied text for the robot it goes to (WeCom's rules, the strictest, unless told).
 */
export function renderMessage(
  model: MessageModel,
  locale: Locale = 'zh',
  robot: RobotChannel = 'wecom',
): RenderedMessage {
  const md = (text: string) => escapeRobotText(robot, text);
  const f = FIELD[locale];
  const label = SUBJECT[locale][model.kind];
  const tone = toneOf(model);
  const headline =
    locale === 'zh' || !model.item ? model.title : `[${label ?? model.kind.replace(/_/g, ' ')}] ${model.item.title}`;
  const lines: [string, string][] = [];
  if (model.item) {
    lines.push([f.unit, model.unitName]);
    if (model.item.milestone) {
      lines.push([f.milestone, model.item.milestone.label]);
      lines.push([f.due, model.item.milestone.due]);
    }
    lines.push([f.deadline, model.item.deadline]);
    lines.push([f.light, LIGHT[locale][model.item.light]]);
  }
  const intro = locale === 'zh' || !model.item ? model.body : englishBody(model);
  const text = [
    headline,
    '',
    intro,
    ...lines.map(([k, v]) => `${k}: ${v}`),
    '',
    `${f.open[model.linkTarget]}: ${model.link}`,
    ...(model.ackLink ? [`${f.ack}: ${model.ackLink}`] : []),
  ].join('\n');
  const markdown = [
    `### ${md(headline)}`,
    md(intro),
    ...lines.map(([k, v]) => `- **${k}**: ${md(v)}`),
    `[${f.open[model.linkTarget]}](${model.link})`,
  ].join('\n\n');
  const html = [
    `<h3>${esc(headline)}</h3>`,
    `<p>${esc(intro)}</p>`,
    lines.length
      ? `<table>${lines.map(([k, v]) => `<tr><th align="left">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`
      : '',
    `<p><a href="${esc(model.link)}">${esc(f.open[model.linkTarget])}</a>${model.ackLink ? ` · <a href="${esc(model.ackLink)}">${esc(f.ack)}</a>` : ''}</p>`,
  ].join('\n');
  return { subject: headline, text, html, markdown, tone };
}

/** One message listing several reminders of one delivery window instead of a flood. */
export function renderDigest(
  models: MessageModel[],
  inboxLink: string,
  locale: Locale = 'zh',
  robot: RobotChannel = 'wecom',
): RenderedMessage {
  const subject =
    locale === 'zh' ? `【整改提醒汇总】共 ${models.length} 项待办` : `[Reminder digest] ${models.length} items due`;
  const entries = models.map((m) => {
    const what = m.item
      ? `${m.item.title}（${m.item.milestone?.label ?? ''} ${m.item.milestone?.due ?? ''}）`
      : m.title;
    return {
      what: locale === 'zh' ? what : m.item ? `${m.item.title} (${m.item.milestone?.due ?? m.item.deadline})` : m.title,
      link: m.link,
    };
  });
  const text = [subject, '', ...entries.map((e, i) => `${i + 1}. ${e.what} ${e.link}`), '', inboxLink].join('\n');
  const markdown = [
    `### ${subject}`,
    ...entries.map((e, i) => `${i + 1}. [${escapeRobotText(robot, e.what)}](${e.link})`),
  ].join('\n\n');
  const html = [
    `<h3>${esc(subject)}</h3>`,
    `<ol>${entries.map((e) => `<li><a href="${esc(e.link)}">${esc(e.what)}</a></li>`).join('')}</ol>`,
  ].join('\n');
  return { subject, text, html, markdown, tone: 'blue' };
}

function englishBody(model: MessageModel): string {
  const item = model.item as NonNullable<MessageModel['item']>;
  switch (model.kind) {
    case 'reminder':
      return `The milestone "${item.milestone?.label ?? ''}" is due on ${item.milestone?.due ?? ''}.`;
    case 'overdue_chase':
      return `The milestone "${item.milestone?.label ?? ''}" is overdue since ${item.milestone?.due ?? ''}; please act now.`;
    case 'escalation':
      return item.escalationLevel >= 2
        ? `Still open five working days past the deadline ${item.deadline}: escalated to the committee.`
        : `Still open past the deadline ${item.deadline}: the lead unit follows up.`;
    default:
      return model.body;
  }
}

function toneOf(model: MessageModel): RenderedMessage['tone'] {
  if (model.kind === 'escalation' || model.item?.light === 'red') return 'red';
  if (model.kind === 'overdue_chase' || model.item?.light === 'yellow') return 'orange';
  return 'blue';
}

function esc(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
