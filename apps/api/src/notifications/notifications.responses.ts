import {
  MESSAGE_CATEGORIES,
  PERSON_CHANNELS,
  ROBOT_CHANNELS,
  ROBOT_TEST_PROBLEMS,
  type RobotTestProblem,
} from '../../../../libs/notifications/src';
import { ListOf, Prop } from '../http/schema';

/** Message and delivery ids are decimal strings (a database sequence), not UUIDs. */
const SEQUENCE_ID = { pattern: '^\\d+$', example: '42' };

export class InboxEntryDto {
  @Prop.string({ ...SEQUENCE_ID }) id: string;
  @Prop.string({ example: 'reminder' }) kind: string;
  @Prop.string() title: string;
  @Prop.string() body: string;
  @Prop.uuid({ nullable: true }) itemId: string | null;
  @Prop.uuid({ nullable: true }) cycleId: string | null;
  @Prop.uuid({ nullable: true, description: 'the star rating (评星) a rating notice is about' }) starRatingId:
    string | null;
  @Prop.uuid() recipientUnitId: string;
  @Prop.time({ description: 'when it was due to be sent' }) dueAt: string;
  @Prop.time() createdAt: string;
  @Prop.time({ nullable: true }) readAt: string | null;
  @Prop.time({ nullable: true, description: '已阅' }) acknowledgedAt: string | null;
}

export class InboxPageDto {
  @Prop.of([InboxEntryDto], { description: 'newest first' }) items: InboxEntryDto[];
  @Prop.int({ description: 'messages matching the filters' }) total: number;
  @Prop.int({ description: 'of all your messages, the unread ones' }) unreadCount: number;
}

export class ReaderStatusDto {
  @Prop.uuid() personId: string;
  @Prop.string() name: string;
  @Prop.time({ nullable: true }) readAt: string | null;
  @Prop.time({ nullable: true }) acknowledgedAt: string | null;
}

export class ReadersDto {
  @Prop.string({ ...SEQUENCE_ID }) notificationId: string;
  @Prop.of([ReaderStatusDto]) readers: ReaderStatusDto[];
}

export class ItemAcknowledgementDto {
  @Prop.string({ ...SEQUENCE_ID }) notificationId: string;
  @Prop.string() kind: string;
  @Prop.string() title: string;
  @Prop.time() dueAt: string;
  @Prop.uuid() personId: string;
  @Prop.string() personName: string;
  @Prop.enum(['inbox', 'link']) via: string;
  @Prop.time() acknowledgedAt: string;
}

export class DeliveryWindowViewDto {
  @Prop.string({ example: '09:00' }) from: string;
  @Prop.string({ example: '18:00' }) to: string;
  @Prop.bool() workingDaysOnly: boolean;
}

export class RobotChannelViewDto {
  @Prop.uuid() unitId: string;
  @Prop.enum(ROBOT_CHANNELS) channel: (typeof ROBOT_CHANNELS)[number];
  @Prop.string({ description: "masked: the webhook's key never leaves the server" }) webhookUrl: string;
  @Prop.bool() hasSecret: boolean;
  @Prop.enum(MESSAGE_CATEGORIES, { isArray: true }) kinds: (typeof MESSAGE_CATEGORIES)[number][];
  @Prop.of(DeliveryWindowViewDto, { nullable: true, description: 'null = any time' })
  deliveryWindow: DeliveryWindowViewDto | null;
  @Prop.bool() enabled: boolean;
  @Prop.time() updatedAt: string;
}

export class RobotTestResultDto {
  @Prop.uuid() unitId: string;
  @Prop.enum(ROBOT_CHANNELS) channel: (typeof ROBOT_CHANNELS)[number];
  @Prop.bool({ description: 'the platform took the message' }) delivered: boolean;
  @Prop.enum(ROBOT_TEST_PROBLEMS, {
    nullable: true,
    description:
      'why not: refused_by_policy (host not allowed), unreachable, redirect, http_error, platform_refused (a wrong key or signature)',
  })
  problem: RobotTestProblem | null;
  @Prop.int({ nullable: true, description: 'the HTTP status the robot answered' }) status: number | null;
  @Prop.time() at: string;
}

export class PreferencesViewDto {
  @Prop.string({ nullable: true }) email: string | null;
  @Prop.map(
    { type: 'array', items: { type: 'string', enum: [...PERSON_CHANNELS] } },
    { description: `channels per kind (${MESSAGE_CATEGORIES.join(', ')})`, example: { reminder: ['inbox'] } },
  )
  channels: Record<string, (typeof PERSON_CHANNELS)[number][]>;
  @Prop.of(DeliveryWindowViewDto, { nullable: true, description: 'quiet hours; null = any time' })
  deliveryWindow: DeliveryWindowViewDto | null;
  @Prop.enum(['zh', 'en']) locale: 'zh' | 'en';
}

export class DeliveryAttemptDto {
  @Prop.int() attempt: number;
  @Prop.string() status: string;
  @Prop.string({ nullable: true }) error: string | null;
  @Prop.time() startedAt: string;
  @Prop.time({ nullable: true, description: 'null while the outcome is unknown' }) finishedAt: string | null;
}

export class DeliveryDto {
  @Prop.string({ ...SEQUENCE_ID }) id: string;
  @Prop.string({ ...SEQUENCE_ID, nullable: true, description: 'null for a digest' }) notificationId: string | null;
  @Prop.string({ nullable: true }) digestKey: string | null;
  @Prop.string({ example: 'email' }) channel: string;
  @Prop.string({ description: 'a person id or a unit id (robots)' }) recipient: string;
  @Prop.string() kind: string;
  @Prop.enum(['scheduled', 'queued', 'sending', 'sent', 'dead', 'digested']) state: string;
  @Prop.time() notBefore: string;
  @Prop.int() attempts: number;
  @Prop.string({ nullable: true }) lastError: string | null;
  @Prop.int() replays: number;
  @Prop.time({ nullable: true }) sentAt: string | null;
  @Prop.string({ nullable: true }) title: string | null;
  @Prop.of([DeliveryAttemptDto]) history: DeliveryAttemptDto[];
}

export const ItemAcknowledgementListDto = ListOf(ItemAcknowledgementDto);
export const RobotChannelListDto = ListOf(RobotChannelViewDto);
export const DeliveryListDto = ListOf(DeliveryDto);
