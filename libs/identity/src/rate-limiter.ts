/**
 * A fixed-window counter per key (an IP for failed logins, a person for writes): `allow` says whether one more
 * event fits in the current minute. In-memory, so per API instance; behind a load balancer each instance limits
 * on its own, which still bounds what one client can do.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one event for `key`; false when the key has used up its minute. */
  allow(key: string): boolean {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= 60_000) {
      if (this.windows.size > 10_000) this.sweep(t);
      this.windows.set(key, { start: t, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.perMinute;
  }

  private sweep(t: number): void {
    for (const [key, w] of this.windows) if (t - w.start >= 60_000) this.windows.delete(key);
  }
}
