import type { EntityManager } from 'typeorm';

/**
 * What uses a file: an item's timeline event, a cycle submission, a finding (问题), a cycle's meeting (例会) or an
 * obligation's record, an evaluation record (记实: the meeting's photo, the sign-in sheet) or a star rating's objection
 * (异议: the evidence a unit lodges with its reason).
 */
export type FileReference =
  | { subject: 'item_event'; itemId: string; seq: number }
  | { subject: 'cycle_submission'; cycleId: string; submissionId: string }
  | { subject: 'finding'; cycleId: string; findingId: string }
  | { subject: 'meeting'; cycleId: string }
  | { subject: 'obligation_record'; recordId: string }
  | { subject: 'evaluation_record'; recordId: string }
  | { subject: 'objection'; objectionId: string };

/**
 * Records that files are used, inside the caller's transaction (the activity that writes the event, submission or
 * meeting). Append-only and keyed by (file, subject), so a retried activity writes each reference once.
 */
export async function recordFileReferences(
  tx: EntityManager,
  fileIds: readonly string[] | undefined,
  ref: FileReference,
): Promise<void> {
  if (!fileIds?.length) return;
  if (ref.subject === 'obligation_record') {
    await insertReferences(tx, fileIds, ref.subject, ref.recordId, { obligationRecordId: ref.recordId });
    return;
  }
  if (ref.subject === 'evaluation_record') {
    await insertReferences(tx, fileIds, ref.subject, ref.recordId, { evaluationRecordId: ref.recordId });
    return;
  }
  if (ref.subject === 'objection') {
    await insertReferences(tx, fileIds, ref.subject, ref.objectionId, { objectionId: ref.objectionId });
    return;
  }
  const [key, itemId, seq, cycleId] =
    ref.subject === 'item_event'
      ? [`${ref.itemId}:${ref.seq}`, ref.itemId, ref.seq, null]
      : ref.subject === 'cycle_submission'
        ? [ref.submissionId, null, null, ref.cycleId]
        : ref.subject === 'finding'
          ? // A finding becomes the item of the same id: whoever sees that item sees the finding's photo.
            [ref.findingId, ref.findingId, null, ref.cycleId]
          : [ref.cycleId, null, null, ref.cycleId];
  await insertReferences(tx, fileIds, ref.subject, key, { itemId, seq, cycleId });
}

async function insertReferences(
  tx: EntityManager,
  fileIds: readonly string[],
  subject: FileReference['subject'],
  key: string,
  on: {
    itemId?: string | null;
    seq?: number | null;
    cycleId?: string | null;
    obligationRecordId?: string;
    evaluationRecordId?: string;
    objectionId?: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO file_references (file_id, subject, subject_key, item_id, event_seq, cycle_id, obligation_record_id,
       evaluation_record_id, objection_id, position)
     SELECT f.id, $2, $3, $4, $5, $6, $7, $8, $9, f.n FROM unnest($1::uuid[]) WITH ORDINALITY AS f(id, n)
      -- A file swept between the API's check and this write is left out rather than failing the activity forever.
      WHERE EXISTS (SELECT 1 FROM files WHERE id = f.id)
     ON CONFLICT DO NOTHING`,
    [
      fileIds,
      subject,
      key,
      on.itemId ?? null,
      on.seq ?? null,
      on.cycleId ?? null,
      on.obligationRecordId ?? null,
      on.evaluationRecordId ?? null,
      on.objectionId ?? null,
    ],
  );
}
