import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows N events per key per minute, then refuses until the next minute', () => {
    let t = 0;
    const limiter = new RateLimiter(3, () => t);
    expect([1, 2, 3, 4].map(() => limiter.allow('a'))).toEqual([true, true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    expect(limiter.allow('a')).toBe(false);
    t = 60_000;
    expect(limiter.allow('a')).toBe(true);
  });
});
