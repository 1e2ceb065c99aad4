import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../../libs/runtime/src';

/** A real S3-compatible server (Versity Gateway, posix backend) run by a test suite for itself. */
export interface S3Server {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The environment that points the API at this server and a bucket of the suite's own. */
  env(bucket: string): Record<string, string>;
  stop(): Promise<void>;
  /** Starts it again on the same port and folder (after stop: a storage outage and its end). */
  start(): Promise<void>;
}

/** The binary scripts/install-s3-server.mjs built (the test bootstrap runs it; it prints the path when built). */
function serverBinary(): string {
  const script = join(__dirname, '..', '..', 'scripts', 'install-s3-server.mjs');
  return execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

export async function startS3Server(folder: string): Promise<S3Server> {
  const binary = serverBinary();
  const port = await freePort();
  const accessKeyId = `ak${randomBytes(6).toString('hex')}`;
  const secretAccessKey = randomBytes(18).toString('hex');
  const data = join(folder, 'data');
  const meta = join(folder, 'meta');
  mkdirSync(data, { recursive: true });
  mkdirSync(meta, { recursive: true });
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      binary,
      [
        '--access',
        accessKeyId,
        '--secret',
        secretAccessKey,
        '--port',
        `127.0.0.1:${port}`,
        '--quiet',
        'posix',
        '--sidecar',
        meta,
        data,
      ],
      { stdio: 'ignore' },
    );
    await waitForPort(port, 20_000);
  };
  await start();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    accessKeyId,
    secretAccessKey,
    env: (bucket) => ({
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    }),
    start,
    stop: async () => {
      const running = child;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
        setTimeout(() => running.kill('SIGKILL'), 5000).unref();
      });
    },
  };
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`S3 server did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
