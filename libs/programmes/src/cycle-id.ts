import { createHash } from 'node:crypto';

/**
 * The id of a programme's cycle for a period, derived from both (a name-based UUID, version-5 layout over SHA-256):
 * the trigger can answer the id of the cycle it starts before the cycle's workflow has written its row.
 */
export function cycleIdOf(programmeId: string, period: string): string {
  return nameBasedId(`cycle:${programmeId}:${period}`);
}

/** A UUID derived from a name (version-5 layout over SHA-256): the same name always gives the same id. */
export function nameBasedId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  const variant = (8 | (parseInt(h[16], 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
