import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import {
  createHuijianWorker,
  type HuijianWorkerOptions,
  installWorkerRuntime,
} from '../../apps/worker/src/worker.factory';
import { createTimeSkippingEnv } from '../../libs/runtime/src/time-skipping-server';
import { type Harness, startHarness } from './harness';

/** A suite's world on the time-skipping server: its own database, the real worker code, and a clock it moves. */
export interface TimeSkippingWorld {
  h: Harness;
  env: TestWorkflowEnvironment;
  taskQueue: string;
  /** Moves the server's clock to a local wall-clock minute in Asia/Shanghai, e.g. '2030-04-01T09:00'. */
  until(isoMinute: string): Promise<void>;
  /** Replaces the worker, as if it had died and another took over (with other workflow code: a deploy). */
  replaceWorker(workflowBundle?: HuijianWorkerOptions['workflowBundle']): Promise<void>;
  /** Stops the worker (no workflow task runs until startWorker), e.g. to queue actions while timers come due. */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  close(): Promise<void>;
}

/** A local wall-clock minute in the organisation's zone (UTC+8, no DST) as an instant. */
export const local = (isoMinute: string): number => Date.parse(`${isoMinute}:00+08:00`);

/**
 * With `api`, the harness's API app talks to the time-skipping server too (on the world's task queue), so requests
 * made through the API — a browser's — drive workflows whose timers the test then skips past.
 */
export async function startTimeSkippingWorld(
  taskQueue: string,
  options: { api?: boolean } = {},
): Promise<TimeSkippingWorld> {
  installWorkerRuntime('warn');
  // The API wakes the dispatcher whenever the outbox changes; its safety sweep once a minute would cost two workflow
  // tasks per skipped minute (10,080 for a skipped week), so here it looks once a skipped day.
  const sweepBefore = process.env.NOTIFY_SWEEP_INTERVAL_MS;
  if (options.api) process.env.NOTIFY_SWEEP_INTERVAL_MS = '86400000';
  const env = await createTimeSkippingEnv();
  const h = await startHarness(
    options.api ? { env: { TEMPORAL_ADDRESS: env.address, TEMPORAL_TASK_QUEUE: taskQueue } } : {},
  );
  let worker: Worker;
  let running: Promise<void>;
  const start = async (workflowBundle?: HuijianWorkerOptions['workflowBundle']) => {
    worker = await createHuijianWorker({
      workflowBundle,
      connection: env.nativeConnection,
      config: { temporalNamespace: 'default', temporalTaskQueue: taskQueue },
      db: h.db,
      // No sticky cache: a replacement worker must pick the workflows up at once (the test server never hands a
      // stopped worker's sticky tasks on: it has no sticky timeout and no ResetStickyTaskQueue).
      maxCachedWorkflows: 0,
      // One workflow task at a time: with no cache, another run's task would evict a run whose local projection is
      // in flight (the SDK's CacheFull eviction), and the projection would be lost and run again.
      maxConcurrentWorkflowTaskExecutions: 1,
    });
    running = worker.run();
  };
  const stop = async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  };
  await start();
  return {
    h,
    env,
    taskQueue,
    until: async (isoMinute) => env.sleep(local(isoMinute) - (await env.currentTimeMs())),
    replaceWorker: async (workflowBundle) => {
      await stop();
      await start(workflowBundle);
    },
    stopWorker: stop,
    startWorker: () => start(),
    close: async () => {
      await stop();
      await h.close();
      await env.teardown();
      if (sweepBefore === undefined) delete process.env.NOTIFY_SWEEP_INTERVAL_MS;
      else process.env.NOTIFY_SWEEP_INTERVAL_MS = sweepBefore;
    },
  };
}
