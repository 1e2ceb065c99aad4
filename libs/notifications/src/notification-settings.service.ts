import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { looksLikeToken } from '../../audit/src/redaction';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { DomainError, type FieldProblem, validationFailed } from '../../domain/src';
import { type Caller, coversUnit, isSystemAdmin } from '../../identity/src';
import {
  DEFAULT_PERSON_CHANNELS,
  DEFAULT_WINDOW,
  type DeliveryWindow,
  isEmailAddress,
  MESSAGE_CATEGORIES,
  type MessageCategory,
  PERSON_CHANNELS,
  type PersonChannel,
  ROBOT_CHANNELS,
  type RobotChannel,
  windowProblems,
} from './delivery-policy';
import { DeliveryFailure, postToRobot, robotRequest } from './channels';
import { consoleLink } from './links';
import { loadNotificationConfig } from './notification-config';
import { escapeRobotText } from './robot-escaping';
import { openRobotSecret, sealRobotSecret } from './robot-secret';
import { webhookUrlProblem } from './webhook-policy';

/** The reason given when a robot moves to another host without its secret (the messages catalogue has its Chinese). */
export const SECRET_AGAIN = 'must be given again (or null to sign no more) when the webhook moves to another host';

const hostOf = (url: string): string => new URL(url).host.toLowerCase();

/** A unit's group robot as the API shows it: the webhook's key and the signing secret never leave the server. */
export interface RobotChannelView {
  unitId: string;
  channel: RobotChannel;
  webhookUrl: string;
  hasSecret: boolean;
  kinds: MessageCategory[];
  deliveryWindow: DeliveryWindow | null;
  enabled: boolean;
  updatedAt: string;
}

export interface RobotChannelInput {
  webhookUrl: string;
  /** undefined keeps the stored secret, null removes it. */
  secret?: string | null;
  kinds?: string[];
  deliveryWindow?: DeliveryWindow | null;
  enabled?: boolean;
}

/** Why a 测试发送 did not arrive, in words the console turns into Chinese. */
export const ROBOT_TEST_PROBLEMS = [
  'refused_by_policy',
  'unreachable',
  'redirect',
  'http_error',
  'platform_refused',
] as const;
export type RobotTestProblem = (typeof ROBOT_TEST_PROBLEMS)[number];

/** The answer of a 测试发送: sent to the robot now (not through the outbox), and whether the platform took it. */
export interface RobotTestResult {
  unitId: string;
  channel: RobotChannel;
  delivered: boolean;
  problem: RobotTestProblem | null;
  /** The HTTP status the robot answered, when it answered. */
  status: number | null;
  at: string;
}

/** What kind of failure a send was, from the failure postToRobot raises (its message names the kind first). */
export function robotTestProblem(failure: DeliveryFailure): { problem: RobotTestProblem; status: number | null } {
  const status = /HTTP (\d{3})/.exec(failure.message);
  const code = status ? Number(status[1]) : null;
  if (failure.message.startsWith('robot refused by policy')) return { problem: 'refused_by_policy', status: null };
  if (failure.message.startsWith('robot unreachable')) return { problem: 'unreachable', status: null };
  if (failure.message.startsWith('robot answered a redirect')) return { problem: 'redirect', status: code };
  if (failure.message.startsWith('robot answered HTTP')) return { problem: 'http_error', status: code };
  return { problem: 'platform_refused', status: 200 };
}

export interface PreferencesView {
  email: string | null;
  channels: Record<MessageCategory, PersonChannel[]>;
  deliveryWindow: DeliveryWindow | null;
  locale: 'zh' | 'en';
}

/** Robots per unit (system admin, or the unit's lead admin / branch secretary) and each person's own preferences. */
@Injectable()
export class NotificationSettingsService {
  /** Read once: the same policy the worker applies when it sends. */
  private readonly webhooks = loadNotificationConfig().webhooks;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async listRobots(caller: Caller, unitId: string): Promise<RobotChannelView[]> {
    await this.mayConfigure(caller, unitId);
    const rows = await this.db.query<RobotChannelRow[]>(
      `SELECT * FROM notification_channels WHERE unit_id = $1 ORDER BY channel`,
      [unitId],
    );
    return rows.map(toView);
  }

  async saveRobot(
    caller: Caller,
    unitId: string,
    channel: string,
    input: RobotChannelInput,
  ): Promise<RobotChannelView> {
    await this.mayConfigure(caller, unitId);
    const problems: FieldProblem[] = [];
    if (!(ROBOT_CHANNELS as readonly string[]).includes(channel)) {
      problems.push({ field: 'channel', reason: `must be one of ${ROBOT_CHANNELS.join(', ')}` });
    } else {
      const urlProblem = webhookUrlProblem(input.webhookUrl, channel as RobotChannel, this.webhooks);
      if (urlProblem) problems.push({ field: 'webhookUrl', reason: urlProblem });
    }
    const kinds = input.kinds ?? [...MESSAGE_CATEGORIES];
    kinds.forEach((k, i) => {
      if (!(MESSAGE_CATEGORIES as readonly string[]).includes(k)) {
        problems.push({ field: `kinds[${i}]`, reason: `must be one of ${MESSAGE_CATEGORIES.join(', ')}` });
      }
    });
    problems.push(...windowProblems(input.deliveryWindow, 'deliveryWindow'));
    if (problems.length) throw validationFailed('robot channel', problems);
    const sealed =
      typeof input.secret === 'string'
        ? sealRobotSecret(input.secret, this.config.secretKey, unitId, channel)
        : (input.secret ?? null);
    return this.db.transaction(async (tx) => {
      const [current]: { webhook_url: string; sealed_secret: string | null }[] = await tx.query(
        `SELECT webhook_url, sealed_secret FROM notification_channels WHERE unit_id = $1 AND channel = $2 FOR UPDATE`,
        [unitId, channel],
      );
      // A secret kept across a move to another host would sign requests to whoever runs that host.
      if (
        input.secret === undefined &&
        current?.sealed_secret &&
        hostOf(current.webhook_url) !== hostOf(input.webhookUrl)
      ) {
        throw validationFailed('robot channel', [{ field: 'secret', reason: SECRET_AGAIN }]);
      }
      const [row] = await tx.query<RobotChannelRow[]>(
        `INSERT INTO notification_channels (unit_id, channel, webhook_url, sealed_secret, kinds, delivery_window, enabled, updated_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
         ON CONFLICT (unit_id, channel) DO UPDATE SET webhook_url = EXCLUDED.webhook_url,
           sealed_secret = CASE WHEN $9 THEN notification_channels.sealed_secret ELSE EXCLUDED.sealed_secret END,
           kinds = EXCLUDED.kinds, delivery_window = EXCLUDED.delivery_window, enabled = EXCLUDED.enabled,
           updated_by = EXCLUDED.updated_by, updated_at = now()
         RETURNING *`,
        [
          unitId,
          channel,
          input.webhookUrl,
          sealed,
          kinds,
          input.deliveryWindow === undefined ? JSON.stringify(DEFAULT_WINDOW) : JSON.stringify(input.deliveryWindow),
          input.enabled ?? true,
          caller.personId,
          input.secret === undefined,
        ],
      );
      return toView(row);
    });
  }

  async removeRobot(caller: Caller, unitId: string, channel: string): Promise<void> {
    await this.mayConfigure(caller, unitId);
    const [, removed]: [unknown[], number] = await this.db.query(
      `DELETE FROM notification_channels WHERE unit_id = $1 AND channel = $2`,
      [unitId, channel],
    );
    if (removed === 0) throw new DomainError('NOT_FOUND', `No ${channel} robot on this unit`, { channel });
  }

  /**
   * 测试发送: one short message to the unit's robot right away, so whoever configures it sees at once whether the group
   * receives it (a wrong key, a missing 加签 secret, a host the policy refuses). Nothing is queued or retried.
   */
  async testRobot(caller: Caller, unitId: string, channel: string): Promise<RobotTestResult> {
    await this.mayConfigure(caller, unitId);
    const [row] = await this.db.query<(RobotChannelRow & { unit_name: string })[]>(
      `SELECT c.channel, c.webhook_url, c.sealed_secret, u.name AS unit_name
         FROM notification_channels c JOIN units u ON u.id = c.unit_id WHERE c.unit_id = $1 AND c.channel = $2`,
      [unitId, channel],
    );
    if (!row) throw new DomainError('NOT_FOUND', `No ${channel} robot on this unit`, { channel });
    const robot = row.channel;
    const secret =
      row.sealed_secret === null ? null : openRobotSecret(row.sealed_secret, this.config.secretKey, unitId, robot);
    if (secret === undefined) {
      throw new DomainError(
        'CONFLICT',
        "The robot's secret does not open with this deployment's HUIJIAN_SECRET_KEY: save the robot again with its secret",
        { field: 'secret' },
      );
    }
    const now = Date.now();
    const link = consoleLink(this.config.publicUrl).url;
    const subject = '【测试】互检群机器人';
    const summary = `${row.unit_name}的群机器人已接通，整改提醒和督办消息会发到这个群。（由${caller.name}发起测试）`;
    const md = (text: string) => escapeRobotText(robot, text);
    const message = {
      subject,
      text: `${subject}\n\n${summary}\n\n${link}`,
      html: '',
      markdown: `### ${md(subject)}\n\n${md(summary)}\n\n[打开互检工作台](${link})`,
      tone: 'blue' as const,
    };
    const base = { unitId, channel: robot, at: new Date(now).toISOString() };
    try {
      await postToRobot(robotRequest(robot, row.webhook_url, secret, message, link, now), this.webhooks);
      return { ...base, delivered: true, problem: null, status: 200 };
    } catch (error) {
      if (!(error instanceof DeliveryFailure)) throw error;
      return { ...base, delivered: false, ...robotTestProblem(error) };
    }
  }

  async preferences(caller: Caller): Promise<PreferencesView> {
    const [row] = await this.db.query<
      {
        person_email: string | null;
        email: string | null;
        /** A person's saved channels per category; a category saved before it existed is absent. */
        channels: Partial<Record<MessageCategory, PersonChannel[]>> | null;
        delivery_window: DeliveryWindow | null;
        locale: 'zh' | 'en' | null;
        saved: boolean;
      }[]
    >(
      `SELECT p.email AS person_email, np.email, np.channels, np.delivery_window, np.locale, np.person_id IS NOT NULL AS saved
         FROM people p LEFT JOIN notification_preferences np ON np.person_id = p.id WHERE p.id = $1`,
      [caller.personId],
    );
    const channels = Object.fromEntries(
      MESSAGE_CATEGORIES.map((c) => [c, row.channels?.[c] ?? DEFAULT_PERSON_CHANNELS]),
    ) as Record<MessageCategory, PersonChannel[]>;
    return {
      email: row.email ?? row.person_email ?? null,
      channels,
      deliveryWindow: row.saved ? row.delivery_window : DEFAULT_WINDOW,
      locale: row.locale ?? 'zh',
    };
  }

  async savePreferences(
    caller: Caller,
    input: {
      email?: string | null;
      channels?: Record<string, string[]>;
      deliveryWindow?: DeliveryWindow | null;
      locale?: string;
    },
  ): Promise<PreferencesView> {
    const problems: FieldProblem[] = [];
    if (input.email !== undefined && input.email !== null && !isEmailAddress(input.email)) {
      problems.push({ field: 'email', reason: 'must be an e-mail address like name@example.cn' });
    }
    for (const [kind, channels] of Object.entries(input.channels ?? {})) {
      if (!(MESSAGE_CATEGORIES as readonly string[]).includes(kind)) {
        problems.push({
          field: `channels.${kind}`,
          reason: `unknown kind; kinds are ${MESSAGE_CATEGORIES.join(', ')}`,
        });
        continue;
      }
      if (!Array.isArray(channels)) {
        problems.push({ field: `channels.${kind}`, reason: 'must be a list of channels' });
        continue;
      }
      channels.forEach((c, i) => {
        if (!(PERSON_CHANNELS as readonly string[]).includes(c)) {
          problems.push({
            field: `channels.${kind}[${i}]`,
            reason: `unknown channel; channels are ${PERSON_CHANNELS.join(', ')}`,
          });
        }
      });
    }
    problems.push(...windowProblems(input.deliveryWindow, 'deliveryWindow'));
    if (input.locale !== undefined && input.locale !== 'zh' && input.locale !== 'en') {
      problems.push({ field: 'locale', reason: 'must be zh or en' });
    }
    if (problems.length) throw validationFailed('notification preferences', problems);
    const current = await this.preferences(caller);
    const channels = { ...current.channels, ...(input.channels as Record<MessageCategory, PersonChannel[]>) };
    await this.db.query(
      `INSERT INTO notification_preferences (person_id, email, channels, delivery_window, locale) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (person_id) DO UPDATE SET email = EXCLUDED.email, channels = EXCLUDED.channels,
         delivery_window = EXCLUDED.delivery_window, locale = EXCLUDED.locale, updated_at = now()`,
      [
        caller.personId,
        input.email === undefined ? current.email : input.email,
        JSON.stringify(channels),
        JSON.stringify(input.deliveryWindow === undefined ? current.deliveryWindow : input.deliveryWindow),
        input.locale ?? current.locale,
      ],
    );
    return this.preferences(caller);
  }

  /** System admins, or the unit's lead admin / branch secretary (a role on it or above it); others see 403 or 404. */
  private async mayConfigure(caller: Caller, unitId: string): Promise<void> {
    const [unit] = await this.db.query<{ path: string }[]>(`SELECT path FROM units WHERE id = $1`, [unitId]);
    if (!unit) throw new DomainError('NOT_FOUND', `No unit ${unitId}`, { unitId });
    if (isSystemAdmin(caller) || coversUnit(caller, unit.path, ['lead_admin', 'branch_secretary'])) return;
    if (coversUnit(caller, unit.path, ['committee_member'])) {
      throw new DomainError(
        'FORBIDDEN',
        "Only a system admin or the unit's lead admin or secretary configures its robots",
        {
          unitId,
        },
      );
    }
    throw new DomainError('NOT_FOUND', `No unit ${unitId}`, { unitId });
  }
}

/**
 * The webhook with its key hidden: query values, the last path segment (Feishu's hook token) when there is no query,
 * and any token-like segment before it (a private deployment's `/hook/<key>/send`) are masked.
 */
export function maskWebhookUrl(value: string): string {
  const url = new URL(value);
  for (const key of [...url.searchParams.keys()]) url.searchParams.set(key, '***');
  const segments = url.pathname.split('/');
  const last = url.search === '' && segments.length > 1 ? segments.length - 1 : -1;
  const masked = segments.map((s, i) => (i === last || looksLikeToken(s) ? '***' : s));
  return `${url.origin}${masked.join('/')}${url.search.replace(/%2A/g, '*')}`;
}

/** A row of `notification_channels` (a unit's group robot). */
interface RobotChannelRow {
  unit_id: string;
  channel: RobotChannel;
  webhook_url: string;
  sealed_secret: string | null;
  kinds: MessageCategory[];
  delivery_window: DeliveryWindow | null;
  enabled: boolean;
  updated_at: Date;
}

function toView(row: RobotChannelRow): RobotChannelView {
  return {
    unitId: row.unit_id,
    channel: row.channel,
    webhookUrl: maskWebhookUrl(row.webhook_url),
    hasSecret: row.sealed_secret !== null,
    kinds: row.kinds,
    deliveryWindow: row.delivery_window,
    enabled: row.enabled,
    updatedAt: row.updated_at.toISOString(),
  };
}
