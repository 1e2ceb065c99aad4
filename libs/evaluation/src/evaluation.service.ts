import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { type AppConfig, APP_CONFIG } from '../../config/src';
import {
  DomainError,
  type IndicatorSet,
  isDomainError,
  localDateOf,
  type RatingSide,
  validateIndicatorSet,
} from '../../domain/src';
import { type Caller, coversUnit, isSystemAdmin } from '../../identity/src';
import { PoliciesService } from '../../policies/src';
import { domainErrorFromUpdate, TemporalClient } from '../../temporal/src';
import {
  type RatingActor,
  starRatingUpdates,
  type StarRatingView,
  starRatingWorkflowId,
} from '../../../workflows/star-rating.contracts';
import { type FileSummary, FilesService, recordFileReferences } from '../../files/src';
import { canSeeUnitEvaluation, regionById, regionOfUnit, type RegionRow } from './evaluation-scope';
import { indicatorSets, type StarRatingResults } from './star-rating';
import { rerateStored } from './star-rating.activities';
import { reserveStarRating } from './star-rating-start';

interface RatingRow {
  id: string;
  region_id: string;
  year: number;
  workflow_id: string;
  phase: string;
  notice_ends_at: Date | null;
  revision: number;
  results: StarRatingResults | null;
  started_at: Date;
  finalised_at: Date | null;
}

/** Phases in which the rating is published to the region's units (公示 and after). */
const PUBLISHED = ['notice', 'answering', 'approval', 'final'];

/**
 * 积分评星: the indicator sets, 记实 records, score cards and the annual star rating of each region. Reads are
 * narrowed to the caller's region (404 outside it); the rating's steps are updates to its workflow.
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policies: PoliciesService,
    private readonly files: FilesService,
  ) {}

  // ─── Indicator sets (考核细则) ─────────────────────────────────────────────────────────────────────────────────

  async listIndicatorSets(): Promise<IndicatorSet[]> {
    return indicatorSets(this.db);
  }

  /** A new version applies from a month still to come: the months already scored keep the version that scored them. */
  async addIndicatorSet(caller: Caller, body: Omit<IndicatorSet, 'version'>): Promise<IndicatorSet> {
    const sets = await indicatorSets(this.db);
    const version = Math.max(0, ...sets.map((s) => s.version)) + 1;
    const set = validateIndicatorSet({ ...body, version });
    if (isDomainError(set)) throw set;
    const thisMonth = localDateOf(Date.now(), this.config.orgTimeZone).slice(0, 7);
    if (set.effectiveFrom <= thisMonth) {
      throw new DomainError('VALIDATION_FAILED', 'A new indicator set applies from next month on', {
        fields: [{ field: 'effectiveFrom', reason: `must be a month after ${thisMonth}` }],
      });
    }
    await this.db.query(
      `INSERT INTO indicator_sets (version, effective_from, body, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (effective_from) DO NOTHING`,
      [set.version, set.effectiveFrom, JSON.stringify(set), caller.personId],
    );
    const [stored] = await this.db.query<{ body: IndicatorSet }[]>(
      'SELECT body FROM indicator_sets WHERE effective_from = $1',
      [set.effectiveFrom],
    );
    if (stored.body.version !== set.version) {
      throw new DomainError('CONFLICT', `Version ${stored.body.version} already applies from ${set.effectiveFrom}`, {
        field: 'effectiveFrom',
      });
    }
    return set;
  }

  // ─── 记实 records ─────────────────────────────────────────────────────────────────────────────────────────────

  async addRecord(
    caller: Caller,
    body: { unitId: string; recordType: string; occurredOn: string; title: string; note?: string; files?: string[] },
  ) {
    const region = await this.regionOfUnit(body.unitId);
    if (!region || !coversUnit(caller, region.member_paths[body.unitId], ['branch_secretary', 'lead_admin'])) {
      throw new DomainError('WRONG_ACTOR', '只能为本单位登记记实', { field: 'unitId' });
    }
    const today = localDateOf(Date.now(), this.config.orgTimeZone);
    if (body.occurredOn > today) {
      throw new DomainError('VALIDATION_FAILED', 'A record is of something that happened', {
        fields: [{ field: 'occurredOn', reason: `must be a date up to ${today}` }],
      });
    }
    await this.mustBeOpenYear(region.id, Number(body.occurredOn.slice(0, 4)));
    await this.files.mustBeUsable(caller, body.files);
    const id = randomUUID();
    // The record and its evidence together: a record is never stored without the files it was sent with.
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO evaluation_records (id, unit_id, record_type, occurred_on, title, note, status, recorded_by)
         VALUES ($1,$2,$3,$4,$5,$6,'recorded',$7)`,
        [id, body.unitId, body.recordType, body.occurredOn, body.title, body.note ?? '', caller.personId],
      );
      await recordFileReferences(tx, body.files, { subject: 'evaluation_record', recordId: id });
    });
    return this.record(caller, id);
  }

  /** The lead unit confirms a record (it counts from then on) or refuses it with a reason (it never counts). */
  async decideRecord(caller: Caller, id: string, decision: { confirm: boolean; reason?: string }) {
    const record = await this.record(caller, id);
    const region = (await this.regionOfUnit(record.unitId))!;
    if (!coversUnit(caller, region.lead_path, ['lead_admin'])) {
      throw new DomainError('WRONG_ACTOR', '记实由主责单位确认', { requiredSide: 'verifier' });
    }
    if (!decision.confirm && !decision.reason?.trim()) {
      throw new DomainError('VALIDATION_FAILED', 'A refusal needs a reason', {
        fields: [{ field: 'reason', reason: 'is required' }],
      });
    }
    await this.mustBeOpenYear(region.id, Number(record.occurredOn.slice(0, 4)));
    const changed: unknown[] = await this.db.query(
      // Through a CTE: TypeORM answers a bare UPDATE with [rows, count], not the rows.
      `WITH decided AS (
         UPDATE evaluation_records SET status = $2, decided_by = $3, decided_at = now(), decision_reason = $4
          WHERE id = $1 AND status = 'recorded' RETURNING id)
       SELECT id FROM decided`,
      [id, decision.confirm ? 'confirmed' : 'refused', caller.personId, decision.reason ?? null],
    );
    if (changed.length === 0) {
      throw new DomainError('ILLEGAL_TRANSITION', `该记实已${record.status === 'confirmed' ? '确认' : '退回'}`, {
        currentState: record.status,
      });
    }
    return this.record(caller, id);
  }

  async listRecords(caller: Caller, unitId?: string) {
    const rows = await this.db.query<RecordRow[]>(
      `${RECORD} WHERE ($1::uuid IS NULL OR er.unit_id = $1) ORDER BY er.occurred_on DESC, er.id`,
      [unitId ?? null],
    );
    const visible = await this.visibleUnits(caller);
    const shown = rows.filter((r) => visible(r.unit_id, r.unit_path));
    const files = await this.filesOf(
      'evaluation_record_id',
      shown.map((r) => r.id),
    );
    return shown.map((r) => toRecord(r, files.get(r.id) ?? []));
  }

  async record(caller: Caller, id: string) {
    const [row] = await this.db.query<RecordRow[]>(`${RECORD} WHERE er.id = $1`, [id]);
    if (!row || !(await this.visibleUnits(caller))(row.unit_id, row.unit_path)) {
      throw new DomainError('NOT_FOUND', `Record ${id} does not exist`, { id });
    }
    return toRecord(row, (await this.filesOf('evaluation_record_id', [id])).get(id) ?? []);
  }

  /** Each record's (记实) or objection's (异议) files (证明材料), in the order they were sent. */
  private async filesOf(
    column: 'evaluation_record_id' | 'objection_id',
    ids: string[],
  ): Promise<Map<string, FileSummary[]>> {
    if (ids.length === 0) return new Map();
    const refs: { owner_id: string; file_id: string }[] = await this.db.query(
      `SELECT ${column} AS owner_id, file_id FROM file_references WHERE ${column} = ANY($1::uuid[])
        ORDER BY position, file_id`,
      [ids],
    );
    const summaries = await this.files.summaries(refs.map((r) => r.file_id));
    const out = new Map<string, FileSummary[]>();
    for (const r of refs) {
      const s = summaries.get(r.file_id);
      if (s) out.set(r.owner_id, [...(out.get(r.owner_id) ?? []), s]);
    }
    return out;
  }

  // ─── 一季一评议: the lead unit's comment (点评) on a unit's quarter ────────────────────────────────────────────

  /**
   * The lead unit writes (or rewrites) its comment on a unit's quarter once the quarter is over. Every version is
   * kept; the newest is the one in force. A year whose rating is published takes no more comments.
   */
  async reviewQuarter(caller: Caller, unitId: string, body: { year: number; quarter: number; comment: string }) {
    const region = await this.regionOfUnit(unitId);
    if (!region || !(await this.visibleUnits(caller))(unitId, region.member_paths[unitId])) {
      throw new DomainError('NOT_FOUND', `Unit ${unitId} is not rated in any region you see`, { unitId });
    }
    if (!coversUnit(caller, region.lead_path, ['lead_admin'])) {
      throw new DomainError('WRONG_ACTOR', '季度点评由片区主责单位填写', { requiredSide: 'verifier' });
    }
    const thisMonth = localDateOf(Date.now(), this.config.orgTimeZone).slice(0, 7);
    const lastMonth = `${body.year}-${String(body.quarter * 3).padStart(2, '0')}`;
    if (lastMonth >= thisMonth) {
      throw new DomainError('VALIDATION_FAILED', 'A quarter is reviewed once it is over', {
        fields: [{ field: 'quarter', reason: `must be a quarter that is over (its last month ${lastMonth} is not)` }],
      });
    }
    if (!body.comment.trim()) {
      throw new DomainError('VALIDATION_FAILED', 'A review needs a comment', {
        fields: [{ field: 'comment', reason: 'must not be blank' }],
      });
    }
    await this.mustBeOpenYear(region.id, body.year);
    await this.db.query(
      `INSERT INTO quarter_reviews (id, unit_id, region_id, year, quarter, comment, reviewed_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [randomUUID(), unitId, region.id, body.year, body.quarter, body.comment.trim(), caller.personId],
    );
    return this.quarterReviews(caller, unitId, body.year);
  }

  /** Every comment on a unit's quarters of a year, newest first within each quarter (whoever sees its score card). */
  async quarterReviews(caller: Caller, unitId: string, year: number) {
    const region = await this.regionOfUnit(unitId);
    if (!region || !(await this.visibleUnits(caller))(unitId, region.member_paths[unitId])) {
      throw new DomainError('NOT_FOUND', `Unit ${unitId} is not rated in any region you see`, { unitId });
    }
    return this.db.query<QuarterReview[]>(
      `SELECT q.id, q.unit_id AS "unitId", q.year, q.quarter, q.comment, q.reviewed_by AS "reviewedBy",
              p.name AS "reviewerName", q.reviewed_at AS "reviewedAt"
         FROM quarter_reviews q JOIN people p ON p.id = q.reviewed_by
        WHERE q.unit_id = $1 AND q.year = $2 ORDER BY q.quarter, q.reviewed_at DESC, q.id DESC`,
      [unitId, year],
    );
  }

  // ─── The annual star rating (一年一评比) ──────────────────────────────────────────────────────────────────────

  /** Starts a region's rating of a year (the lead unit); a second start of the same year answers the first. */
  async startRating(caller: Caller, body: { regionId: string; year: number; noticeWorkingDays?: number }) {
    const region = await this.region(body.regionId);
    if (!region || !this.seesRegion(caller, region)) {
      throw new DomainError('NOT_FOUND', `Region ${body.regionId} does not exist`, { field: 'regionId' });
    }
    if (!coversUnit(caller, region.lead_path, ['lead_admin'])) {
      throw new DomainError('WRONG_ACTOR', '评星由片区主责单位发起', { requiredSide: 'verifier' });
    }
    const thisYear = Number(localDateOf(Date.now(), this.config.orgTimeZone).slice(0, 4));
    if (body.year >= thisYear) {
      throw new DomainError('VALIDATION_FAILED', 'A year is rated once it is over', {
        fields: [{ field: 'year', reason: `must be a year before ${thisYear}` }],
      });
    }
    const workflowId = starRatingWorkflowId(region.id, body.year);
    const { input } = await reserveStarRating(this.db, this.policies, this.config, {
      regionId: region.id,
      year: body.year,
      startedBy: caller.personId,
      noticeWorkingDays: body.noticeWorkingDays,
    });
    try {
      await this.temporal.workflow.start('starRatingWorkflow', {
        workflowId,
        taskQueue: this.config.temporalTaskQueue,
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        staticSummary: `${body.year} 年度评星（${region.name}）`,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return this.rating(caller, input.ratingId);
  }

  async listRatings(caller: Caller, regionId?: string) {
    const rows = await this.db.query<RatingRow[]>(
      `SELECT * FROM star_ratings WHERE ($1::uuid IS NULL OR region_id = $1) ORDER BY year DESC, region_id`,
      [regionId ?? null],
    );
    const out = [];
    for (const row of rows) {
      const region = (await this.region(row.region_id))!;
      if (this.seesRegion(caller, region)) out.push(this.ratingView(caller, region, row, false));
    }
    return out;
  }

  /** One rating: phase, 公示 end, the result with every unit's breakdown (for units, once published), objections, changes. */
  async rating(caller: Caller, id: string) {
    const { row, region } = await this.visibleRating(caller, id);
    const [objections, events] = await Promise.all([
      this.db.query<ObjectionRow[]>(
        `SELECT id, unit_id AS "unitId", reason, status, lodged_at AS "lodgedAt", answer,
                correction::float8 AS correction, answered_at AS "answeredAt"
           FROM star_rating_objections WHERE rating_id = $1 ORDER BY lodged_at, id`,
        [id],
      ),
      this.db.query<RatingChangeRow[]>(
        `SELECT seq, kind, unit_id AS "unitId", points::float8 AS points, reason, actor_person_id AS "actorPersonId", at
           FROM star_rating_events WHERE rating_id = $1 ORDER BY seq`,
        [id],
      ),
    ]);
    const view = this.ratingView(caller, region, row, true);
    const ownObjections = objections.filter(
      (o) => this.side(caller, region) !== 'unit' || this.actsFor(caller, region, o.unitId),
    );
    const files = await this.filesOf(
      'objection_id',
      ownObjections.map((o) => o.id),
    );
    return {
      ...view,
      objections: ownObjections.map((o) => ({ ...o, files: files.get(o.id) ?? [] })),
      changes: view.results ? events : [],
    };
  }

  async act(
    caller: Caller,
    id: string,
    action: 'adjust' | 'publish' | 'object' | 'answer' | 'approve',
    body: Record<string, unknown>,
    idempotencyKey?: string,
  ) {
    const { row, region } = await this.visibleRating(caller, id);
    const actor = this.actor(caller, region, action, body.unitId as string | undefined);
    if (action === 'adjust' && !((body.unitId as string) in region.member_paths)) {
      throw new DomainError('VALIDATION_FAILED', 'The unit is not rated in this region', {
        fields: [{ field: 'unitId', reason: 'is not a member unit of the region' }],
      });
    }
    // Checked here, where the caller is known: the workflow and its activity trust the ids they are given.
    await this.files.mustBeUsable(caller, body.files as string[] | undefined);
    const handle = this.temporal.workflow.getHandle(row.workflow_id);
    const updateId = idempotencyKey ? `${action}-${caller.personId}-${idempotencyKey}` : undefined;
    try {
      const run = (): Promise<StarRatingView> => {
        switch (action) {
          case 'adjust':
            return handle.executeUpdate(starRatingUpdates.adjust, {
              args: [
                actor,
                { unitId: body.unitId as string, points: body.points as number, reason: body.reason as string },
              ],
              updateId,
            });
          case 'object':
            return handle.executeUpdate(starRatingUpdates.object, {
              args: [actor, { reason: body.reason as string, files: body.files as string[] | undefined }],
              updateId,
            });
          case 'answer':
            return handle.executeUpdate(starRatingUpdates.answer, {
              args: [
                actor,
                {
                  objectionId: body.objectionId as string,
                  upheld: body.upheld as boolean,
                  answer: body.answer as string,
                  correction: body.correction as number | undefined,
                },
              ],
              updateId,
            });
          default:
            return handle.executeUpdate(starRatingUpdates[action], { args: [actor], updateId });
        }
      };
      await run();
    } catch (error) {
      throw domainErrorFromUpdate(error, { currentState: row.phase });
    }
    return this.rating(caller, id);
  }

  /** A correction after final (更正): a new revision, recorded with its reason; the result is re-rated from it. */
  async revise(caller: Caller, id: string, body: { unitId: string; points: number; reason: string }) {
    const { row, region } = await this.visibleRating(caller, id);
    if (!coversUnit(caller, region.lead_path, ['lead_admin'])) {
      throw new DomainError('WRONG_ACTOR', '「更正」由主责单位办理', { requiredSide: 'verifier' });
    }
    if (row.phase !== 'final') {
      throw new DomainError('ILLEGAL_TRANSITION', '评星尚未审定：审定前请在审核或答复异议时调整', {
        currentState: row.phase,
      });
    }
    if (!(body.unitId in region.member_paths)) {
      throw new DomainError('VALIDATION_FAILED', 'The unit is not rated in this region', {
        fields: [{ field: 'unitId', reason: 'is not a member unit of the region' }],
      });
    }
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM star_ratings WHERE id = $1 FOR UPDATE', [id]);
      await tx.query(
        `INSERT INTO star_rating_events (rating_id, seq, kind, unit_id, points, reason, actor_person_id, at)
         SELECT $1, coalesce(max(seq), 0) + 1, 'revision', $2, $3, $4, $5, now() FROM star_rating_events WHERE rating_id = $1`,
        [id, body.unitId, body.points, body.reason, caller.personId],
      );
      await rerateStored(tx, id);
    });
    return this.rating(caller, id);
  }

  private ratingView(caller: Caller, region: RegionRow, row: RatingRow, withResults: boolean) {
    const side = this.side(caller, region);
    const published = PUBLISHED.includes(row.phase);
    return {
      id: row.id,
      regionId: row.region_id,
      regionName: region.name,
      year: row.year,
      phase: row.phase,
      noticeEndsAt: row.notice_ends_at,
      revision: row.revision,
      startedAt: row.started_at,
      finalisedAt: row.finalised_at,
      // Units see the result from 公示 on; before, it is the lead unit's draft.
      results: withResults && (side !== 'unit' || published) ? row.results : null,
    };
  }

  private actor(caller: Caller, region: RegionRow, action: string, unitId?: string): RatingActor {
    const side: RatingSide = action === 'object' ? 'unit' : action === 'approve' ? 'committee' : 'lead';
    if (side === 'unit') {
      const mine = Object.keys(region.member_paths).filter((u) => this.actsFor(caller, region, u));
      const acting = unitId ?? (mine.length === 1 ? mine[0] : undefined);
      if (!acting || !mine.includes(acting)) {
        throw new DomainError('WRONG_ACTOR', '「提出异议」由被评单位办理', { requiredSide: 'responsible' });
      }
      return { personId: caller.personId, unitId: acting, side };
    }
    const roles = side === 'committee' ? (['committee_member'] as const) : (['lead_admin'] as const);
    if (!coversUnit(caller, region.lead_path, roles)) {
      throw new DomainError('WRONG_ACTOR', side === 'committee' ? '「审定」由党委办理' : '此操作由主责单位办理', {
        requiredSide: side === 'committee' ? 'committee' : 'verifier',
      });
    }
    return { personId: caller.personId, unitId: region.lead_unit_id, side };
  }

  private actsFor(caller: Caller, region: RegionRow, unitId: string): boolean {
    const path = region.member_paths[unitId];
    return path !== undefined && coversUnit(caller, path, ['branch_secretary', 'lead_admin']);
  }

  private side(caller: Caller, region: RegionRow): RatingSide {
    if (isSystemAdmin(caller) || coversUnit(caller, region.lead_path, ['lead_admin', 'committee_member'])) {
      return coversUnit(caller, region.lead_path, ['lead_admin']) ? 'lead' : 'committee';
    }
    return 'unit';
  }

  private seesRegion(caller: Caller, region: RegionRow): boolean {
    return (
      isSystemAdmin(caller) ||
      coversUnit(caller, region.lead_path, ['lead_admin', 'committee_member']) ||
      Object.keys(region.member_paths).some((u) => this.actsFor(caller, region, u))
    );
  }

  private async visibleRating(caller: Caller, id: string) {
    const [row] = await this.db.query<RatingRow[]>('SELECT * FROM star_ratings WHERE id = $1', [id]);
    const region = row ? await this.region(row.region_id) : undefined;
    if (!row || !region || !this.seesRegion(caller, region)) {
      throw new DomainError('NOT_FOUND', `Rating ${id} does not exist`, { id });
    }
    return { row, region };
  }

  /** A year whose rating is published takes no new or changed records: its facts are what the units were shown. */
  private async mustBeOpenYear(regionId: string, year: number): Promise<void> {
    const [rating] = await this.db.query<{ phase: string }[]>(
      'SELECT phase FROM star_ratings WHERE region_id = $1 AND year = $2',
      [regionId, year],
    );
    if (rating && rating.phase !== 'computing' && rating.phase !== 'review') {
      throw new DomainError('ILLEGAL_TRANSITION', `${year} 年度评星已公示，该年度的记实和点评不能再登记或修改`, {
        currentState: rating.phase,
      });
    }
  }

  private async region(id: string): Promise<RegionRow | undefined> {
    return regionById(this.db, id);
  }

  private async regionOfUnit(unitId: string): Promise<RegionRow | undefined> {
    return regionOfUnit(this.db, unitId);
  }

  /** Who may see a unit's records and score card: its own people, its region's lead unit and committee, admins. */
  private async visibleUnits(caller: Caller): Promise<(unitId: string, unitPath: string | undefined) => boolean> {
    const leads = await this.db.query<{ unit_id: string; lead_path: string }[]>(
      `SELECT m.unit_id, lu.path AS lead_path FROM region_members m JOIN regions r ON r.id = m.region_id
         JOIN units lu ON lu.id = r.lead_unit_id`,
    );
    return (unitId, unitPath) =>
      canSeeUnitEvaluation(caller, {
        unitPath,
        leadPaths: leads.filter((l) => l.unit_id === unitId).map((l) => l.lead_path),
      });
  }
}

/** An objection (异议) as `rating` answers it. */
interface ObjectionRow {
  id: string;
  unitId: string;
  reason: string;
  status: 'open' | 'upheld' | 'dismissed';
  lodgedAt: Date;
  answer: string | null;
  correction: number | null;
  answeredAt: Date | null;
}

/** A change of a rating's points (an adjustment, an upheld objection) as `rating` answers it. */
interface RatingChangeRow {
  seq: number;
  kind: 'adjustment' | 'objection_upheld';
  unitId: string;
  points: number;
  reason: string;
  actorPersonId: string;
  at: Date;
}

export interface QuarterReview {
  id: string;
  unitId: string;
  year: number;
  quarter: number;
  comment: string;
  reviewedBy: string;
  reviewerName: string;
  reviewedAt: Date;
}

interface RecordRow {
  id: string;
  unit_id: string;
  unit_path: string;
  record_type: string;
  occurred_on: string;
  title: string;
  note: string;
  status: 'recorded' | 'confirmed' | 'refused';
  decision_reason: string | null;
  recorded_at: Date;
  decided_at: Date | null;
}

const RECORD = `
  SELECT er.id, er.unit_id, u.path AS unit_path, er.record_type, to_char(er.occurred_on, 'YYYY-MM-DD') AS occurred_on,
         er.title, er.note, er.status, er.decision_reason, er.recorded_at, er.decided_at
    FROM evaluation_records er JOIN units u ON u.id = er.unit_id`;

function toRecord(r: RecordRow, files: FileSummary[]) {
  return {
    id: r.id,
    unitId: r.unit_id,
    recordType: r.record_type,
    occurredOn: r.occurred_on,
    title: r.title,
    note: r.note,
    status: r.status,
    decisionReason: r.decision_reason,
    recordedAt: r.recorded_at,
    decidedAt: r.decided_at,
    files,
  };
}
