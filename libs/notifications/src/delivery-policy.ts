import { createHmac } from 'node:crypto';
import {
  addCalendarDays,
  type FieldProblem,
  instantAt,
  isLocalTime,
  type LocalTime,
  localDateOf,
  type WorkCalendar,
} from '../../domain/src';
import type { DeliveryRetry } from '../../../workflows/contracts';

/** Group robots (群机器人) configured per unit. */
export const ROBOT_CHANNELS = ['wecom', 'dingtalk', 'feishu'] as const;
export type RobotChannel = (typeof ROBOT_CHANNELS)[number];
/** What a person can choose per kind: the in-app inbox (always written) and e-mail. */
export const PERSON_CHANNELS = ['inbox', 'email'] as const;
export type PersonChannel = (typeof PERSON_CHANNELS)[number];
export type DeliveryChannel = 'email' | RobotChannel;
/** Default channels of a person who saved no preferences: the inbox and e-mail for every kind. */
export const DEFAULT_PERSON_CHANNELS: PersonChannel[] = ['inbox', 'email'];

/** Kinds of message a person or a robot subscribes to; every outbox kind falls into one of them. */
export const MESSAGE_CATEGORIES = ['reminder', 'overdue_chase', 'escalation', 'report', 'event'] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/** reminder / 催办 / 督办 / 上报·通报; lifecycle notices (assigned, rejected, closed …) are 'event'. */
export function categoryOf(kind: string): MessageCategory {
  if (kind === 'reminder' || kind === 'overdue_chase' || kind === 'escalation') return kind;
  if (kind.includes('report')) return 'report';
  return 'event';
}

/** When messages may leave: between `from` and `to` local time, on working days only unless told otherwise. */
export interface DeliveryWindow {
  from: LocalTime;
  to: LocalTime;
  workingDaysOnly: boolean;
}

/** Default quiet hours: deliver 09:00–18:00 local on working days (escalations to the committee included). */
export const DEFAULT_WINDOW: DeliveryWindow = { from: '09:00', to: '18:00', workingDaysOnly: true };
/** Digest when a recipient has more than this many reminders in one delivery window. */
export const DEFAULT_DIGEST_THRESHOLD = 3;

/**
 * The first instant at or after `at` inside the delivery window: a reminder computed for 07:00 leaves at 09:00,
 * one at 19:00 on Friday leaves at 09:00 on the next working day. `null` means any time.
 */
export function deliveryTime(at: number, window: DeliveryWindow | null, calendar: WorkCalendar, tz: string): number {
  if (!window) return at;
  let day = localDateOf(at, tz);
  for (let i = 0; i < 400; i++, day = addCalendarDays(day, 1)) {
    if (window.workingDaysOnly && !calendar.isWorkingDay(day)) continue;
    const start = instantAt(day, window.from, tz);
    const end = instantAt(day, window.to, tz);
    if (at < start) return start;
    if (at < end) return at;
  }
  throw new RangeError(`No delivery window within 400 days of ${new Date(at).toISOString()}`);
}

/** The delivery window a send time falls in, named by its local date: reminders in one window share a digest. */
export function windowKey(sendAt: number, tz: string): string {
  return localDateOf(sendAt, tz);
}

/** Validates a delivery window (from before to, HH:mm each). */
export function windowProblems(window: unknown, field: string): FieldProblem[] {
  if (window === null || window === undefined) return [];
  if (typeof window !== 'object') return [{ field, reason: 'must be an object or null' }];
  const w = window as Partial<DeliveryWindow>;
  const problems: FieldProblem[] = [];
  if (!isLocalTime(w.from)) problems.push({ field: `${field}.from`, reason: 'must be a time HH:mm' });
  if (!isLocalTime(w.to)) problems.push({ field: `${field}.to`, reason: 'must be a time HH:mm' });
  if (isLocalTime(w.from) && isLocalTime(w.to) && w.from >= w.to) {
    problems.push({ field: `${field}.to`, reason: 'must be later than from' });
  }
  if (typeof w.workingDaysOnly !== 'boolean') {
    problems.push({ field: `${field}.workingDaysOnly`, reason: 'must be a boolean' });
  }
  return problems;
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** A plain mailbox address (no display name), e.g. `zhang.hua@example.cn`. */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}

/**
 * 钉钉 加签: HmacSHA256 keyed by the secret over `${timestamp}\n${secret}`, base64; the caller URL-encodes it into
 * `&timestamp=…&sign=…`. `timestamp` is in milliseconds.
 */
export function dingtalkSignature(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** 飞书 签名校验: HmacSHA256 keyed by `${timestamp}\n${secret}` over an empty message, base64; seconds. */
export function feishuSignature(secret: string, timestampSec: number): string {
  return createHmac('sha256', `${timestampSec}\n${secret}`).update('', 'utf8').digest('base64');
}

/** Exponential backoff of delivery retries: initial × 2^(n−1), capped (the dispatcher's contract defines it). */
export type RetrySettings = DeliveryRetry;

export const DEFAULT_RETRY: RetrySettings = {
  initialIntervalMs: 30_000,
  maximumIntervalMs: 3_600_000,
  maximumAttempts: 8,
};

/** The pause before attempt `attempt + 1` after `attempt` failed: initial × 2^(attempt−1), capped at the maximum. */
export function backoffMs(attempt: number, retry: RetrySettings): number {
  return Math.min(retry.initialIntervalMs * 2 ** Math.max(attempt - 1, 0), retry.maximumIntervalMs);
}

/** What follows a failed attempt: another after its backoff, or the dead-letter list (attempts out, or hopeless). */
export type AfterFailure = { next: 'retry'; delayMs: number } | { next: 'dead'; error: string };

export function afterFailure(attempt: number, error: string, retryable: boolean, retry: RetrySettings): AfterFailure {
  if (!retryable) return { next: 'dead', error };
  if (attempt >= retry.maximumAttempts) return { next: 'dead', error: `attempts exhausted: ${error}` };
  return { next: 'retry', delayMs: backoffMs(attempt, retry) };
}

/** An outbox row (a notification: it is the inbox entry itself) about to be expanded into deliveries. */
export interface OutboxMessage {
  id: string;
  kind: string;
  recipientUnitId: string;
  dueAt: number;
}

/** A person holding a role on a unit, with their saved preferences (null: none saved, the defaults apply). */
export interface PersonRecipient {
  personId: string;
  unitId: string;
  email: string | null;
  preferences: {
    channels: Partial<Record<MessageCategory, PersonChannel[]>> | null;
    window: DeliveryWindow | null;
  } | null;
}

/** A unit's enabled group robot and the categories it subscribes to. */
export interface RobotRecipient {
  unitId: string;
  channel: RobotChannel;
  kinds: MessageCategory[];
  window: DeliveryWindow | null;
}

/** One message to one recipient on one channel, and the first instant it may leave. */
export interface PlannedDelivery {
  notificationId: string;
  channel: DeliveryChannel;
  recipient: string;
  kind: string;
  notBefore: number;
}

/**
 * Who gets what, when: each message goes by e-mail to each person of its unit who wants that category by e-mail (when
 * e-mail is configured), and to each robot of its unit subscribed to the category; each leaves at the first instant
 * inside its recipient's delivery window (quiet hours). The inbox needs no delivery: the outbox row is the entry.
 */
export function planDeliveries(
  messages: OutboxMessage[],
  people: PersonRecipient[],
  robots: RobotRecipient[],
  context: { emailEnabled: boolean; calendar: WorkCalendar; timeZone: string },
): PlannedDelivery[] {
  const at = (when: number, window: DeliveryWindow | null) =>
    deliveryTime(when, window, context.calendar, context.timeZone);
  return messages.flatMap((n) => {
    const category = categoryOf(n.kind);
    const mail: PlannedDelivery[] = !context.emailEnabled
      ? []
      : people
          .filter((p) => p.unitId === n.recipientUnitId && p.email)
          .filter((p) => (p.preferences?.channels?.[category] ?? DEFAULT_PERSON_CHANNELS).includes('email'))
          .map((p) => ({
            notificationId: n.id,
            channel: 'email' as const,
            recipient: p.personId,
            kind: n.kind,
            notBefore: at(n.dueAt, p.preferences ? p.preferences.window : DEFAULT_WINDOW),
          }));
    const posts = robots
      .filter((r) => r.unitId === n.recipientUnitId && r.kinds.includes(category))
      .map((r) => ({
        notificationId: n.id,
        channel: r.channel,
        recipient: r.unitId,
        kind: n.kind,
        notBefore: at(n.dueAt, r.window),
      }));
    return [...mail, ...posts];
  });
}

/** A released delivery whose time has come. */
export interface DueDelivery {
  id: string;
  channel: DeliveryChannel;
  recipient: string;
  kind: string;
  notBefore: number;
}

/**
 * The digests among due deliveries: a recipient's reminders on one channel in one delivery window, when there are
 * more than `threshold` of them, leave as one message. Keyed so that a retried release finds its digest again.
 */
export function digestGroups(
  due: DueDelivery[],
  threshold: number,
  timeZone: string,
): { key: string; members: DueDelivery[] }[] {
  const groups = new Map<string, DueDelivery[]>();
  for (const d of due.filter((x) => categoryOf(x.kind) === 'reminder')) {
    const key = `${d.channel}:${d.recipient}:${windowKey(d.notBefore, timeZone)}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups]
    .filter(([, members]) => members.length > threshold)
    .map(([key, members]) => ({ key: `${key}:${members[0].id}`, members }));
}
