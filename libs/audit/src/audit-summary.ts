const SECRET = /token|secret|password|sign|webhook/i;
const MAX_STRING = 200;
const MAX_KEYS = 40;

/**
 * What the audit log keeps of a request body: the shape and the values a reviewer needs, with secrets masked and
 * long texts cut, so the log never becomes a copy of confidential content or credentials.
 */
export function summarise(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (depth >= 3) return '…';
  if (Array.isArray(value)) {
    const head = value.slice(0, 10).map((v) => summarise(v, depth + 1));
    return value.length > 10 ? [...head, `… ${value.length - 10} more`] : head;
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .slice(0, MAX_KEYS)
        .map(([k, v]) => [k, SECRET.test(k) ? '***' : summarise(v, depth + 1)]),
    );
  }
  return String(value);
}

/** The outcome worth keeping: identifiers and states of what was written, or the error code. Never a token. */
export function outcomeOf(status: number, body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null) return { status };
  const b = body as Record<string, unknown>;
  if (b.error && typeof b.error === 'object') return { status, error: (b.error as { code?: string }).code };
  const keep = ['id', 'status', 'phase', 'version', 'deadline', 'light', 'escalationLevel', 'policyVersion'];
  return { status, ...Object.fromEntries(keep.filter((k) => k in b).map((k) => [k, b[k]])) };
}
