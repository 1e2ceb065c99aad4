/** Failed sign-ins of one login: how many since the last lock or success, how often it was locked, until when. */
export interface LoginThrottle {
  failures: number;
  locks: number;
  lockedUntil: Date | null;
}

export const FAILURES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 15 * 60_000;
/** Doubling stops here, so a forgotten password never locks a person out for more than a day. */
export const LONGEST_LOCK_MS = 24 * 3_600_000;

export function isLocked(state: LoginThrottle, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The state after one more wrong password: the fifth in a row locks the login for 15 minutes, and each lock after
 * that for twice as long as the one before (30, 60 … minutes, at most a day). A success resets it all.
 */
export function afterFailure(state: LoginThrottle, now: Date): LoginThrottle {
  const failures = state.failures + 1;
  if (failures < FAILURES_BEFORE_LOCK) return { ...state, failures };
  const lockMs = Math.min(FIRST_LOCK_MS * 2 ** state.locks, LONGEST_LOCK_MS);
  return { failures: 0, locks: state.locks + 1, lockedUntil: new Date(now.getTime() + lockMs) };
}
