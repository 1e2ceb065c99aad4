import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { looksLikeToken } from '../../audit/src/redaction';
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
import { loadNotificationConfig } from './notification-config';
import { webhookUrlProblem } from './webhook-policy';

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

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listRobots(caller: Caller, unitId: string): Promise<RobotChannelView[]> {
    await this.mayConfigure(caller, unitId);
    const rows = await this.db.query(`SELECT * FROM notification_channels WHERE unit_id = $1 ORDER BY channel`, [
      unitId,
    ]);
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
    const [row] = await this.db.query(
      `INSERT INTO notification_channels (unit_id, channel, webhook_url, secret, kinds, delivery_window, enabled, updated_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (unit_id, channel) DO UPDATE SET webhook_url = EXCLUDED.webhook_url,
         secret = CASE WHEN $9 THEN notification_channels.secret ELSE EXCLUDED.secret END,
         kinds = EXCLUDED.kinds, delivery_window = EXCLUDED.delivery_window, enabled = EXCLUDED.enabled,
         updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING *`,
      [
        unitId,
        channel,
        input.webhookUrl,
        input.secret ?? null,
        kinds,
        input.deliveryWindow === undefined ? JSON.stringify(DEFAULT_WINDOW) : JSON.stringify(input.deliveryWindow),
        input.enabled ?? true,
        caller.personId,
        input.secret === undefined,
      ],
    );
    return toView(row);
  }

  async removeRobot(caller: Caller, unitId: string, channel: string): Promise<void> {
    await this.mayConfigure(caller, unitId);
    const [, removed]: [unknown[], number] = await this.db.query(
      `DELETE FROM notification_channels WHERE unit_id = $1 AND channel = $2`,
      [unitId, channel],
    );
    if (removed === 0) throw new DomainError('NOT_FOUND', `No ${channel} robot on this unit`, { channel });
  }

  async preferences(caller: Caller): Promise<PreferencesView> {
    const [row] = await this.db.query(
      `SELECT p.email AS person_email, np.email, np.channels, np.delivery_window, np.locale, np.person_id IS NOT NULL AS saved
         FROM people p LEFT JOIN notification_preferences np ON np.person_id = p.id WHERE p.id = $1`,
      [caller.personId],
    );
    const channels = Object.fromEntries(
      MESSAGE_CATEGORIES.map((c) => [c, (row.channels?.[c] as PersonChannel[] | undefined) ?? DEFAULT_PERSON_CHANNELS]),
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
    const [unit] = await this.db.query(`SELECT path FROM units WHERE id = $1`, [unitId]);
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

function toView(row: {
  unit_id: string;
  channel: RobotChannel;
  webhook_url: string;
  secret: string | null;
  kinds: MessageCategory[];
  delivery_window: DeliveryWindow | null;
  enabled: boolean;
  updated_at: Date;
}): RobotChannelView {
  return {
    unitId: row.unit_id,
    channel: row.channel,
    webhookUrl: maskWebhookUrl(row.webhook_url),
    hasSecret: row.secret !== null,
    kinds: row.kinds,
    deliveryWindow: row.delivery_window,
    enabled: row.enabled,
    updatedAt: row.updated_at.toISOString(),
  };
}
