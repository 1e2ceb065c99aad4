import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { DomainError } from '../../domain/src';
import { type Caller, isSystemAdmin } from '../../identity/src';
import { TemporalClient } from '../../temporal/src';
import { deliveryWorkflowIds, type DispatcherInput, outboxChangedSignal } from '../../../workflows/contracts';

export interface DeliveryView {
  id: string;
  notificationId: string | null;
  digestKey: string | null;
  channel: string;
  recipient: string;
  kind: string;
  state: string;
  notBefore: string;
  attempts: number;
  lastError: string | null;
  replays: number;
  sentAt: string | null;
  title: string | null;
  history: { attempt: number; status: string; error: string | null; startedAt: string; finishedAt: string }[];
}

/**
 * The delivery ledger for system admins (every attempt, the dead-letter list, replay), and the wake-up of the
 * dispatcher workflow: Postgres NOTIFYs on each outbox write, and this listener signals (or starts) the dispatcher.
 */
@Injectable()
export class DeliveriesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Deliveries');
  private listener?: PgClient;
  private pending?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(caller: Caller, query: { state?: string; notificationId?: string; limit: number; offset: number }) {
    this.admin(caller);
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.state) where.push(`d.state = $${params.push(query.state)}`);
    if (query.notificationId) where.push(`d.notification_id = $${params.push(query.notificationId)}`);
    return this.db.query<DeliveryView[]>(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY d.updated_at DESC, d.id DESC LIMIT $${params.push(query.limit)} OFFSET $${params.push(query.offset)}`,
      params,
    );
  }

  async get(caller: Caller, id: string): Promise<DeliveryView> {
    this.admin(caller);
    const [row] = await this.db.query<DeliveryView[]>(`${SELECT} WHERE d.id = $1`, [id]);
    if (!row) throw new DomainError('NOT_FOUND', `No delivery ${id}`, { id });
    return row;
  }

  /** Sends a dead-lettered delivery again (queued for the dispatcher's next round; its earlier attempts stay on record). */
  async replay(caller: Caller, id: string): Promise<DeliveryView> {
    this.admin(caller);
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [[row]]: [{ replays: number }[], number] = await this.db.query(
      `UPDATE deliveries SET state = 'queued', replays = replays + 1, next_attempt_at = now(), updated_at = now()
        WHERE id = $1 AND state = 'dead' RETURNING replays`,
      [id],
    );
    if (!row) {
      const current = await this.get(caller, id);
      throw new DomainError('CONFLICT', `Only a dead-lettered delivery can be replayed; this one is ${current.state}`, {
        currentState: current.state,
      });
    }
    await this.wakeDispatcher();
    return this.get(caller, id);
  }

  /** Wakes the dispatcher, starting it when it is not running yet (deterministic id: one per task queue). */
  async wakeDispatcher(): Promise<void> {
    // The dispatcher reads the delivery settings itself at the start of each run; nothing is frozen in its input.
    const input: DispatcherInput = {};
    await this.temporal.workflow.signalWithStart('deliveryDispatcherWorkflow', {
      workflowId: deliveryWorkflowIds.dispatcher(this.config.temporalTaskQueue),
      taskQueue: this.config.temporalTaskQueue,
      args: [input],
      signal: outboxChangedSignal,
      signalArgs: [],
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.databaseUrl) return;
    const listener = new PgClient({ connectionString: this.config.databaseUrl, application_name: 'huijian-outbox' });
    listener.on('error', (error) => this.logger.warn(`outbox listener: ${error.message}`));
    listener.on('notification', () => {
      // Several rows written together wake the dispatcher once.
      if (this.pending || this.stopped) return;
      this.pending = setTimeout(() => {
        this.pending = undefined;
        this.wakeDispatcher().catch((error: unknown) => {
          if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
            this.logger.warn(`could not wake the notification dispatcher: ${(error as Error).message}`);
          }
        });
      }, 200);
    });
    try {
      await listener.connect();
      await listener.query('LISTEN huijian_outbox');
      this.listener = listener;
    } catch (error) {
      this.logger.warn(`outbox listener not started: ${(error as Error).message}`);
      await listener.end().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.pending) clearTimeout(this.pending);
    await this.listener?.end().catch(() => undefined);
  }

  private admin(caller: Caller): void {
    if (!isSystemAdmin(caller)) {
      throw new DomainError('FORBIDDEN', 'Only a system admin reads the delivery ledger and replays dead letters', {});
    }
  }
}

/** A timestamptz inside json_build_object as ISO 8601 in UTC, like every other time the API answers. */
const isoUtc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const SELECT = `
  SELECT d.id::text AS id, d.notification_id::text AS "notificationId", d.digest_key AS "digestKey", d.channel,
         d.recipient, d.kind, d.state, d.not_before AS "notBefore", d.attempts, d.last_error AS "lastError",
         d.replays, d.sent_at AS "sentAt", n.title,
         COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'status', a.status, 'error', a.error,
                     'startedAt', ${isoUtc('a.started_at')}, 'finishedAt', ${isoUtc('a.finished_at')}) ORDER BY a.id)
                     FROM delivery_attempts a WHERE a.delivery_id = d.id), '[]') AS history
    FROM deliveries d LEFT JOIN notifications n ON n.id = d.notification_id`;
