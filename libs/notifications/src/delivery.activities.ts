import { ApplicationFailure, Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { type AppConfig, loadAppConfig } from '../../config/src';
import { type CalendarOverride, createWorkCalendar } from '../../domain/src';
import { ACK_LINK_PATH, ACK_LINK_TTL_DAYS, newAckToken } from './ack-link';
import { createMailer, DeliveryFailure, postToRobot, robotRequest } from './channels';
import {
  categoryOf,
  DEFAULT_PERSON_CHANNELS,
  DEFAULT_WINDOW,
  type DeliveryChannel,
  type DeliveryWindow,
  deliveryTime,
  type MessageCategory,
  type PersonChannel,
  type RobotChannel,
  windowKey,
} from './delivery-policy';
import { consoleLink } from './links';
import { loadMessageModels } from './message-models';
import { openRobotSecret } from './robot-secret';
import { type NotificationConfig, loadNotificationConfig } from './notification-config';
import { type Locale, type RenderedMessage, renderDigest, renderMessage } from './templates';

const BATCH = 200;
/** A delivery released this long ago and still not claimed by a delivery workflow is offered again. */
const ORPHAN_GRACE_MS = 5 * 60_000;

interface PlannedDelivery {
  notificationId: string;
  channel: DeliveryChannel;
  recipient: string;
  kind: string;
  notBefore: Date;
}

export type DeliveryOutcome = 'sent' | 'dead' | 'skipped';

/**
 * Activities of the delivery dispatcher and of each delivery. Exactly-once bookkeeping lives in Postgres:
 * an outbox row is expanded once (`dispatched_at`), each (notification, channel, recipient) has one `deliveries`
 * row (unique), and a send is claimed (`sending`) before it starts, so a retry or a replaced worker never sends a
 * claimed message again: an attempt that left no outcome is dead-lettered for an admin to replay, not resent.
 */
export function createNotificationActivities(db: DataSource) {
  let settings: { app: AppConfig; notify: NotificationConfig } | undefined;
  const config = () => (settings ??= { app: loadAppConfig(), notify: loadNotificationConfig() });
  let mailer: ReturnType<typeof createMailer> | undefined;

  const calendar = async () => {
    const overrides: CalendarOverride[] = await db.query('SELECT day, kind FROM calendar_overrides');
    return createWorkCalendar(overrides);
  };

  return {
    /** Expands new outbox rows into per-channel deliveries with their send time; returns how many rows it took. */
    async expandOutbox(): Promise<number> {
      const { app, notify } = config();
      const cal = await calendar();
      return db.transaction(async (tx) => {
        const rows: { id: string; kind: string; recipient_unit_id: string; due_at: Date }[] = await tx.query(
          `SELECT id::text AS id, kind, recipient_unit_id, due_at FROM notifications
            WHERE dispatched_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        if (rows.length === 0) return 0;
        const units = [...new Set(rows.map((r) => r.recipient_unit_id))];
        const people: {
          person_id: string;
          unit_id: string;
          email: string | null;
          channels: Partial<Record<MessageCategory, PersonChannel[]>> | null;
          delivery_window: DeliveryWindow | null | undefined;
          has_prefs: boolean;
        }[] = await tx.query(
          `SELECT DISTINCT p.id AS person_id, r.unit_id, COALESCE(np.email, p.email) AS email, np.channels,
                  np.delivery_window, np.person_id IS NOT NULL AS has_prefs
             FROM role_assignments r JOIN people p ON p.id = r.person_id
             LEFT JOIN notification_preferences np ON np.person_id = p.id
            WHERE r.unit_id = ANY($1::uuid[]) AND p.active`,
          [units],
        );
        const robots: {
          unit_id: string;
          channel: RobotChannel;
          kinds: MessageCategory[];
          delivery_window: DeliveryWindow | null;
        }[] = await tx.query(
          `SELECT unit_id, channel, kinds, delivery_window FROM notification_channels
            WHERE unit_id = ANY($1::uuid[]) AND enabled`,
          [units],
        );
        const planned: PlannedDelivery[] = [];
        for (const n of rows) {
          const category = categoryOf(n.kind);
          const at = n.due_at.getTime();
          if (notify.smtpUrl) {
            for (const p of people.filter((x) => x.unit_id === n.recipient_unit_id && x.email)) {
              const wanted = p.channels?.[category] ?? DEFAULT_PERSON_CHANNELS;
              if (!wanted.includes('email')) continue;
              const window = p.has_prefs && p.delivery_window !== undefined ? p.delivery_window : DEFAULT_WINDOW;
              planned.push({
                notificationId: n.id,
                channel: 'email',
                recipient: p.person_id,
                kind: n.kind,
                notBefore: new Date(deliveryTime(at, window, cal, app.orgTimeZone)),
              });
            }
          }
          for (const r of robots.filter((x) => x.unit_id === n.recipient_unit_id && x.kinds.includes(category))) {
            planned.push({
              notificationId: n.id,
              channel: r.channel,
              recipient: r.unit_id,
              kind: n.kind,
              notBefore: new Date(deliveryTime(at, r.delivery_window, cal, app.orgTimeZone)),
            });
          }
        }
        for (const d of planned) {
          await tx.query(
            `INSERT INTO deliveries (notification_id, channel, recipient, kind, state, not_before)
             VALUES ($1,$2,$3,$4,'scheduled',$5) ON CONFLICT (notification_id, channel, recipient) DO NOTHING`,
            [d.notificationId, d.channel, d.recipient, d.kind, d.notBefore],
          );
        }
        await tx.query(`UPDATE notifications SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [
          rows.map((r) => r.id),
        ]);
        return rows.length;
      });
    },

    /**
     * Hands the deliveries whose time has come to the dispatcher; a recipient's reminders of one delivery window
     * beyond the digest threshold become one digest. Returns their ids and when the next held one is due.
     */
    async releaseDue(): Promise<{ ids: string[]; nextDueAt: number | null }> {
      const { app, notify } = config();
      return db.transaction(async (tx) => {
        const due: { id: string; channel: string; recipient: string; kind: string; not_before: Date }[] =
          await tx.query(
            `SELECT id::text AS id, channel, recipient, kind, not_before FROM deliveries
              WHERE state = 'scheduled' AND not_before <= now() ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          );
        const groups = new Map<string, typeof due>();
        for (const d of due.filter((x) => categoryOf(x.kind) === 'reminder')) {
          const key = `${d.channel}:${d.recipient}:${windowKey(d.not_before.getTime(), app.orgTimeZone)}`;
          groups.set(key, [...(groups.get(key) ?? []), d]);
        }
        const ids: string[] = [];
        const digested = new Set<string>();
        for (const [key, members] of groups) {
          if (members.length <= notify.digestThreshold) continue;
          const [digest] = await tx.query(
            `INSERT INTO deliveries (digest_key, channel, recipient, kind, state, not_before)
             VALUES ($1,$2,$3,'digest','queued',now())
             ON CONFLICT (digest_key) DO UPDATE SET updated_at = now() RETURNING id::text AS id`,
            [`${key}:${members[0].id}`, members[0].channel, members[0].recipient],
          );
          await tx.query(
            `UPDATE deliveries SET state = 'digested', digest_id = $1, updated_at = now() WHERE id = ANY($2::bigint[])`,
            [digest.id, members.map((m) => m.id)],
          );
          members.forEach((m) => digested.add(m.id));
          ids.push(digest.id);
        }
        const single = due.filter((d) => !digested.has(d.id)).map((d) => d.id);
        await tx.query(`UPDATE deliveries SET state = 'queued', updated_at = now() WHERE id = ANY($1::bigint[])`, [
          single,
        ]);
        ids.push(...single);
        // Released earlier but never taken up by a delivery workflow (this activity's answer lost after its commit,
        // the dispatcher terminated mid-batch): offered again, at most once per grace period. Starting a delivery
        // whose workflow exists is refused by its id (REJECT_DUPLICATE), so a slow one is not sent twice.
        const orphans: { id: string }[] = await tx
          .query(
            `UPDATE deliveries SET updated_at = now() WHERE id IN (
             SELECT id FROM deliveries WHERE state = 'queued' AND attempts = 0 AND replays = 0
                AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
              ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
           RETURNING id::text AS id`,
            [ORPHAN_GRACE_MS],
          )
          .then((r: [{ id: string }[], number]) => r[0]);
        ids.push(...orphans.map((o) => o.id).filter((id) => !ids.includes(id)));
        const [next] = await tx.query(`SELECT min(not_before) AS at FROM deliveries WHERE state = 'scheduled'`);
        return { ids, nextDueAt: next.at ? new Date(next.at).getTime() : null };
      });
    },

    /** One attempt to send one delivery; retried by Temporal with exponential backoff. */
    async sendDelivery(deliveryId: string): Promise<DeliveryOutcome> {
      const { app, notify } = config();
      const startedAt = new Date();
      const claim = await db.transaction(async (tx) => {
        const [d] = await tx.query(
          `SELECT id::text AS id, notification_id::text AS notification_id, channel, recipient, state, attempts
             FROM deliveries WHERE id = $1 FOR UPDATE`,
          [deliveryId],
        );
        if (!d) return { outcome: 'skipped' as const };
        if (d.state === 'sent' || d.state === 'dead' || d.state === 'digested') return { outcome: 'skipped' as const };
        if (d.state === 'sending') {
          // The previous attempt claimed it and left no outcome (worker stopped mid-send): it may have arrived.
          const error = 'outcome unknown: the previous attempt was interrupted mid-send; replay if it did not arrive';
          await tx.query(
            `INSERT INTO delivery_attempts (delivery_id, attempt, status, error, started_at) VALUES ($1,$2,'interrupted',$3,$4)`,
            [deliveryId, d.attempts, error, startedAt],
          );
          await tx.query(`UPDATE deliveries SET state = 'dead', last_error = $2, updated_at = now() WHERE id = $1`, [
            deliveryId,
            error,
          ]);
          return { outcome: 'dead' as const };
        }
        // A personal e-mail carries a 已阅 link: a new token each attempt (an earlier attempt's mail did not leave),
        // of which only the hash is kept.
        const ack = d.channel === 'email' && d.notification_id ? newAckToken() : null;
        await tx.query(
          `UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = now(),
                  ack_token_hash = $2, ack_expires_at = CASE WHEN $2::bytea IS NULL THEN NULL
                                                           ELSE now() + make_interval(days => $3) END
            WHERE id = $1`,
          [deliveryId, ack?.hash ?? null, ACK_LINK_TTL_DAYS],
        );
        return {
          outcome: 'claimed' as const,
          delivery: { ...d, attempts: d.attempts + 1, ack_token: ack?.token ?? null },
        };
      });
      if (claim.outcome !== 'claimed') return claim.outcome;
      const d = claim.delivery as {
        id: string;
        notification_id: string | null;
        channel: DeliveryChannel;
        recipient: string;
        attempts: number;
        ack_token: string | null;
      };
      const record = async (status: 'sent' | 'failed', error: string | null) => {
        await db.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO delivery_attempts (delivery_id, attempt, status, error, started_at) VALUES ($1,$2,$3,$4,$5)`,
            [d.id, d.attempts, status, error, startedAt],
          );
          await tx.query(
            status === 'sent'
              ? `UPDATE deliveries SET state = 'sent', sent_at = now(), last_error = NULL, updated_at = now() WHERE id = $1`
              : `UPDATE deliveries SET state = 'queued', last_error = $2, updated_at = now() WHERE id = $1`,
            status === 'sent' ? [d.id] : [d.id, error],
          );
        });
      };
      try {
        await send(d);
      } catch (error) {
        if (Context.current().cancellationSignal.aborted) {
          // Stopped mid-send: leave the claim; the next attempt dead-letters it rather than risk a duplicate.
          await db.query(
            `INSERT INTO delivery_attempts (delivery_id, attempt, status, error, started_at) VALUES ($1,$2,'interrupted',$3,$4)`,
            [d.id, d.attempts, 'worker stopped mid-send', startedAt],
          );
          throw error;
        }
        const failure =
          error instanceof DeliveryFailure
            ? error
            : new DeliveryFailure(`unexpected: ${(error as Error).message}`, true);
        await record('failed', failure.message);
        throw ApplicationFailure.create({
          type: 'DeliveryFailure',
          message: failure.message,
          nonRetryable: !failure.retryable,
        });
      }
      await record('sent', null);
      return 'sent';

      async function send(delivery: typeof d): Promise<void> {
        let locale: Locale = 'zh';
        let email: string | null = null;
        if (delivery.channel === 'email') {
          const [person] = await db.query(
            `SELECT COALESCE(np.email, p.email) AS email, COALESCE(np.locale, 'zh') AS locale
               FROM people p LEFT JOIN notification_preferences np ON np.person_id = p.id WHERE p.id = $1`,
            [delivery.recipient],
          );
          if (!person?.email) throw new DeliveryFailure('the recipient has no e-mail address', false);
          email = person.email;
          locale = person.locale;
        }
        let message: RenderedMessage;
        let link: string;
        if (delivery.notification_id) {
          const model = (await loadMessageModels(db, [delivery.notification_id], app.publicUrl)).get(
            delivery.notification_id,
          );
          if (!model) throw new DeliveryFailure('the notification no longer exists', false);
          if (delivery.ack_token) model.ackLink = `${app.publicUrl}${ACK_LINK_PATH}${delivery.ack_token}`;
          message = renderMessage(model, locale, robotOf(delivery.channel));
          link = model.link;
        } else {
          const members: { notification_id: string }[] = await db.query(
            `SELECT notification_id::text AS notification_id FROM deliveries WHERE digest_id = $1 ORDER BY id`,
            [delivery.id],
          );
          const models = await loadMessageModels(
            db,
            members.map((m) => m.notification_id),
            app.publicUrl,
          );
          link = consoleLink(app.publicUrl).url;
          message = renderDigest(
            members.map((m) => models.get(m.notification_id)).filter((m) => m !== undefined),
            link,
            locale,
            robotOf(delivery.channel),
          );
        }
        if (delivery.channel === 'email') {
          if (!notify.smtpUrl) throw new DeliveryFailure('SMTP_URL is not configured', false);
          mailer ??= createMailer({ smtpUrl: notify.smtpUrl, from: notify.mailFrom });
          const host = new URL(app.publicUrl).hostname || 'huijian.local';
          await mailer.send(email as string, message, `<delivery-${delivery.id}@${host}>`);
          return;
        }
        const [robot]: { webhook_url: string; sealed_secret: string | null }[] = await db.query(
          `SELECT webhook_url, sealed_secret FROM notification_channels WHERE unit_id = $1 AND channel = $2 AND enabled`,
          [delivery.recipient, delivery.channel],
        );
        if (!robot) throw new DeliveryFailure(`the unit's ${delivery.channel} robot is no longer configured`, false);
        const secret =
          robot.sealed_secret === null
            ? null
            : openRobotSecret(robot.sealed_secret, app.secretKey, delivery.recipient, delivery.channel);
        if (secret === undefined) {
          throw new DeliveryFailure(
            `the ${delivery.channel} robot's secret does not open with this HUIJIAN_SECRET_KEY: save the robot again`,
            false,
          );
        }
        const request = robotRequest(delivery.channel, robot.webhook_url, secret, message, link, Date.now());
        await postToRobot(request, notify.webhooks, Context.current().cancellationSignal);
      }
    },

    /** The last word on a delivery whose retries are exhausted or that cannot succeed: the dead-letter list. */
    async deadLetterDelivery({ deliveryId, error }: { deliveryId: string; error: string }): Promise<void> {
      await db.query(
        `UPDATE deliveries SET state = 'dead', last_error = $2, updated_at = now()
          WHERE id = $1 AND state IN ('queued','sending')`,
        [deliveryId, error.slice(0, 500)],
      );
    },
  };
}

/** The robot whose Markdown dialect a delivery's text is escaped for (e-mail uses no Markdown). */
const robotOf = (channel: DeliveryChannel): RobotChannel | undefined => (channel === 'email' ? undefined : channel);

export type NotificationActivities = ReturnType<typeof createNotificationActivities>;
