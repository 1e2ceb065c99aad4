import { DataSource, EntityManager } from 'typeorm';
import { type Deduction, DomainError, localDateOf, type PreviousStanding, scoreUnits } from '../../domain/src';
import type {
  CycleActivities,
  CycleFacts,
  CycleInput,
  CycleNotice,
  CycleProjection,
  CycleReportSummary,
  MeetingRecord,
  SubmissionRecord,
} from '../../../workflows/contracts';
import { recordFileReferences } from '../../files/src/file-references';
import { type CycleMessage, composeMessage } from '../../messages/src';
import { inboxText } from '../../notifications/src/templates';
import { type CycleNames, cycleMessage } from './cycle-messages';

/** A notice ready for the outbox: its model for every channel and the Chinese text the inbox shows. */
interface OutboxNotice {
  key: string;
  kind: string;
  unitId: string;
  audience: CycleNotice['audience'];
  model: CycleMessage;
  dueAt: number;
}

/** The cycle report (上报/通报): scores and ranking, this cycle's findings, and the 对账 of earlier items. */
export interface CycleReport {
  cycleNumber: number;
  period: string;
  generatedAt: string;
  ranking: {
    unitId: string;
    unitName: string;
    total: number;
    rank: number;
    rankChange?: number;
    totalChange?: number;
  }[];
  unscored: string[];
  findings: {
    id: string;
    unitId: string;
    criterionKey: string;
    severity: string;
    description: string;
    itemId: string;
    repeat: boolean;
  }[];
  repeats: { unitId: string; count: number }[];
  reconciliation: { unitId: string; unitName: string; found: number; closed: number; open: number; overdue: number }[];
  openFromEarlier: { itemId: string; unitId: string; title: string; deadline: string; status: string; light: string }[];
}

/**
 * Activities of the cycle workflow. Idempotent like the item's: the cycle row moves forward only
 * (projection_seq), submissions and findings have natural unique keys, notices an idempotency key.
 */
export function createCycleActivities(db: DataSource): CycleActivities {
  const notify = async (tx: EntityManager, cycleId: string, notices: OutboxNotice[]): Promise<void> => {
    for (const n of notices) {
      const composed = composeMessage(n.model, 'zh');
      await tx.query(
        `INSERT INTO notifications (idempotency_key, cycle_id, kind, recipient_unit_id, audience, title, body, due_at,
           facts)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (idempotency_key) DO NOTHING`,
        [
          n.key,
          cycleId,
          n.kind,
          n.unitId,
          n.audience,
          composed.subject,
          inboxText(composed),
          new Date(n.dueAt),
          JSON.stringify(n.model),
        ],
      );
    }
  };

  return {
    async projectCycle({ input, phase, dueTimes, seq, at, notices }: CycleProjection): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO cycles (id, programme_id, period, cycle_number, workflow_id, phase, started_at, due_times,
             participants, pairs, projection_seq, closed_at, rubric)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
           ON CONFLICT (id) DO UPDATE SET phase = EXCLUDED.phase, projection_seq = EXCLUDED.projection_seq,
             closed_at = EXCLUDED.closed_at, rubric = COALESCE(cycles.rubric, EXCLUDED.rubric),
             -- the tick's reservation (seq 0) learns when the cycle started and its phases' due times
             started_at = CASE WHEN cycles.projection_seq = 0 THEN EXCLUDED.started_at ELSE cycles.started_at END,
             due_times = CASE WHEN cycles.projection_seq = 0 THEN EXCLUDED.due_times ELSE cycles.due_times END
           WHERE cycles.projection_seq < EXCLUDED.projection_seq`,
          [
            input.cycleId,
            input.programmeId,
            input.period,
            input.cycleNumber,
            `cycle-${input.programmeId}-${input.period}`,
            phase,
            new Date(at),
            JSON.stringify(dueTimes),
            input.participants,
            JSON.stringify(input.pairs),
            seq,
            phase === 'closed' ? new Date(at) : null,
            JSON.stringify(input.rubric),
          ],
        );
        if (notices.length > 0) {
          const names = await cycleNames(tx, input);
          await notify(
            tx,
            input.cycleId,
            notices.map(({ facts, ...n }) => ({ ...n, model: cycleMessage(facts, input, n.unitId, n.dueAt, names) })),
          );
        }
      });
    },

    async recordSubmission(s: SubmissionRecord): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO cycle_submissions (id, cycle_id, kind, inspector_unit_id, inspectee_unit_id, scores, comments,
             submitted_by, submitted_at, late)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT DO NOTHING`,
          [
            s.submissionId,
            s.cycleId,
            s.kind,
            s.inspectorUnitId,
            s.inspecteeUnitId,
            JSON.stringify(s.scores),
            s.comments,
            s.submittedBy,
            new Date(s.submittedAt),
            s.late,
          ],
        );
        for (const f of s.findings) {
          await tx.query(
            `INSERT INTO findings (id, cycle_id, submission_id, unit_id, criterion_key, description, severity, deduction,
               requirement, deadline, item_id, repeat_of, created_at)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$1,$11,$12) ON CONFLICT (id) DO NOTHING`,
            [
              f.findingId,
              s.cycleId,
              s.submissionId,
              f.unitId,
              f.criterionKey,
              f.description,
              f.severity,
              f.deduction,
              f.requirement,
              f.deadline,
              f.repeatOf,
              new Date(s.submittedAt),
            ],
          );
          await recordFileReferences(tx, f.files, { subject: 'finding', cycleId: s.cycleId, findingId: f.findingId });
        }
        await recordFileReferences(tx, s.files, {
          subject: 'cycle_submission',
          cycleId: s.cycleId,
          submissionId: s.submissionId,
        });
      });
    },

    async recordMeeting(m: MeetingRecord): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO cycle_meetings (cycle_id, minutes, attendance, held_at, recorded_by) VALUES ($1,$2,$3,$4,$5)
           ON CONFLICT (cycle_id) DO NOTHING`,
          [m.cycleId, m.minutes, JSON.stringify(m.attendance), new Date(m.heldAt), m.recordedBy],
        );
        await recordFileReferences(tx, m.files, { subject: 'meeting', cycleId: m.cycleId });
      });
    },

    /**
     * Computes and stores the report, then 上报 to the committee and 通报 to every unit of the region. Answers a
     * summary: the report (one row per unit and finding) would otherwise be copied into the workflow's history.
     */
    async buildCycleReport({ input, at }: { input: CycleInput; at: number }): Promise<CycleReportSummary> {
      const report = await computeReport(db, input, at);
      const names = await cycleNames(db, input);
      const model = (audience: 'committee' | 'participants'): CycleMessage => ({
        kind: 'cycle_report',
        audience,
        today: localDateOf(at, input.timeZone),
        cycle: {
          programme: input.programmeName,
          region: names.region,
          period: input.period,
          cycleNumber: input.cycleNumber,
        },
        findings: report.findings.length,
        repeats: report.repeats.reduce((s, r) => s + r.count, 0),
        openFromEarlier: report.openFromEarlier.length,
        ranking: report.ranking.map((r) => ({ unit: r.unitName, total: r.total, rank: r.rank })),
      });
      const notices: OutboxNotice[] = [
        {
          key: `cycle-${input.cycleId}:report:committee`,
          kind: 'cycle_report',
          unitId: input.committeeUnitId,
          audience: 'committee',
          model: model('committee'),
          dueAt: at,
        },
        ...input.participants.map((unitId) => ({
          key: `cycle-${input.cycleId}:report:${unitId}`,
          kind: 'cycle_report',
          unitId,
          audience: 'unit' as const,
          model: model('participants'),
          dueAt: at,
        })),
      ];
      await db.transaction(async (tx) => {
        await tx.query('UPDATE cycles SET report = $2 WHERE id = $1', [input.cycleId, JSON.stringify(report)]);
        await notify(tx, input.cycleId, notices);
      });
      return {
        cycleId: input.cycleId,
        ranked: report.ranking.length,
        unscored: report.unscored.length,
        findings: report.findings.length,
        openFromEarlier: report.openFromEarlier.length,
      };
    },
  };
}

/** The region's name and the names of every unit a cycle notice may mention. */
async function cycleNames(db: DataSource | EntityManager, input: CycleFacts): Promise<CycleNames> {
  const ids = [...new Set([...input.participants, input.leadUnitId, input.committeeUnitId])];
  const rows: { kind: 'unit' | 'region'; id: string; name: string }[] = await db.query(
    `SELECT 'unit' AS kind, id::text, name FROM units WHERE id = ANY($1::uuid[])
     UNION ALL SELECT 'region', id::text, name FROM regions WHERE id = $2`,
    [ids, input.regionId],
  );
  return {
    region: rows.find((r) => r.kind === 'region')?.name ?? '',
    units: new Map(rows.filter((r) => r.kind === 'unit').map((r) => [r.id, r.name])),
  };
}

async function computeReport(db: DataSource, input: CycleInput, at: number): Promise<CycleReport> {
  const names = new Map<string, string>(
    (await db.query('SELECT id, name FROM units WHERE id = ANY($1)', [input.participants])).map(
      (u: { id: string; name: string }) => [u.id, u.name],
    ),
  );
  const inspections: { inspectee_unit_id: string; scores: Record<string, number> }[] = await db.query(
    `SELECT inspectee_unit_id, scores FROM cycle_submissions WHERE cycle_id = $1 AND kind = 'mutual_inspection'`,
    [input.cycleId],
  );
  const findings: {
    id: string;
    unit_id: string;
    criterion_key: string;
    severity: string;
    description: string;
    deduction: string;
    repeat_of: string[];
  }[] = await db.query('SELECT * FROM findings WHERE cycle_id = $1 ORDER BY created_at, id', [input.cycleId]);
  const previous = await db.query(
    'SELECT report FROM cycles WHERE programme_id = $1 AND cycle_number = $2 AND report IS NOT NULL',
    [input.programmeId, input.cycleNumber - 1],
  );
  const previousRanking: PreviousStanding[] = (previous[0]?.report as CycleReport | undefined)?.ranking ?? [];

  const scoresByUnit = Object.fromEntries(inspections.map((i) => [i.inspectee_unit_id, i.scores]));
  const deductions: Deduction[] = findings
    .filter((f) => f.unit_id in scoresByUnit)
    .map((f) => ({ unitId: f.unit_id, criterionKey: f.criterion_key, points: Number(f.deduction), findingId: f.id }));
  const scored = scoreUnits({ rubric: input.rubric, scoresByUnit, deductions, previous: previousRanking });
  if (scored instanceof DomainError) throw scored;

  const today = localDateOf(at, input.timeZone);
  const earlier: {
    id: string;
    responsible_unit_id: string;
    title: string;
    deadline: string;
    status: string;
    light: string;
  }[] = await db.query(
    `SELECT i.id, i.responsible_unit_id, i.title, i.deadline, i.status, i.light FROM items i
         JOIN cycles c ON c.id = i.cycle_id
        WHERE c.programme_id = $1 AND c.cycle_number < $2 ORDER BY i.deadline, i.id`,
    [input.programmeId, input.cycleNumber],
  );
  const live = (s: string) => s !== 'closed' && s !== 'cancelled';
  return {
    cycleNumber: input.cycleNumber,
    period: input.period,
    generatedAt: new Date(at).toISOString(),
    ranking: scored.map((s) => ({
      unitId: s.unitId,
      unitName: names.get(s.unitId) ?? s.unitId,
      total: s.total,
      rank: s.rank,
      ...(s.rankChange !== undefined ? { rankChange: s.rankChange } : {}),
      ...(s.totalChange !== undefined ? { totalChange: s.totalChange } : {}),
    })),
    unscored: input.participants.filter((u) => !(u in scoresByUnit)),
    findings: findings.map((f) => ({
      id: f.id,
      unitId: f.unit_id,
      criterionKey: f.criterion_key,
      severity: f.severity,
      description: f.description,
      itemId: f.id,
      repeat: f.repeat_of.length > 0,
    })),
    repeats: input.participants
      .map((unitId) => ({
        unitId,
        count: findings.filter((f) => f.unit_id === unitId && f.repeat_of.length > 0).length,
      }))
      .filter((r) => r.count > 0),
    reconciliation: input.participants.map((unitId) => {
      const mine = earlier.filter((i) => i.responsible_unit_id === unitId);
      return {
        unitId,
        unitName: names.get(unitId) ?? unitId,
        found: mine.length,
        closed: mine.filter((i) => i.status === 'closed').length,
        open: mine.filter((i) => live(i.status)).length,
        overdue: mine.filter((i) => live(i.status) && i.deadline < today).length,
      };
    }),
    openFromEarlier: earlier
      .filter((i) => live(i.status))
      .map((i) => ({
        itemId: i.id,
        unitId: i.responsible_unit_id,
        title: i.title,
        deadline: i.deadline,
        status: i.status,
        light: i.light,
      })),
  };
}
