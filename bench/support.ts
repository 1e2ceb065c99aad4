/**
 * Small tools the benchmarks share: a keep-alive HTTP client on Node's own http (no load-testing dependency),
 * a bounded concurrent runner, percentiles, a progress line, and process memory from /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

/** One row of the result table: a measured figure, the platform's own ceiling beside it, and the target. */
export interface Figure {
  benchmark: string;
  figure: string;
  value: number | null;
  unit: string;
  /** The same thing done by the platform alone (bare workflow starts, raw SQL, a polling loop…), when there is one. */
  baseline?: { label: string; value: number | null };
  /** value ÷ baseline.value (or as the figure's note says). */
  ratio?: number | null;
  target?: string;
  pass?: boolean | null;
  note?: string;
  /** The Temporal the figure was measured on (main.ts stamps it): the dev server or the server on Postgres. */
  engine?: 'dev' | 'postgres';
}

export interface HttpResult {
  status: number;
  body: string;
  ms: number;
}

/** A keep-alive client for the API on loopback; `maxSockets` caps the connections (= concurrent clients). */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly base: string,
    maxSockets = 64,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  async call(method: string, path: string, token: string, body?: unknown): Promise<HttpResult> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.base}${path}`,
        {
          method,
          agent: this.agent,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
          },
          timeout: 120_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString(),
              ms: performance.now() - started,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Downloads a body without keeping it, for large responses (the xlsx export). */
  async drain(path: string, token: string): Promise<{ status: number; bytes: number; ms: number }> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(`${this.base}${path}`, { agent: this.agent, headers: { Authorization: `Bearer ${token}` } });
      req.on('response', (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Calls `task(i)` for i in [0, count) with at most `concurrency` in flight; stops starting new ones after `maxMs`. */
export async function runPool(
  count: number,
  concurrency: number,
  maxMs: number,
  task: (i: number) => Promise<void>,
  progress?: Progress,
): Promise<{ done: number; ms: number; errors: string[] }> {
  const started = performance.now();
  let next = 0;
  let done = 0;
  const errors: string[] = [];
  const lane = async (): Promise<void> => {
    while (next < count && performance.now() - started < maxMs) {
      const i = next++;
      try {
        await task(i);
        done++;
      } catch (error) {
        if (errors.length < 20) errors.push(error instanceof Error ? error.message : String(error));
      }
      progress?.tick();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, lane));
  return { done, ms: performance.now() - started, errors };
}

/** The p-th percentile (0–100) by nearest rank; null for no samples. */
export function percentile(samples: number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One progress line on stderr, redrawn in place on a terminal and every 10 % otherwise. */
export class Progress {
  private count = 0;
  private lastShown = -1;
  private readonly started = performance.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    this.draw();
  }

  tick(n = 1): void {
    this.set(this.count + n);
  }

  set(count: number): void {
    this.count = Math.min(count, this.total);
    this.draw();
  }

  done(): void {
    this.set(this.total);
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private draw(): void {
    const share = this.total > 0 ? this.count / this.total : 1;
    const tenth = Math.floor(share * 10);
    if (!process.stderr.isTTY && tenth === this.lastShown) return;
    const now = performance.now();
    if (process.stderr.isTTY && this.count < this.total && now - this.lastDrawn < 100) return;
    this.lastDrawn = now;
    this.lastShown = tenth;
    const bar = '█'.repeat(Math.round(share * 24)).padEnd(24, '░');
    const line = `  ${this.label.padEnd(34)} ${bar} ${String(Math.floor(share * 100)).padStart(3)}% ${this.count}/${this.total} ${((now - this.started) / 1000).toFixed(1)} s`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  }

  private lastDrawn = 0;
}

/** Resident set size and its high-water mark of a process, in MiB (Linux /proc). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * CPU seconds a process has used (user + system), with its reaped children's and its live children's (Postgres
 * backends are the postmaster's children), from /proc; null when the process is gone. Clock ticks are 100 Hz on Linux.
 */
export function cpuSecondsOf(pid: number): number | null {
  const fields = (p: number | string): string[] | null => {
    try {
      // The command name is in parentheses and may hold spaces: split after it.
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    } catch {
      return null;
    }
  };
  // After the name: state (0), ppid (1) … utime (11), stime (12), cutime (13), cstime (14).
  const own = fields(pid);
  if (!own) return null;
  let ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(own[i]), 0);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = fields(entry);
    if (child && Number(child[1]) === pid) ticks += Number(child[11]) + Number(child[12]);
  }
  return ticks / 100;
}

/** Polls until `check` returns a value or `timeoutMs` passes (then returns undefined). */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 250,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) return undefined;
    await sleep(everyMs);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const round = (n: number | null | undefined, digits = 1): number | null =>
  n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));

/** Counts scaled by BENCH_SCALE, never below `min`. */
export function scaled(full: number, scale: number, min = 1): number {
  return Math.max(min, Math.round(full * scale));
}
