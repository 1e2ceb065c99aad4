import type { LinkTarget } from './links';
import {
  askWords,
  type ComposedMessage,
  composeMessage,
  type ItemMessage,
  type Locale,
  type MessageModel as CatalogueModel,
} from '../../messages/src';
import type { RobotChannel } from './delivery-policy';
import { escapeRobotText } from './robot-escaping';

export type { Locale } from '../../messages/src';

/** One outbox row ready to render: its catalogue model (or, for rows older than the catalogue, its own text). */
export interface MessageModel {
  notificationId: string;
  kind: string;
  /** The typed model the catalogue renders; null only for rows written before the catalogue existed. */
  model: CatalogueModel | null;
  /** The outbox row's Chinese title and body, as the inbox shows them. */
  title: string;
  body: string;
  /** The console page it opens (links.ts): the item's, the cycle's, the star rating's, or the inbox. */
  link: string;
  linkTarget: LinkTarget;
  /** One-click 已阅 for a personal message (e-mail); group robots have no single reader. */
  ackLink?: string;
}

/** A message in every shape the channels need. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  markdown: string;
  /** Feishu card header colour. */
  tone: 'blue' | 'orange' | 'red';
}

const LINKS = {
  zh: { item: '查看整改项', cycle: '查看互检周期', rating: '查看评星', inbox: '查看消息', ack: '已阅', next: '下一步' },
  en: {
    item: 'Open the item',
    cycle: 'Open the inspection cycle',
    rating: 'Open the star rating',
    inbox: 'Open the inbox',
    ack: 'Acknowledge',
    next: 'Next step',
  },
} as const;

/** The inbox's text of a composed message (the outbox row's body): what happened, what to do, the facts. */
export function inboxText(m: ComposedMessage): string {
  return [m.summary, ...(m.ask ? [m.ask] : []), ...m.facts.map((f) => `${f.label}：${f.value}`)].join('\n');
}

/**
 * Renders one outbox row in the reader's language, for every channel: text, HTML, robot Markdown. The Markdown
 * escapes every text for the robot it goes to (WeCom's rules, the strictest, unless told): titles, names and
 * reasons are people's words, and a finding must not arrive as a link or an @all from the trusted robot.
 */
export function renderMessage(
  row: MessageModel,
  locale: Locale = 'zh',
  robot: RobotChannel = 'wecom',
): RenderedMessage {
  const md = (text: string) => escapeRobotText(robot, text);
  const composed: ComposedMessage = row.model
    ? composeMessage(row.model, locale)
    : { subject: row.title, summary: row.body, ask: null, facts: [], tone: 'blue' };
  const l = LINKS[locale];
  const open = l[row.linkTarget];
  const text = [
    composed.subject,
    '',
    composed.summary,
    ...(composed.ask ? [composed.ask] : []),
    '',
    ...composed.facts.map((f) => `${f.label}: ${f.value}`),
    '',
    `${open}: ${row.link}`,
    ...(row.ackLink ? [`${l.ack}: ${row.ackLink}`] : []),
  ].join('\n');
  const markdown = [
    `### ${md(composed.subject)}`,
    md(composed.summary),
    ...(composed.ask ? [`**${md(composed.ask)}**`] : []),
    composed.facts.map((f) => `- **${md(f.label)}**: ${md(f.value)}`).join('\n'),
    `[${open}](${row.link})`,
  ].join('\n\n');
  const html = [
    `<h3>${esc(composed.subject)}</h3>`,
    `<p>${esc(composed.summary)}</p>`,
    composed.ask ? `<p><strong>${esc(composed.ask)}</strong></p>` : '',
    composed.facts.length
      ? `<table>${composed.facts.map((f) => `<tr><th align="left">${esc(f.label)}</th><td>${esc(f.value)}</td></tr>`).join('')}</table>`
      : '',
    `<p><a href="${esc(row.link)}">${esc(open)}</a>${row.ackLink ? ` · <a href="${esc(row.ackLink)}">${esc(l.ack)}</a>` : ''}</p>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
  return { subject: composed.subject, text, html, markdown, tone: composed.tone };
}

/** One message listing several reminders of one delivery window instead of a flood: each item, its next step, link. */
export function renderDigest(
  rows: MessageModel[],
  inboxLink: string,
  locale: Locale = 'zh',
  robot: RobotChannel = 'wecom',
): RenderedMessage {
  const md = (text: string) => escapeRobotText(robot, text);
  const subject =
    locale === 'zh' ? `【整改提醒汇总】共 ${rows.length} 项待办` : `[Reminder digest] ${rows.length} items to act on`;
  const entries = rows.map((row) => {
    const item = row.model && 'item' in row.model ? (row.model as ItemMessage) : null;
    const what = item ? (locale === 'zh' ? `「${item.item.title}」` : `"${item.item.title}"`) : row.title;
    const next = item?.next
      ? askWords(item.next, item.today, locale)
      : row.model
        ? composeMessage(row.model, locale).summary
        : row.body;
    return { what, next, link: row.link };
  });
  const text = [
    subject,
    '',
    ...entries.map((e, i) => `${i + 1}. ${e.what} ${e.next}\n   ${e.link}`),
    '',
    `${LINKS[locale].inbox}: ${inboxLink}`,
  ].join('\n');
  const markdown = [
    `### ${subject}`,
    entries.map((e, i) => `${i + 1}. [${md(e.what)}](${e.link}) ${md(e.next)}`).join('\n'),
    `[${LINKS[locale].inbox}](${inboxLink})`,
  ].join('\n\n');
  const html = [
    `<h3>${esc(subject)}</h3>`,
    `<ol>${entries.map((e) => `<li><a href="${esc(e.link)}">${esc(e.what)}</a> ${esc(e.next)}</li>`).join('')}</ol>`,
    `<p><a href="${esc(inboxLink)}">${esc(LINKS[locale].inbox)}</a></p>`,
  ].join('\n');
  return { subject, text, html, markdown, tone: 'blue' };
}

function esc(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
