import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, type PhaseDueTimes, type Rubric } from '../../domain/src';
import { type Caller, coversUnit } from '../../identity/src';
import { domainErrorFromUpdate, TemporalClient } from '../../temporal/src';
import { cycleUpdates, type CycleView, type SubmissionInput, type WithFiles } from '../../../workflows/contracts';
import { canSeeCycle } from './cycle-scope';
import { FilesService } from '../../files/src';

interface CycleRow {
  id: string;
  programme_id: string;
  period: string;
  cycle_number: number;
  workflow_id: string;
  phase: string;
  started_at: Date;
  /** Empty until the cycle's workflow has planned its phases. */
  due_times: Partial<PhaseDueTimes>;
  participants: string[];
  pairs: { inspector: string; inspectee: string }[];
  report: unknown;
  closed_at: Date | null;
  /** The cycle's own rubric, or (cycles projected before it was kept) its programme's. */
  rubric: Rubric;
  lead_unit_id: string;
  unit_paths: Record<string, string>;
  lead_path: string;
  submitted: { kind: 'self_check' | 'mutual_inspection'; inspectorUnitId: string }[];
}

const SELECT = `
  SELECT c.*, COALESCE(c.rubric, p.rubric) AS rubric, r.lead_unit_id, lu.path AS lead_path,
         (SELECT json_object_agg(u.id, u.path) FROM units u WHERE u.id = ANY(c.participants)) AS unit_paths,
         (SELECT coalesce(json_agg(json_build_object('kind', s.kind, 'inspectorUnitId', s.inspector_unit_id)
                                   ORDER BY s.submitted_at), '[]')
            FROM cycle_submissions s WHERE s.cycle_id = c.id) AS submitted
    FROM cycles c JOIN programmes p ON p.id = c.programme_id
    JOIN regions r ON r.id = p.region_id JOIN units lu ON lu.id = r.lead_unit_id`;

/** 互检 cycles: reads from the projection, submissions and the meeting as updates to the cycle's workflow. */
@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    private readonly files: FilesService,
  ) {}

  async list(caller: Caller, programmeId?: string) {
    const rows: CycleRow[] = await this.db.query(
      `${SELECT} WHERE ($1::uuid IS NULL OR c.programme_id = $1::uuid) ORDER BY c.started_at DESC`,
      [programmeId ?? null],
    );
    return rows.filter((r) => this.visible(caller, r)).map(summary);
  }

  /** One cycle with its pairs, submissions, findings, meeting and report. */
  async get(caller: Caller, id: string) {
    const row = await this.visibleRow(caller, id);
    const [submissions, findings, meeting] = await Promise.all([
      this.db.query(
        `SELECT id, kind, inspector_unit_id AS "inspectorUnitId", inspectee_unit_id AS "inspecteeUnitId", scores,
                comments, submitted_by AS "submittedBy", submitted_at AS "submittedAt", late
           FROM cycle_submissions WHERE cycle_id = $1 ORDER BY submitted_at`,
        [id],
      ),
      this.db.query(
        // numeric(6,2) comes back from pg as a string: the API answers numbers.
        `SELECT id, unit_id AS "unitId", criterion_key AS "criterionKey", description, severity,
                deduction::float8 AS deduction, requirement, deadline, item_id AS "itemId", repeat_of AS "repeatOf"
           FROM findings WHERE cycle_id = $1 ORDER BY created_at, id`,
        [id],
      ),
      this.db.query(
        'SELECT minutes, attendance, held_at AS "heldAt", recorded_by AS "recordedBy" FROM cycle_meetings WHERE cycle_id = $1',
        [id],
      ),
    ]);
    return {
      ...summary(row),
      leadUnitId: row.lead_unit_id,
      rubric: row.rubric,
      submissions,
      findings,
      meeting: meeting[0] ?? null,
      report: row.report,
    };
  }

  async report(caller: Caller, id: string) {
    const row = await this.visibleRow(caller, id);
    if (!row.report) {
      throw new DomainError('NOT_FOUND', `Cycle ${id} has no report yet (it is in ${row.phase})`, {
        currentState: row.phase,
      });
    }
    return row.report;
  }

  /** A unit's 自检 or 互检, as the caller's unit (named, or the only one their roles cover). */
  async submit(
    caller: Caller,
    id: string,
    unitId: string | undefined,
    submission: CycleSubmission,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const row = await this.visibleRow(caller, id);
    const actor = { personId: caller.personId, unitId: this.actingUnit(caller, row, unitId) };
    await this.mustBeUsableFiles(caller, submission.body);
    const updateId = idempotencyKey && `${submission.kind}-${actor.unitId}-${idempotencyKey}`;
    const handle = this.handle(row);
    return this.update(row, () =>
      submission.kind === 'self_check'
        ? handle.executeUpdate(cycleUpdates.submitSelfCheck, { args: [actor, submission.body], updateId })
        : handle.executeUpdate(cycleUpdates.submitInspection, { args: [actor, submission.body], updateId }),
    );
  }

  async recordMeeting(
    caller: Caller,
    id: string,
    body: { minutes: string; attendance: { unitId: string; present: boolean; attendees: string[] }[] } & WithFiles,
  ): Promise<CycleState> {
    const row = await this.visibleRow(caller, id);
    if (!coversUnit(caller, row.lead_path, ['lead_admin'])) {
      throw new DomainError('WRONG_ACTOR', 'Only the lead unit (主责单位) records the meeting (例会)', {});
    }
    const actor = { personId: caller.personId, unitId: row.lead_unit_id };
    await this.files.mustBeUsable(caller, body.files);
    return this.update(row, () =>
      this.handle(row).executeUpdate(cycleUpdates.recordMeeting, { args: [actor, body], updateId: 'meeting' }),
    );
  }

  /** Every file a submission names — its own and each finding's — exists and is the submitter's to use (else 400). */
  private async mustBeUsableFiles(caller: Caller, body: SubmissionInput): Promise<void> {
    await this.files.mustBeUsable(caller, body.files);
    for (const [i, finding] of body.findings.entries()) {
      await this.files.mustBeUsable(caller, finding.files, `findings[${i}].files`);
    }
  }

  private handle(row: CycleRow) {
    return this.temporal.workflow.getHandle(row.workflow_id);
  }

  private async update(row: CycleRow, run: () => Promise<CycleView>): Promise<CycleState> {
    if (row.phase === 'closed') {
      throw new DomainError('ILLEGAL_TRANSITION', 'The cycle is closed', { currentState: 'closed' });
    }
    try {
      const view = await run();
      return { ...view, dueTimes: isoTimes(view.dueTimes) };
    } catch (error) {
      throw domainErrorFromUpdate(error, { currentState: row.phase });
    }
  }

  /** The participant unit the caller acts for: named, or the only one their roles cover. */
  private actingUnit(caller: Caller, row: CycleRow, unitId: string | undefined): string {
    const mine = row.participants.filter((u) =>
      coversUnit(caller, row.unit_paths[u] ?? '', ['branch_secretary', 'lead_admin']),
    );
    if (unitId) {
      if (!mine.includes(unitId))
        throw new DomainError('WRONG_ACTOR', 'You do not act for that unit in this cycle', { field: 'unitId' });
      return unitId;
    }
    if (mine.length === 1) return mine[0];
    if (mine.length === 0) throw new DomainError('WRONG_ACTOR', 'You act for no participant of this cycle', {});
    throw new DomainError('VALIDATION_FAILED', 'You act for several units here; say which with unitId', {
      field: 'unitId',
    });
  }

  private async visibleRow(caller: Caller, id: string): Promise<CycleRow> {
    const rows: CycleRow[] = await this.db.query(`${SELECT} WHERE c.id = $1`, [id]);
    if (rows.length === 0 || !this.visible(caller, rows[0]))
      throw new DomainError('NOT_FOUND', `Cycle ${id} does not exist`, { id });
    return rows[0];
  }

  private visible(caller: Caller, row: CycleRow): boolean {
    return canSeeCycle(caller, { leadPath: row.lead_path, unitPaths: Object.values(row.unit_paths ?? {}) });
  }
}

/**
 * A submission and its kind. A request retried with the same Idempotency-Key is the same Temporal update
 * (`<kind>-<unit>-<key>`), answered once with the first result; without a key, a second submission is a new update
 * that the workflow refuses (409).
 */
export type CycleSubmission =
  | { kind: 'self_check'; body: SubmissionInput }
  | { kind: 'mutual_inspection'; body: SubmissionInput & { inspecteeUnitId: string } };

/** The cycle's state after a submission, as the API answers it: due times as ISO 8601 instants. */
export type CycleState = Omit<CycleView, 'dueTimes'> & { dueTimes: Record<keyof PhaseDueTimes, string> };

/** Phase due times are kept as epoch milliseconds; every time the API answers is ISO 8601 (UTC). */
function isoTimes(times: PhaseDueTimes): Record<keyof PhaseDueTimes, string> {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    selfCheckDue: iso(times.selfCheckDue),
    mutualInspectionDue: iso(times.mutualInspectionDue),
    meeting: iso(times.meeting),
    reportDue: iso(times.reportDue),
  };
}

/** A row's due times; null while the cycle's workflow has not planned them yet (a moment after it is reserved). */
function plannedTimes(times: Partial<PhaseDueTimes>): Record<keyof PhaseDueTimes, string> | null {
  const { selfCheckDue, mutualInspectionDue, meeting, reportDue } = times;
  if (selfCheckDue === undefined || mutualInspectionDue === undefined || meeting === undefined) return null;
  return reportDue === undefined ? null : isoTimes({ selfCheckDue, mutualInspectionDue, meeting, reportDue });
}

function summary(r: CycleRow) {
  return {
    id: r.id,
    programmeId: r.programme_id,
    period: r.period,
    cycleNumber: r.cycle_number,
    workflowId: r.workflow_id,
    phase: r.phase,
    startedAt: r.started_at,
    closedAt: r.closed_at,
    participants: r.participants,
    pairs: r.pairs,
    dueTimes: plannedTimes(r.due_times),
    submitted: r.submitted,
  };
}
