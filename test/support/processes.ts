/**
 * Real worker and API processes for the fault drills: compiled once per source state into a private folder
 * (never the shared dist/, which `npm start` and other runs may be rebuilding), spawned with the env the apps
 * read, killed by pid. Everything listens on loopback only.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataDir, freePort, projectRoot, waitForPort } from '../../libs/runtime/src';

export interface CompiledApps {
  /** Folder mirroring the repository layout (apps/, libs/, workflows/) with the compiled JavaScript. */
  outDir: string;
  workerMain: string;
  apiMain: string;
  /** Prebuilt workflow bundle, so that a replacement worker starts in about a second instead of re-bundling. */
  workflowBundle: string;
}

const SOURCE_ROOTS = ['apps', 'libs', 'workflows'];

/**
 * Compiles apps, libs and workflows with the project's tsc (tsconfig.build.json) and writes the workflow bundle,
 * unless a build of exactly these sources exists already. The folder is named after a hash of every source
 * file's path, size and mtime, so a stale build is never used and concurrent suites never share a half-written one.
 * Type errors in files under concurrent edit do not stop the emit; a missing entry point does.
 */
export function ensureCompiledApps(log: (line: string) => void = () => undefined): CompiledApps {
  const root = projectRoot();
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) {
    const s = statSync(file);
    hash.update(`${relative(root, file)}:${s.size}:${s.mtimeMs}\n`);
  }
  const base = join(dataDir(), 'faults-build');
  const outDir = join(base, hash.digest('hex').slice(0, 16));
  const compiled: CompiledApps = {
    outDir,
    workerMain: join(outDir, 'apps', 'worker', 'src', 'main.js'),
    apiMain: join(outDir, 'apps', 'api', 'src', 'main.js'),
    workflowBundle: join(outDir, 'workflow-bundle.js'),
  };
  if (existsSync(join(outDir, 'ready'))) return compiled;

  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const started = Date.now();
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', staging],
      { cwd: root, stdio: 'pipe', timeout: 180_000 },
    );
  } catch (error) {
    const out = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
    log(`tsc reported errors (emitting anyway):\n${out.split('\n').slice(0, 10).join('\n')}`);
  }
  for (const entry of ['apps/worker/src/main.js', 'apps/api/src/main.js', 'apps/worker/src/bundle-workflows.js']) {
    if (!existsSync(join(staging, entry))) throw new Error(`tsc did not emit ${entry} into ${staging}`);
  }
  execFileSync(
    process.execPath,
    [join(staging, 'apps', 'worker', 'src', 'bundle-workflows.js'), join(staging, 'workflow-bundle.js')],
    {
      cwd: root,
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
  writeFileSync(join(staging, 'ready'), new Date().toISOString());
  try {
    renameSync(staging, outDir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another suite finished the same build first
  }
  log(`compiled apps and workflow bundle in ${Date.now() - started} ms → ${outDir}`);
  return compiled;
}

function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) out.push(path);
    }
  };
  for (const top of SOURCE_ROOTS) if (existsSync(join(root, top))) walk(join(root, top));
  for (const extra of ['tsconfig.json', 'tsconfig.build.json']) out.push(join(root, extra));
  return out.sort();
}

/** A spawned app process: its pid, how it ended, the tail of its output. */
export interface AppProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last few KB of stdout + stderr, for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown hook runs, in-flight work is abandoned mid-way. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>;
}

export type AppEnv = Record<string, string>;

/** Starts `node <main>` with exactly the given variables on top of PATH/HOME (no inherited DATABASE_URL etc.). */
export function spawnApp(main: string, env: AppEnv): AppProcess {
  const child = spawn(process.execPath, [main], {
    cwd: projectRoot(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString()).slice(-6000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  // Whatever way the test process ends, its children go with it.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  return {
    pid: child.pid ?? -1,
    child,
    exited,
    output: () => tail,
    kill: async () => {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    stop: async (graceMs = 10_000) => {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface WorkerProcessEnv {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  /** More variables the worker reads (e.g. SMTP_URL for the delivery drills). */
  env?: AppEnv;
}

/** Starts the worker app (dist main.js + prebuilt bundle) and resolves once it polls its task queue. */
export async function startWorkerProcess(apps: CompiledApps, options: WorkerProcessEnv): Promise<AppProcess> {
  const worker = spawnApp(apps.workerMain, {
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_TASK_QUEUE: options.taskQueue,
    WORKFLOW_BUNDLE_PATH: apps.workflowBundle,
    LOG_LEVEL: 'info',
    ...options.env,
  });
  await waitForOutput(worker, /Worker polling task queue/, 60_000, 'worker');
  return worker;
}

export interface ApiProcess extends AppProcess {
  port: number;
  url: string;
}

/** Starts the API app on 127.0.0.1 (a free port unless given) and resolves once it accepts connections. */
export async function startApiProcess(
  apps: CompiledApps,
  options: { databaseUrl: string; temporalAddress: string; taskQueue: string; port?: number },
): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const api = spawnApp(apps.apiMain, {
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_TASK_QUEUE: options.taskQueue,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
  });
  await Promise.race([
    waitForPort('127.0.0.1', port, 60_000, 'API process'),
    api.exited.then(({ code, signal }) => {
      throw new Error(`API process exited early (${code ?? signal}):\n${api.output()}`);
    }),
  ]);
  return Object.assign(api, { port, url: `http://127.0.0.1:${port}` });
}

/** Resolves when the process has printed a line matching `pattern`; rejects if it exits first or time runs out. */
export function waitForOutput(app: AppProcess, pattern: RegExp, timeoutMs: number, what: string): Promise<void> {
  return new Promise((resolveWait, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${what} did not print ${pattern} within ${timeoutMs} ms:\n${app.output()}`));
    }, timeoutMs);
    const onData = (): void => {
      if (pattern.test(app.output())) {
        cleanup();
        resolveWait();
      }
    };
    const onExit = (): void => {
      cleanup();
      reject(new Error(`${what} exited before printing ${pattern}:\n${app.output()}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      app.child.stdout?.off('data', onData);
      app.child.stderr?.off('data', onData);
      app.child.off('exit', onExit);
    };
    app.child.stdout?.on('data', onData);
    app.child.stderr?.on('data', onData);
    app.child.once('exit', onExit);
    onData();
  });
}
