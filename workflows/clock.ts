/**
 * Now, inside a workflow. The Temporal sandbox replaces Date with a deterministic clock (the time of the current
 * workflow task), so this is replay-safe; it exists so that the one reading of the clock is in one place.
 */
export function workflowNow(): number {
  return Date.now();
}
