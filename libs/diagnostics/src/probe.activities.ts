import { DataSource } from 'typeorm';

/** Activities of the end-to-end probe. Idempotent: a retry rewrites the same values on the same row. */
export function createProbeActivities(db: DataSource) {
  return {
    async recordProbe(probeId: string, echo: string): Promise<void> {
      await db.query(
        `UPDATE workflow_probes SET echo = $2, completed_at = COALESCE(completed_at, now()) WHERE id = $1`,
        [probeId, echo],
      );
    },
  };
}

export type ProbeActivities = ReturnType<typeof createProbeActivities>;
