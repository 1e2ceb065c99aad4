import { ApplicationFailure, Context } from '@temporalio/activity';
import type { DataSource, EntityManager } from 'typeorm';
import { type AppConfig, loadAppConfig } from '../../config/src';
import { type CalendarOverride, createWorkCalendar } from '../../domain/src';
import { ACK_LINK_PATH, ACK_LINK_TTL_DAYS, newAckToken } from './ack-link';
import { createMailer, DeliveryFailure, postToRobot, robotRequest } from './channels';
import {
  afterFailure,
  type DeliveryChannel,
  type DeliveryWindow,
  digestGroups,
  type DueDelivery,
  type MessageCategory,
  type PersonChannel,
  planDeliveries,
  type RetrySettings,
  type RobotChannel,
} from './delivery-policy';
import { consoleLink } from './links';
import { loadMessageModels } from './message-models';
import { type NotificationConfig, loadNotificationConfig } from './notification-config';
import { openRobotSecret } from './robot-secret';
import { type Locale, type RenderedMessage, renderDigest, renderMessage } from './templates';
import type {
  DeliveryActivities,
  DeliveryOutcome,
  DeliveryRound,
  DispatcherSettings,
} from '../../../workflows/contracts';

/** Outbox rows expanded, due deliveries released, and deliveries sent per activity call. */
const BATCH = 200;
/**
 * Deliveries claimed and sent together: a claimed row is a send in flight, so a worker killed mid-send leaves at most
 * this many rows whose outcome is unknown.
 */
const CHUNK = 20;
/** A batch stops claiming after this long, so that it returns soon (and a SIGTERM's grace covers its last chunk). */
const BATCH_TIME_MS = 20_000;
/**
 * How long a claim holds without an answer from its sender: past the batch activity's heartbeat timeout (30 s) and a
 * robot's timeout (5 s). A claim older than this has no live sender and is dead-lettered as outcome unknown; a sender
 * that was only slow still records 'sent' over it, and nothing is ever resent by itself, so a short lease is safe.
 */
export const CLAIM_LEASE_MS = 45_000;
/** (Runs started before batch sending.) A release not taken up by a delivery workflow this long is offered again. */
const ORPHAN_GRACE_MS = 5 * 60_000;
const OUTCOME_UNKNOWN = 'outcome unknown: the attempt was interrupted mid-send; replay if it did not arrive';

/** A delivery claimed for one attempt: its row is `sending` under this sender's lease. */
interface ClaimedDelivery {
  id: string;
  notificationId: string | null;
  channel: DeliveryChannel;
  recipient: string;
  attempt: number;
  ackToken: string | null;
  startedAt: Date;
}

type AttemptResult =
  | { status: 'sent' }
  | { status: 'failed'; error: string; retryable: boolean }
  | { status: 'interrupted'; error: string };

/** An attempt as `delivery_attempts` keeps it, and the state the delivery moves to. */
interface AttemptRecord {
  deliveryId: string;
  attempt: number;
  status: 'sent' | 'failed' | 'interrupted';
  error: string | null;
  startedAt: Date;
  state: 'sent' | 'queued' | 'dead';
  nextAttemptAt: Date | null;
}

/** Whether the worker is shutting down: a batch then claims nothing more and lets its in-flight sends finish. */
export interface DeliveryHooks {
  draining?: () => boolean;
}

/** TypeORM answers an UPDATE … RETURNING with [rows, affected]. */
const returned = <T>(result: unknown): T[] => {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
};

/**
 * Activities of the delivery dispatcher. The inbox needs none: the outbox row (`notifications`) is the inbox entry,
 * written in the transaction of the event. E-mails and robot posts are rows of `deliveries`, sent in batches by
 * `deliverDue`. Exactly-once bookkeeping lives in Postgres: an outbox row is expanded once (`dispatched_at`), each
 * (notification, channel, recipient) has one row (unique), and a row is claimed (`sending`, with a lease) before its
 * send starts, so nothing ever sends a claimed row again: a claim whose outcome was not recorded is dead-lettered as
 * outcome unknown, for an admin to replay.
 */
export function createNotificationActivities(db: DataSource, hooks: DeliveryHooks = {}): DeliveryActivities {
  let settings: { app: AppConfig; notify: NotificationConfig } | undefined;
  const config = () => (settings ??= { app: loadAppConfig(), notify: loadNotificationConfig() });
  let mailer: ReturnType<typeof createMailer> | undefined;
  const draining = hooks.draining ?? (() => false);

  const calendar = async () => {
    const overrides: CalendarOverride[] = await db.query('SELECT day, kind FROM calendar_overrides');
    return createWorkCalendar(overrides);
  };

  /** The one writer of `delivery_attempts` (append-only), and of each attempt's effect on its delivery. */
  const record = async (tx: EntityManager, records: AttemptRecord[]): Promise<void> => {
    if (records.length === 0) return;
    const column = <K extends keyof AttemptRecord>(key: K) => records.map((r) => r[key]);
    await tx.query(
      `INSERT INTO delivery_attempts (delivery_id, attempt, status, error, started_at)
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::timestamptz[])`,
      [column('deliveryId'), column('attempt'), column('status'), column('error'), column('startedAt')],
    );
    // Only the claim's own attempt moves the row; a late 'sent' still corrects a lease that ran out (it arrived).
    await tx.query(
      `UPDATE deliveries d SET state = v.state, last_error = v.error, claimed_until = NULL, updated_at = now(),
              sent_at = CASE WHEN v.state = 'sent' THEN now() ELSE d.sent_at END,
              next_attempt_at = COALESCE(v.next_at, d.next_attempt_at)
         FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::timestamptz[])
              AS v(id, attempt, state, error, next_at)
        WHERE d.id = v.id AND d.attempts = v.attempt
          AND (d.state = 'sending' OR (d.state = 'dead' AND v.state = 'sent'))`,
      [column('deliveryId'), column('attempt'), column('state'), column('error'), column('nextAttemptAt')],
    );
  };

  /** The record of one attempt's result under the retry settings (backoff from `now`). */
  const recordOf = (d: ClaimedDelivery, result: AttemptResult, retry: RetrySettings, now: number): AttemptRecord => {
    const base = { deliveryId: d.id, attempt: d.attempt, startedAt: d.startedAt, nextAttemptAt: null };
    if (result.status === 'sent') return { ...base, status: 'sent', error: null, state: 'sent' };
    if (result.status === 'interrupted') return { ...base, status: 'interrupted', error: result.error, state: 'dead' };
    const next = afterFailure(d.attempt, result.error, result.retryable, retry);
    return next.next === 'retry'
      ? { ...base, status: 'failed', error: result.error, state: 'queued', nextAttemptAt: new Date(now + next.delayMs) }
      : { ...base, status: 'failed', error: next.error, state: 'dead' };
  };

  /** Claims up to `limit` ready rows (skipping rows another sender holds); a personal e-mail gets a new 已阅 token. */
  const claim = (now: Date, limit: number): Promise<ClaimedDelivery[]> =>
    db.transaction(async (tx) => {
      const rows = returned<{
        id: string;
        notification_id: string | null;
        channel: DeliveryChannel;
        recipient: string;
        attempts: number;
      }>(
        await tx.query(
          `WITH ready AS (
             SELECT id FROM deliveries WHERE state = 'queued' AND next_attempt_at <= $1
              ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
           UPDATE deliveries d SET state = 'sending', attempts = d.attempts + 1, updated_at = now(),
                  claimed_until = now() + make_interval(secs => $3::double precision / 1000)
             FROM ready WHERE d.id = ready.id
           RETURNING d.id::text AS id, d.notification_id::text AS notification_id, d.channel, d.recipient, d.attempts`,
          [now, limit, CLAIM_LEASE_MS],
        ),
      );
      return withAckTokens(tx, rows);
    });

  /** An earlier attempt's mail did not leave: each attempt carries a token of its own, of which only the hash is kept. */
  const withAckTokens = async (
    tx: EntityManager,
    rows: {
      id: string;
      notification_id: string | null;
      channel: DeliveryChannel;
      recipient: string;
      attempts: number;
    }[],
  ): Promise<ClaimedDelivery[]> => {
    const claimed = rows.map((r) => ({
      id: r.id,
      notificationId: r.notification_id,
      channel: r.channel,
      recipient: r.recipient,
      attempt: r.attempts,
      ack: r.channel === 'email' && r.notification_id ? newAckToken() : null,
      startedAt: new Date(),
    }));
    if (claimed.length > 0) {
      await tx.query(
        `UPDATE deliveries d SET ack_token_hash = v.hash,
                ack_expires_at = CASE WHEN v.hash IS NULL THEN NULL ELSE now() + make_interval(days => $3) END
           FROM unnest($1::bigint[], $2::bytea[]) AS v(id, hash) WHERE d.id = v.id`,
        [claimed.map((c) => c.id), claimed.map((c) => c.ack?.hash ?? null), ACK_LINK_TTL_DAYS],
      );
    }
    return claimed.map(({ ack, ...c }) => ({ ...c, ackToken: ack?.token ?? null }));
  };

  /** The message of one delivery in its recipient's language and its channel's dialect. */
  const render = async (
    d: ClaimedDelivery,
  ): Promise<{ message: RenderedMessage; link: string; email: string | null }> => {
    const { app } = config();
    let locale: Locale = 'zh';
    let email: string | null = null;
    if (d.channel === 'email') {
      const [person]: { email: string | null; locale: Locale }[] = await db.query(
        `SELECT COALESCE(np.email, p.email) AS email, COALESCE(np.locale, 'zh') AS locale
           FROM people p LEFT JOIN notification_preferences np ON np.person_id = p.id WHERE p.id = $1`,
        [d.recipient],
      );
      if (!person?.email) throw new DeliveryFailure('the recipient has no e-mail address', false);
      email = person.email;
      locale = person.locale;
    }
    if (d.notificationId) {
      const model = (await loadMessageModels(db, [d.notificationId], app.publicUrl)).get(d.notificationId);
      if (!model) throw new DeliveryFailure('the notification no longer exists', false);
      if (d.ackToken) model.ackLink = `${app.publicUrl}${ACK_LINK_PATH}${d.ackToken}`;
      return { message: renderMessage(model, locale, robotOf(d.channel)), link: model.link, email };
    }
    const members: { notification_id: string }[] = await db.query(
      `SELECT notification_id::text AS notification_id FROM deliveries WHERE digest_id = $1 ORDER BY id`,
      [d.id],
    );
    const models = await loadMessageModels(
      db,
      members.map((m) => m.notification_id),
      app.publicUrl,
    );
    const link = consoleLink(app.publicUrl).url;
    const message = renderDigest(
      members.map((m) => models.get(m.notification_id)).filter((m) => m !== undefined),
      link,
      locale,
      robotOf(d.channel),
    );
    return { message, link, email };
  };

  /** Hands one rendered message to its channel: the SMTP server, or the unit's robot under the webhook policy. */
  const dispatch = async (
    d: ClaimedDelivery,
    { message, link, email }: Awaited<ReturnType<typeof render>>,
    signal: AbortSignal,
  ): Promise<void> => {
    const { app, notify } = config();
    if (d.channel === 'email') {
      if (!notify.smtpUrl) throw new DeliveryFailure('SMTP_URL is not configured', false);
      mailer ??= createMailer({ smtpUrl: notify.smtpUrl, from: notify.mailFrom });
      const host = new URL(app.publicUrl).hostname || 'huijian.local';
      await mailer.send(email as string, message, `<delivery-${d.id}@${host}>`);
      return;
    }
    const [robot]: { webhook_url: string; sealed_secret: string | null }[] = await db.query(
      `SELECT webhook_url, sealed_secret FROM notification_channels WHERE unit_id = $1 AND channel = $2 AND enabled`,
      [d.recipient, d.channel],
    );
    if (!robot) throw new DeliveryFailure(`the unit's ${d.channel} robot is no longer configured`, false);
    const secret =
      robot.sealed_secret === null ? null : openRobotSecret(robot.sealed_secret, app.secretKey, d.recipient, d.channel);
    if (secret === undefined) {
      throw new DeliveryFailure(
        `the ${d.channel} robot's secret does not open with this HUIJIAN_SECRET_KEY: save the robot again`,
        false,
      );
    }
    await postToRobot(
      robotRequest(d.channel, robot.webhook_url, secret, message, link, Date.now()),
      notify.webhooks,
      signal,
    );
  };

  /** One attempt of one claimed delivery; the result, never a throw. */
  const attempt = async (d: ClaimedDelivery, signal: AbortSignal): Promise<AttemptResult> => {
    try {
      await dispatch(d, await render(d), signal);
      return { status: 'sent' };
    } catch (error) {
      // Stopped mid-send (the worker's shutdown grace ran out): it may have arrived, so it is not tried again.
      if (signal.aborted) return { status: 'interrupted', error: OUTCOME_UNKNOWN };
      const failure =
        error instanceof DeliveryFailure ? error : new DeliveryFailure(`unexpected: ${(error as Error).message}`, true);
      return { status: 'failed', error: failure.message, retryable: failure.retryable };
    }
  };

  /** Releases the scheduled deliveries due by `now`: digests for crowded reminder windows, the rest one by one. */
  const release = (now: Date, digestThreshold: number): Promise<string[]> =>
    db.transaction(async (tx) => {
      const { app } = config();
      const due: (Omit<DueDelivery, 'notBefore'> & { not_before: Date })[] = await tx.query(
        `SELECT id::text AS id, channel, recipient, kind, not_before FROM deliveries
          WHERE state = 'scheduled' AND not_before <= $1 ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [now],
      );
      const ids: string[] = [];
      const digested = new Set<string>();
      const groups = digestGroups(
        due.map((d) => ({ ...d, notBefore: d.not_before.getTime() })),
        digestThreshold,
        app.orgTimeZone,
      );
      for (const { key, members } of groups) {
        const [digest]: { id: string }[] = await tx.query(
          `INSERT INTO deliveries (digest_key, channel, recipient, kind, state, not_before, next_attempt_at)
           VALUES ($1,$2,$3,'digest','queued',now(),$4)
           ON CONFLICT (digest_key) DO UPDATE SET updated_at = now() RETURNING id::text AS id`,
          [key, members[0].channel, members[0].recipient, now],
        );
        await tx.query(
          `UPDATE deliveries SET state = 'digested', digest_id = $1, updated_at = now() WHERE id = ANY($2::bigint[])`,
          [digest.id, members.map((m) => m.id)],
        );
        members.forEach((m) => digested.add(m.id));
        ids.push(digest.id);
      }
      const single = due.filter((d) => !digested.has(d.id)).map((d) => d.id);
      await tx.query(
        `UPDATE deliveries SET state = 'queued', next_attempt_at = $2, updated_at = now() WHERE id = ANY($1::bigint[])`,
        [single, now],
      );
      return [...ids, ...single];
    });

  /** Claims whose lease ran out (the sender died mid-send): dead-lettered as outcome unknown, never resent. */
  const expireClaims = () =>
    db.transaction(async (tx) => {
      const expired = returned<{ id: string; attempts: number }>(
        await tx.query(
          `SELECT id::text AS id, attempts FROM deliveries WHERE state = 'sending' AND claimed_until < now()
            ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        ),
      );
      const now = new Date();
      await record(
        tx,
        expired.map((e) => ({
          deliveryId: e.id,
          attempt: e.attempts,
          status: 'interrupted',
          error: OUTCOME_UNKNOWN,
          startedAt: now,
          state: 'dead',
          nextAttemptAt: null,
        })),
      );
      return expired.length;
    });

  const nextDueAt = async (): Promise<number | null> => {
    const [next]: { at: Date | null }[] = await db.query(
      `SELECT least((SELECT min(not_before) FROM deliveries WHERE state = 'scheduled'),
                    (SELECT min(next_attempt_at) FROM deliveries WHERE state = 'queued'),
                    (SELECT min(claimed_until) FROM deliveries WHERE state = 'sending')) AS at`,
    );
    return next.at ? new Date(next.at).getTime() : null;
  };

  /** Expands new outbox rows into per-channel deliveries with their send time; returns how many rows it took. */
  const expand = async (): Promise<number> => {
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
        delivery_window: DeliveryWindow | null;
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
      const planned = planDeliveries(
        rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          recipientUnitId: r.recipient_unit_id,
          dueAt: r.due_at.getTime(),
        })),
        people.map((p) => ({
          personId: p.person_id,
          unitId: p.unit_id,
          email: p.email,
          preferences: p.has_prefs ? { channels: p.channels, window: p.delivery_window } : null,
        })),
        robots.map((r) => ({ unitId: r.unit_id, channel: r.channel, kinds: r.kinds, window: r.delivery_window })),
        { emailEnabled: Boolean(notify.smtpUrl), calendar: cal, timeZone: app.orgTimeZone },
      );
      if (planned.length > 0) {
        const column = <K extends keyof (typeof planned)[number]>(key: K) => planned.map((p) => p[key]);
        await tx.query(
          `INSERT INTO deliveries (notification_id, channel, recipient, kind, state, not_before)
           SELECT n, c, r, k, 'scheduled', to_timestamp(t / 1000.0)
             FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::double precision[]) AS v(n, c, r, k, t)
           ON CONFLICT (notification_id, channel, recipient) DO NOTHING`,
          [column('notificationId'), column('channel'), column('recipient'), column('kind'), column('notBefore')],
        );
      }
      await tx.query(`UPDATE notifications SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  };

  return {
    /** Expands new outbox rows into per-channel deliveries with their send time; returns how many rows it took. */
    expandOutbox: expand,

    /** The delivery settings of this worker's environment, read afresh: the dispatcher asks once per run. */
    async dispatcherSettings(): Promise<DispatcherSettings> {
      const notify = loadNotificationConfig();
      return { retry: notify.retry, digestThreshold: notify.digestThreshold, sweepIntervalMs: notify.sweepIntervalMs };
    },

    /**
     * One round of sending: expands new outbox rows, dead-letters claims left by a sender that died, releases what is
     * due at `now` (the dispatcher's clock), then claims ready rows a chunk at a time and sends each chunk
     * concurrently, recording every attempt (sent; failed → retried after its backoff or dead-lettered). Stops at a
     * full batch, after its time budget, or when the worker drains for shutdown; two workers' rounds claim disjoint
     * rows (SKIP LOCKED).
     */
    async deliverDue(input: { now: number; retry: RetrySettings; digestThreshold: number }): Promise<DeliveryRound> {
      const context = Context.current();
      const started = Date.now();
      const round: DeliveryRound = { claimed: 0, sent: 0, retrying: 0, dead: 0, more: false, nextDueAt: null };
      const heartbeat = setInterval(() => context.heartbeat(), 5_000);
      try {
        // New outbox rows first (bounded, so that a flood of them still lets this round send something).
        let taken = 0;
        do taken = await expand();
        while (taken >= BATCH && Date.now() - started < BATCH_TIME_MS / 2);
        round.more = taken >= BATCH;
        round.dead += await expireClaims();
        await release(new Date(input.now), input.digestThreshold);
        for (;;) {
          if (round.claimed >= BATCH || Date.now() - started > BATCH_TIME_MS || draining()) {
            round.more = true;
            break;
          }
          const limit = Math.min(CHUNK, BATCH - round.claimed);
          const chunk = await claim(new Date(input.now), limit);
          round.claimed += chunk.length;
          const results = await Promise.all(chunk.map((d) => attempt(d, context.cancellationSignal)));
          const records = chunk.map((d, i) => recordOf(d, results[i], input.retry, input.now));
          await db.transaction((tx) => record(tx, records));
          for (const r of records) round[r.state === 'sent' ? 'sent' : r.state === 'queued' ? 'retrying' : 'dead'] += 1;
          if (chunk.length < limit) break;
        }
      } finally {
        clearInterval(heartbeat);
      }
      round.nextDueAt = await nextDueAt();
      return round;
    },

    /**
     * (Dispatcher runs started before batch sending.) Hands the due deliveries to the dispatcher, which starts one
     * delivery workflow each, with the ones released earlier but never taken up.
     */
    async releaseDue(): Promise<{ ids: string[]; nextDueAt: number | null }> {
      const ids = await release(new Date(), config().notify.digestThreshold);
      // Released earlier but never taken up by a delivery workflow (this activity's answer lost after its commit,
      // the dispatcher terminated mid-batch): offered again, at most once per grace period. Starting a delivery
      // whose workflow exists is refused by its id (REJECT_DUPLICATE), so a slow one is not sent twice.
      const orphans = returned<{ id: string }>(
        await db.query(
          `UPDATE deliveries SET updated_at = now() WHERE id IN (
             SELECT id FROM deliveries WHERE state = 'queued' AND attempts = 0 AND replays = 0
                AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
              ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
           RETURNING id::text AS id`,
          [ORPHAN_GRACE_MS],
        ),
      );
      ids.push(...orphans.map((o) => o.id).filter((id) => !ids.includes(id)));
      const [next]: { at: Date | null }[] = await db.query(
        `SELECT min(not_before) AS at FROM deliveries WHERE state = 'scheduled'`,
      );
      return { ids, nextDueAt: next.at ? new Date(next.at).getTime() : null };
    },

    /**
     * (Delivery workflows started before batch sending.) One attempt to send one delivery, retried by Temporal: a row
     * left `sending` by an earlier attempt has an unknown outcome and is dead-lettered, not resent.
     */
    async sendDelivery(deliveryId: string): Promise<DeliveryOutcome> {
      const { retry } = config().notify;
      const claimed = await db.transaction(async (tx) => {
        const [d]: {
          id: string;
          notification_id: string | null;
          channel: DeliveryChannel;
          recipient: string;
          state: string;
          attempts: number;
        }[] = await tx.query(
          `SELECT id::text AS id, notification_id::text AS notification_id, channel, recipient, state, attempts
               FROM deliveries WHERE id = $1 FOR UPDATE`,
          [deliveryId],
        );
        if (!d || d.state === 'sent' || d.state === 'dead' || d.state === 'digested') return 'skipped' as const;
        if (d.state === 'sending') {
          const interrupted: ClaimedDelivery = {
            id: d.id,
            notificationId: d.notification_id,
            channel: d.channel,
            recipient: d.recipient,
            attempt: d.attempts,
            ackToken: null,
            startedAt: new Date(),
          };
          await record(tx, [
            recordOf(interrupted, { status: 'interrupted', error: OUTCOME_UNKNOWN }, retry, Date.now()),
          ]);
          return 'dead' as const;
        }
        await tx.query(
          `UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = now(),
                  claimed_until = now() + make_interval(secs => $2::double precision / 1000) WHERE id = $1`,
          [deliveryId, CLAIM_LEASE_MS],
        );
        const [one] = await withAckTokens(tx, [{ ...d, attempts: d.attempts + 1 }]);
        return one;
      });
      if (typeof claimed === 'string') return claimed;
      const result = await attempt(claimed, Context.current().cancellationSignal);
      const outcome = recordOf(claimed, result, retry, Date.now());
      await db.transaction((tx) => record(tx, [outcome]));
      if (result.status === 'sent') return 'sent';
      if (result.status === 'interrupted')
        throw ApplicationFailure.create({ message: result.error, nonRetryable: true });
      throw ApplicationFailure.create({
        type: 'DeliveryFailure',
        message: result.error,
        nonRetryable: outcome.state === 'dead',
      });
    },

    /** (Delivery workflows started before batch sending.) Retries exhausted: the dead-letter list. */
    async deadLetterDelivery({ deliveryId, error }: { deliveryId: string; error: string }): Promise<void> {
      await db.query(
        `UPDATE deliveries SET state = 'dead', last_error = $2, claimed_until = NULL, updated_at = now()
          WHERE id = $1 AND state IN ('queued','sending')`,
        [deliveryId, error.slice(0, 500)],
      );
    },
  };
}

/** The robot whose Markdown dialect a delivery's text is escaped for (e-mail uses no Markdown). */
const robotOf = (channel: DeliveryChannel): RobotChannel | undefined => (channel === 'email' ? undefined : channel);
