import { DefaultLogger, NativeConnection, Runtime, Worker, WorkerOptions } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../libs/config/src';
import { createActivities } from './activities';

export interface HuijianWorkerOptions {
  connection: NativeConnection;
  config: Pick<AppConfig, 'temporalNamespace' | 'temporalTaskQueue'>;
  db: DataSource;
  /** A prebuilt bundle (production); otherwise the workflows are bundled from source on start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** 0 turns off the sticky workflow cache (each task replays history): for tests that replace workers. */
  maxCachedWorkflows?: number;
  /** Workflow tasks run at once; 1 with no cache keeps a run's local activity from being evicted by another run. */
  maxConcurrentWorkflowTaskExecutions?: number;
}

/**
 * Webpack would pick chinese-days' ESM build, which the workflow bundler's loaders treat as CommonJS and reject;
 * its CommonJS build is the same data.
 *
 * The holiday table is preloaded: a module the reusable V8 context loads before any workflow is shared (and frozen)
 * instead of being evaluated again for each cached workflow (about 40 KB of the 0.4 MB a cached item costs).
 */
export const workflowBundlerOptions: NonNullable<WorkerOptions['bundlerOptions']> = {
  preloadModules: ['chinese-days/dist/chinese-days.json'],
  webpackConfigHook: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: { ...config.resolve?.alias, 'chinese-days$': require.resolve('chinese-days') },
    },
  }),
};

/**
 * How long a stopping worker (SIGTERM) lets activities in flight finish before cancelling them: a delivery round
 * stops claiming as soon as the worker drains, and its last sends (robots time out after 5 s) complete within it.
 */
export const SHUTDOWN_GRACE_MS = 20_000;

/** Builds the worker that runs every huijian workflow and activity; used by apps/worker and by the tests. */
export async function createHuijianWorker(options: HuijianWorkerOptions): Promise<Worker> {
  let worker: Worker | undefined;
  const draining = () => worker !== undefined && worker.getState() !== 'RUNNING';
  worker = await Worker.create({
    connection: options.connection,
    namespace: options.config.temporalNamespace,
    taskQueue: options.config.temporalTaskQueue,
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: require.resolve('../../../workflows'), bundlerOptions: workflowBundlerOptions }),
    activities: createActivities(options.db, undefined, { draining }),
    shutdownGraceTime: SHUTDOWN_GRACE_MS,
    ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
    ...(options.maxConcurrentWorkflowTaskExecutions !== undefined
      ? { maxConcurrentWorkflowTaskExecutions: options.maxConcurrentWorkflowTaskExecutions }
      : {}),
  });
  return worker;
}

const SDK_LOG_LEVEL = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  info: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
  silent: 'ERROR',
} as const;

/** Sets the Temporal SDK's own log level; must run once per process, before the first connection or worker. */
export function installWorkerRuntime(logLevel: AppConfig['logLevel']): void {
  Runtime.install({ logger: new DefaultLogger(SDK_LOG_LEVEL[logLevel]) });
}
