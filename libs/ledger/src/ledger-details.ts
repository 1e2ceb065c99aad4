import type { DataSource } from 'typeorm';

/** What a 整改台账 row says beyond the ledger projection: taken from each item's timeline and its files. */
export interface LedgerDetails {
  /** 整改措施: the plan last submitted. */
  plan: string;
  /** 完成情况: the last progress report. */
  progress: string;
  /** 验收意见: the last verification (通过, or 退回 with its reason). */
  verdict: string;
  /** 佐证材料: names of the files of the last evidence submitted. */
  evidenceFiles: string[];
}

const VERDICTS = `('verified_closed', 'verification_rejected')`;

interface DetailsRow {
  id: string;
  plan: string | null;
  progress: string | null;
  verdict_kind: string | null;
  verdict_reason: string | null;
  evidence_files: string[] | null;
}

/**
 * The timeline facts of one batch of ledger rows, in one statement: a lateral pass over each item's events (the
 * (item_id, seq) key) and the files referenced by its last evidence event. Used batch by batch by the export.
 */
export async function ledgerDetails(db: DataSource, itemIds: readonly string[]): Promise<Map<string, LedgerDetails>> {
  if (itemIds.length === 0) return new Map();
  const rows: DetailsRow[] = await db.query(
    `SELECT i.id, ev.plan, ev.progress, ev.verdict_kind, ev.verdict_reason,
            (SELECT array_agg(f.original_name ORDER BY r.position)
               FROM file_references r JOIN files f ON f.id = r.file_id
              WHERE r.item_id = i.id AND r.subject = 'item_event' AND r.event_seq = ev.evidence_seq) AS evidence_files
       FROM unnest($1::uuid[]) AS i(id)
       LEFT JOIN LATERAL (
         SELECT (array_agg(e.data->>'plan' ORDER BY e.seq DESC) FILTER (WHERE e.kind = 'plan_submitted'))[1] AS plan,
                (array_agg(e.data->>'progress' ORDER BY e.seq DESC)
                   FILTER (WHERE e.kind = 'progress_reported'))[1] AS progress,
                (array_agg(e.kind ORDER BY e.seq DESC) FILTER (WHERE e.kind IN ${VERDICTS}))[1] AS verdict_kind,
                (array_agg(e.reason ORDER BY e.seq DESC) FILTER (WHERE e.kind IN ${VERDICTS}))[1] AS verdict_reason,
                max(e.seq) FILTER (WHERE e.kind = 'evidence_submitted') AS evidence_seq
           FROM item_events e
          WHERE e.item_id = i.id
            AND e.kind IN ('plan_submitted', 'progress_reported', 'evidence_submitted', 'verified_closed',
                           'verification_rejected')
       ) ev ON true`,
    [itemIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        plan: r.plan ?? '',
        progress: r.progress ?? '',
        verdict: verdictText(r.verdict_kind, r.verdict_reason),
        evidenceFiles: r.evidence_files ?? [],
      },
    ]),
  );
}

function verdictText(kind: string | null, reason: string | null): string {
  if (kind === 'verified_closed') return reason ? `通过：${reason}` : '通过';
  if (kind === 'verification_rejected') return `退回：${reason ?? ''}`;
  return '';
}
