/** The platform's ceiling for benchmark 1: a workflow that does nothing (bench-only; never in the product bundle). */
export async function noopWorkflow(): Promise<void> {
  // nothing: its cost is the start, one workflow task and the completion
}
