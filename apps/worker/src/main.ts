import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NativeConnection } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, loadAppConfig } from '../../../libs/config/src';
import { describeDatabaseUrl } from '../../../libs/persistence/src';
import { temporalConnectionOptions } from '../../../libs/temporal/src/connection-options';
import { registerSearchAttributes } from '../../../libs/temporal/src/search-attributes';
import { createHuijianWorker, installWorkerRuntime } from './worker.factory';
import { WorkerModule } from './worker.module';

/** Boots the Temporal worker; waits for Temporal instead of dying when it is not up yet. */
async function main(): Promise<void> {
  // Read before Nest starts, so that an invalid or missing variable is named as such, not as an unreachable Postgres.
  loadAppConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true }).catch((error: unknown) => {
    console.error(
      `huijian worker: Postgres not reachable at ${describeDatabaseUrl(process.env.DATABASE_URL)}: ${String(error)}`,
    );
    process.exit(1);
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const config = app.get<AppConfig>(APP_CONFIG);
  const address = config.temporalAddress ?? '(TEMPORAL_ADDRESS not set)';
  installWorkerRuntime(config.logLevel);

  let connection: NativeConnection | undefined;
  while (!connection) {
    connection = await NativeConnection.connect(temporalConnectionOptions(config)).catch((error: unknown) => {
      logger.warn(`Temporal not reachable at ${address} (${String(error)}); retrying in 5 s`);
      return undefined;
    });
    if (!connection) await new Promise((r) => setTimeout(r, 5000));
  }

  // The workflows upsert their search attributes; a server that lacks them would fail every workflow task.
  await registerSearchAttributes(connection, config.temporalNamespace).catch((error: unknown) =>
    logger.warn(
      `Could not register the search attributes (${String(error)}); register them with ` +
        '`temporal operator search-attribute create` (docs/operators.md)',
    ),
  );
  const bundlePath = process.env.WORKFLOW_BUNDLE_PATH;
  const worker = await createHuijianWorker({
    connection,
    config,
    db: app.get(DataSource),
    workflowBundle: bundlePath ? { codePath: bundlePath } : undefined,
    maxCachedWorkflows: config.workerMaxCachedWorkflows,
  });
  const stop = (): void => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  process.on('SIGINT', stop).on('SIGTERM', stop).once('disconnect', stop);
  // The launcher's IPC channel tells us when it is gone; it must not keep this process alive by itself.
  process.channel?.unref();
  logger.log(`Worker polling task queue "${config.temporalTaskQueue}" on ${address}`);
  await worker.run();
  await connection.close();
  await app.close();
}

main().catch((error: unknown) => {
  console.error(`huijian worker: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
