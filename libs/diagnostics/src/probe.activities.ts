import { DataSource } from 'typeorm';
import type { ProbeActivities } from '../../../workflows/contracts';

/** Activities of the end-to-end probe. Idempotent: a retry rewrites the same values on the same row. */
export function createProbeActivities(db: DataSource): ProbeActivities {
  return {
    async recordProbe(probeId: string, echo: string): Promise<void> {
      await db.query(
        `UPDATE workflow_probes SET echo = $2, completed_at = COALESCE(completed_at, now()) WHERE id = $1`,
        [probeId, echo],
      );
    },
  };
}
