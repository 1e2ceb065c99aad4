import { DataSource } from 'typeorm';
import type { BlobStore } from './blob-store';
import { blobKeys, HASH_LOCK_SQL } from './files.service';
import type { FileSweepActivities, SweepResult } from '../../../workflows/contracts';

const BATCH = 100;

/**
 * The orphan sweep's activity: every file older than `orphanAfterMs` that nothing references loses its row and,
 * when no other row shares its bytes, its blobs. Idempotent: a repeated or retried sweep finds nothing more to do,
 * and removing a blob that is gone already is not an error. Referenced files are never touched (references are
 * append-only, so a file used by an item or a cycle stays as long as they do).
 */
export function createFileSweepActivities(
  db: DataSource,
  store: BlobStore,
  orphanAfterMs: number,
): FileSweepActivities {
  return {
    async sweepOrphanFiles(): Promise<SweepResult> {
      const result: SweepResult = { files: 0, blobs: 0 };
      for (;;) {
        const batch: { id: string; sha256: string }[] = await db.query(
          `SELECT f.id, f.sha256 FROM files f
            WHERE f.created_at < now() - make_interval(secs => $1::double precision / 1000)
              AND NOT EXISTS (SELECT 1 FROM file_references r WHERE r.file_id = f.id)
            ORDER BY f.created_at LIMIT ${BATCH}`,
          [orphanAfterMs],
        );
        for (const file of batch) {
          await db.transaction(async (tx) => {
            await tx.query(HASH_LOCK_SQL, [file.sha256]);
            // Checked again under the lock: a reference may have been written since the batch was read.
            const [{ deleted }]: { deleted: number }[] = await tx.query(
              `WITH d AS (DELETE FROM files f WHERE f.id = $1
                 AND NOT EXISTS (SELECT 1 FROM file_references r WHERE r.file_id = f.id) RETURNING f.id)
               SELECT count(*)::int AS deleted FROM d`,
              [file.id],
            );
            if (deleted === 0) return;
            result.files += 1;
            const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM files WHERE sha256 = $1', [file.sha256]);
            if (n > 0) return;
            // Inside the transaction: if the storage refuses, the row comes back and the next sweep tries again.
            for (const key of Object.values(blobKeys(file.sha256))) await store.remove(key);
            result.blobs += 1;
          });
        }
        if (batch.length < BATCH) return result;
      }
    },
  };
}
