import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TestWorkflowEnvironment, type TimeSkippingTestWorkflowEnvironmentOptions } from '@temporalio/testing';
import { registerSearchAttributes } from '../../temporal/src/search-attributes';
import { projectRoot, toolsDir } from './project-paths';

/**
 * Version of Temporal's Java time-skipping test server (`io.temporal:temporal-test-server` on Maven Central).
 * Must equal `TEST_SERVER_VERSION` in `scripts/install-test-server.mjs`, which provisions it (a unit test checks it).
 * 1.38.0 is the newest release there and supports workflow updates, which older test servers rejected.
 */
export const TEST_SERVER_VERSION = '1.38.0';

/** Environment variable naming a ready test server executable; skips the project-local provisioning entirely. */
export const TEST_SERVER_PATH_ENV = 'TEMPORAL_TEST_SERVER_PATH';

/** Where `scripts/install-test-server.mjs` puts the launcher: `.tools/temporal-test-server/<version>/temporal-test-server`. */
export function provisionedTestServerPath(version: string = TEST_SERVER_VERSION): string {
  return join(toolsDir(), 'temporal-test-server', version, 'temporal-test-server');
}

/**
 * Returns the path of a time-skipping test server executable:
 * 1. `TEMPORAL_TEST_SERVER_PATH` when set (must be executable),
 * 2. else the project-local launcher when already provisioned,
 * 3. else whatever `node scripts/install-test-server.mjs` provisions (Maven Central through `mvn`; needs `java`).
 *
 * Step 3 runs in a child process because the installer is plain ESM (it must work before anything is compiled) and
 * this module is compiled to CommonJS; the child also keeps the one-off Maven run out of the test process.
 */
export async function resolveTimeSkippingServerPath(log: (line: string) => void = () => undefined): Promise<string> {
  const explicit = process.env[TEST_SERVER_PATH_ENV];
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`${TEST_SERVER_PATH_ENV}=${explicit} is not an executable file`);
    return explicit;
  }
  const provisioned = provisionedTestServerPath();
  // The marker is written last by the installer, so a launcher without it belongs to an interrupted provisioning.
  if (isExecutable(provisioned) && existsSync(join(provisioned, '..', 'provisioned.json'))) return provisioned;

  log(`Temporal test server ${TEST_SERVER_VERSION} is not provisioned yet; running scripts/install-test-server.mjs …`);
  const script = join(projectRoot(), 'scripts', 'install-test-server.mjs');
  const stdout = await new Promise<string>((resolveRun, reject) => {
    execFile(
      process.execPath,
      [script],
      { cwd: projectRoot(), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 },
      (error, out, err) => {
        if (error) {
          const detail = (err || error.message).trim().split('\n').slice(-15).join('\n');
          reject(new Error(`Could not provision Temporal's time-skipping test server:\n${detail}`));
        } else resolveRun(out);
      },
    );
  });
  const path = stdout.trim().split('\n').pop()?.trim() ?? '';
  if (!isExecutable(path)) throw new Error(`install-test-server.mjs printed "${path}", which is not an executable`);
  return path;
}

/** Options of {@link createTimeSkippingEnv}; `server.executable` is always the Java test server resolved above. */
export interface TimeSkippingEnvOptions {
  /** Extra arguments after `<port>`: the only one the Java server knows is `--enable-time-skipping`; see below. */
  extraArgs?: string[];
  /** Fixed port; by default the SDK picks a free one. */
  port?: number;
  client?: TimeSkippingTestWorkflowEnvironmentOptions['client'];
  plugins?: TimeSkippingTestWorkflowEnvironmentOptions['plugins'];
  /** Startup attempts; the SDK gives the server only 5 s to answer, which a cold JVM on a busy machine may miss. */
  attempts?: number;
  log?: (line: string) => void;
}

/**
 * Starts Temporal's time-skipping test server (Java build from Maven Central, see `scripts/install-test-server.mjs`)
 * and returns a `TestWorkflowEnvironment` connected to it, namespace `default`.
 *
 * Why not plain `TestWorkflowEnvironment.createTimeSkipping()`: by default it downloads a native build of the same
 * server from temporal.download, which is unreachable here. The SDK accepts any executable instead
 * (`{ type: 'existing-path', path }`) and runs it as `<path> <port> [...extraArgs]`, which is exactly the Java
 * `io.temporal.testserver.TestServer` command line, so the launcher is a thin `exec java …` wrapper.
 *
 * Time skipping behaves as with the native server: it starts locked, and the SDK unlocks it while a client awaits a
 * workflow result (`handle.result()`, `client.workflow.execute()`) and during `env.sleep(duration)`, so a workflow
 * sleeping 30 days completes in well under a second of wall time. Awaiting anything else (an update, a query,
 * `setTimeout`) does NOT skip time: for an update whose handler waits on a timer, use
 * `startUpdate(u, { waitForStage: 'ACCEPTED' })`, then `env.sleep(…)`, then `updateHandle.result()`.
 * Time skipping is global to the server: run tests against one environment serially, or give each test file its own
 * environment. Always call `env.teardown()`; it kills the JVM (the launcher `exec`s java, so nothing is left over).
 *
 * @example
 * const env = await createTimeSkippingEnv();
 * const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'q', workflowsPath, activities });
 * const result = await worker.runUntil(env.client.workflow.execute(myWorkflow, { taskQueue: 'q', workflowId: 'w' }));
 * await env.teardown();
 */
export async function createTimeSkippingEnv(options: TimeSkippingEnvOptions = {}): Promise<TestWorkflowEnvironment> {
  const path = await resolveTimeSkippingServerPath(options.log);
  const attempts = Math.max(1, options.attempts ?? 2);
  for (let attempt = 1; ; attempt++) {
    try {
      const env = await TestWorkflowEnvironment.createTimeSkipping({
        server: {
          executable: { type: 'existing-path', path },
          ...(options.port !== undefined ? { port: options.port } : {}),
          extraArgs: options.extraArgs ?? [],
        },
        client: options.client,
        plugins: options.plugins,
      });
      // The Java server has no start flag for them: the workflows' search attributes go through the operator API.
      await registerSearchAttributes(env.nativeConnection, 'default');
      return env;
    } catch (error) {
      // Only a startup timeout is worth another try (the JVM was slow); anything else would fail the same way.
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts || !/did not start within/.test(message)) throw error;
      options.log?.(`Temporal test server did not answer in time (attempt ${attempt}/${attempts}); retrying …`);
    }
  }
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
