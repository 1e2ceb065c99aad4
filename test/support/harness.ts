import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { openApiDocument } from '../../apps/api/src/http/openapi';
import { createHuijianWorker, installWorkerRuntime } from '../../apps/worker/src/worker.factory';
import { type DemoSeed, type DemoTokens, seedDemoOrganisation } from '../../libs/organisation/src';
import { dataSourceOptions, runMigrations } from '../../libs/persistence/src';
import { ContractChecker } from './contract';
import type { CapturedLogs } from './logs';

export interface Harness {
  app: INestApplication;
  /** The test client: every answer it receives is checked against the OpenAPI document (test/support/contract.ts). */
  http: () => ReturnType<typeof request>;
  contract: ContractChecker;
  db: DataSource;
  databaseUrl: string;
  taskQueue: string;
  tokens: DemoTokens;
  /** The password of every demo login (admin, liqiang, zhanghua, …). */
  demoPassword: string;
  /** This suite's FILES_DIR (uploads and, without S3, the blobs); removed on close. */
  filesDir: string;
  /** Starts a worker on this harness's task queue (stop it with its own shutdown, or let close() do it). */
  startWorker(): Promise<Worker>;
  close(): Promise<void>;
}

let sdkRuntimeInstalled = false;

/**
 * A test file's own world: a fresh database (migrated, demo organisation seeded) on the run's Postgres, the API
 * app in-process, and a task queue of its own on the run's Temporal server.
 */
export async function startHarness(
  options: { worker?: boolean; env?: Record<string, string>; logs?: CapturedLogs } = {},
): Promise<Harness> {
  const suffix = randomBytes(4).toString('hex');
  const databaseUrl = await createDatabase(`t_${suffix}`);
  await runMigrations(databaseUrl);
  const taskQueue = `test-${suffix}`;
  const filesDir = mkdtempSync(join(tmpdir(), `huijian-files-${suffix}-`));
  for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete process.env[name];
  Object.assign(process.env, {
    FILES_DIR: filesDir,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
    TEMPORAL_TASK_QUEUE: taskQueue,
    LOG_LEVEL: 'silent',
    // Suites hammer the API on purpose; the limits have a test of their own.
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    ...options.env,
  });
  const db = new DataSource(dataSourceOptions(databaseUrl, 4));
  await db.initialize();
  const { tokens, password: demoPassword } = (await seedDemoOrganisation(db)) as DemoSeed;
  const app = await createApiApp({ logs: options.logs?.stream ?? false });
  await app.init();
  const contract = new ContractChecker(openApiDocument(app));

  const workers: { worker: Worker; run: Promise<void>; connection: NativeConnection }[] = [];
  const startWorker = async (): Promise<Worker> => {
    if (!sdkRuntimeInstalled) installWorkerRuntime('warn');
    sdkRuntimeInstalled = true;
    const connection = await NativeConnection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS as string });
    const worker = await createHuijianWorker({
      connection,
      config: { temporalNamespace: 'default', temporalTaskQueue: taskQueue },
      db,
    });
    workers.push({ worker, run: worker.run(), connection });
    return worker;
  };
  if (options.worker) await startWorker();

  return {
    app,
    http: () => checkedClient(request(app.getHttpServer()), contract),
    contract,
    db,
    databaseUrl,
    taskQueue,
    tokens,
    demoPassword,
    filesDir,
    startWorker,
    close: async () => {
      for (const w of workers) {
        if (w.worker.getState() === 'RUNNING') w.worker.shutdown();
        await w.run;
        await w.connection.close();
      }
      await app.close();
      await db.destroy();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

const CHECKED_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Wraps supertest so that each request, before the test's own expectations, asserts the contract of its answer. */
function checkedClient(agent: ReturnType<typeof request>, contract: ContractChecker): ReturnType<typeof request> {
  return new Proxy(agent, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !CHECKED_METHODS.has(prop) || typeof value !== 'function') return value;
      return (url: string, ...rest: unknown[]) => {
        const test = (value as (url: string, ...rest: unknown[]) => request.Test).call(target, url, ...rest);
        return test.expect((res: request.Response) => {
          const problems = contract.check(prop, url, res);
          if (problems.length > 0)
            throw new Error(`The answer breaks the OpenAPI contract:\n  ${problems.join('\n  ')}`);
        });
      };
    },
  });
}

async function createDatabase(name: string): Promise<string> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set: run the integration suites through jest (globalSetup)');
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Polls until the check returns a value (not undefined) or the timeout passes. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const bearer = (token: string): { Authorization: string } => ({ Authorization: `Bearer ${token}` });
