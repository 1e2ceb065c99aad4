import { afterFailure, isLocked, type LoginThrottle } from './lockout';
import { passwordProblem } from './password-policy';

const fresh: LoginThrottle = { failures: 0, locks: 0, lockedUntil: null };
const t0 = new Date('2026-12-01T08:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

function failTimes(state: LoginThrottle, n: number, at: Date): LoginThrottle {
  for (let i = 0; i < n; i += 1) state = afterFailure(state, at);
  return state;
}

describe('lockout', () => {
  it('locks a login on the fifth wrong password in a row, for 15 minutes', () => {
    const four = failTimes(fresh, 4, t0);
    expect(isLocked(four, t0)).toBe(false);
    const five = afterFailure(four, t0);
    expect(five.lockedUntil).toEqual(minutes(15));
    expect(isLocked(five, minutes(14.9))).toBe(true);
    expect(isLocked(five, minutes(15))).toBe(false);
  });

  it.each([
    [1, 15],
    [2, 30],
    [3, 60],
    [4, 120],
    [8, 24 * 60],
  ])('the lock number %i lasts %i minutes', (nth, lockMinutes) => {
    let state = fresh;
    for (let i = 0; i < nth; i += 1) state = failTimes(state, 5, t0);
    expect(state.locks).toBe(nth);
    expect(state.lockedUntil).toEqual(minutes(lockMinutes));
  });
});

describe('password rules', () => {
  const common = new Set(['password123', 'qwertyuiop']);
  it.each([
    ['short1234', 'zhanghua', '密码至少 10 个字符'],
    ['x'.repeat(129), 'zhanghua', '密码最多 128 个字符'],
    ['ZhangHua2026', 'zhanghua2026', '密码不能与登录名相同'],
    ['QwertyUiop', 'zhanghua', '这是最常见的密码之一，容易被猜中，请换一个'],
  ])('refuses %j for login %s: %s', (password, login, reason) => {
    expect(passwordProblem(password, login, common)).toEqual({ field: 'password', reason });
  });

  it('accepts a long uncommon password that is not the login', () => {
    expect(passwordProblem('江边的桥2026年冬', 'zhanghua', common)).toBeUndefined();
  });
});
