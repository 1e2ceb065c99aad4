import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { TemporalClient } from '../../temporal/src';

/** One sweep Schedule per task queue (a Schedule id is unique in the namespace, like a workflow id). */
export const fileSweepScheduleId = (taskQueue: string): string => `file-sweep-${taskQueue}`;

/**
 * Makes sure the orphan sweep's Temporal Schedule exists: hourly, never two runs at once. Created by the API at
 * start, if missing; an API that starts while Temporal is down logs it and the next start creates it.
 */
@Injectable()
export class FileSweepSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('FileSweepSchedule');
  /** The start's create call, retried by the client while Temporal is down: cut short and awaited on shutdown. */
  private readonly stopping = new AbortController();
  private creating: Promise<void> = Promise.resolve();

  constructor(
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.creating = this.temporal.connection
      .withAbortSignal(this.stopping.signal, () => this.ensure())
      .catch((error: unknown) => {
        if (this.stopping.signal.aborted) return;
        this.logger.warn({ err: error }, 'File sweep schedule not created (Temporal unavailable?); next start retries');
      });
  }

  /** Before the connection closes: a retry left pending would fire on the closed channel. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.creating;
  }

  async ensure(): Promise<void> {
    const queue = this.config.temporalTaskQueue;
    try {
      await this.temporal.schedule.create({
        scheduleId: fileSweepScheduleId(queue),
        spec: { intervals: [{ every: '1 hour' }] },
        action: {
          type: 'startWorkflow',
          workflowType: 'fileSweepWorkflow',
          workflowId: `file-sweep-${queue}`,
          taskQueue: queue,
          args: [],
        },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour', pauseOnFailure: false },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
  }
}
