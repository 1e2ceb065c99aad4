import type { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ScheduleAlreadyRunning, type ScheduleOptions } from '@temporalio/client';
import type { TemporalClient } from './temporal.module';

/**
 * A Temporal Schedule the code defines (not the data): made to match its options at the API's start — created when
 * missing, brought to the options when they changed (a new configured date), its paused state left as an operator
 * set it. An API that starts while Temporal is down logs it, and the next start does it.
 */
export abstract class StartupSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** The start's calls, retried by the client while Temporal is down: cut short and awaited on shutdown. */
  private readonly stopping = new AbortController();
  private ensuring: Promise<void> = Promise.resolve();

  protected constructor(
    protected readonly temporal: TemporalClient,
    private readonly logger: Logger,
  ) {}

  /** The Schedule as it must be. */
  protected abstract options(): ScheduleOptions;

  onApplicationBootstrap(): void {
    this.ensuring = this.temporal.connection
      .withAbortSignal(this.stopping.signal, () => this.ensure())
      .catch((error: unknown) => {
        if (this.stopping.signal.aborted) return;
        this.logger.warn({ err: error }, 'Schedule not created (Temporal unavailable?); the next start retries');
      });
  }

  /** Before the connection closes: a retry left pending would fire on the closed channel. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.ensuring;
  }

  async ensure(): Promise<void> {
    const options = this.options();
    try {
      await this.temporal.schedule.create(options);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      const { scheduleId, memo: _memo, state: _state, ...rest } = options;
      await this.temporal.schedule
        .getHandle(scheduleId)
        .update((current) => ({ ...rest, state: { paused: current.state.paused, note: current.state.note } }));
    }
  }
}
