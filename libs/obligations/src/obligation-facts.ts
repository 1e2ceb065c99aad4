import type { DataSource, EntityManager } from 'typeorm';
import type { LocalDate } from '../../domain/src';

/**
 * A fact of organisational life that evaluation (积分评星, issue 17) counts: a unit's obligation of one period either
 * has its record confirmed (记实; or accepted without confirmation where the type asks for none), or was missed.
 */
export interface ObligationFact {
  fact: 'confirmed_record' | 'missed';
  obligationId: string;
  typeId: string;
  typeCode: string;
  /** The type's name in the version the period opened under (支委会, 党课 …). */
  typeName: string;
  unitId: string;
  regionId: string | null;
  /** '2027-03', '2027-Q1', '2027-H1', '2027', or a cron fire date. */
  period: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  due: LocalDate;
  /** confirmed_record: whether its first submission came by the due date; missed: false. */
  onTime: boolean;
  /** The local date of the first submission, if any. */
  firstSubmittedOn: LocalDate | null;
  /** The confirmed record's meeting date, title and attendance; null for a missed obligation. */
  heldOn: LocalDate | null;
  title: string | null;
  attendeesCount: number | null;
  /** When it was settled: confirmed (done) or closed as missed. */
  settledAt: Date;
}

export interface ObligationFactQuery {
  /** Periods starting in [from, to] (local dates, inclusive). */
  from: LocalDate;
  to: LocalDate;
  regionId?: string;
  unitIds?: string[];
  typeIds?: string[];
}

/**
 * Every settled obligation fact in a range of periods, ordered by unit, period and type: confirmed records and missed
 * obligations. Obligations still open, recorded (awaiting confirmation) or sent back are not facts yet. A read of
 * the projection only: no scope (the caller — the evaluation's own service — narrows it to what it may show).
 */
export async function obligationFacts(
  db: Pick<DataSource | EntityManager, 'query'>,
  q: ObligationFactQuery,
): Promise<ObligationFact[]> {
  const rows: {
    status: 'done' | 'missed';
    id: string;
    type_id: string;
    code: string;
    type_name: string;
    unit_id: string;
    region_id: string | null;
    period: string;
    period_start: string;
    period_end: string;
    due_date: string;
    first_submitted_on: string | null;
    held_on: string | null;
    title: string | null;
    attendees_count: number | null;
    settled_at: Date;
  }[] = await db.query(
    `SELECT o.status, o.id, o.type_id, t.code, v.definition->>'name' AS type_name, o.unit_id, o.region_id, o.period,
            o.period_start, o.period_end, o.due_date, o.first_submitted_on, rec.held_on, rec.title, rec.attendees_count,
            coalesce(o.done_at, o.updated_at) AS settled_at
       FROM obligations o
       JOIN obligation_types t ON t.id = o.type_id
       JOIN obligation_type_versions v ON v.type_id = o.type_id AND v.version = o.type_version
       LEFT JOIN LATERAL (SELECT * FROM obligation_records r WHERE r.obligation_id = o.id
                           ORDER BY r.attempt DESC LIMIT 1) rec ON o.status = 'done'
      WHERE o.status IN ('done', 'missed') AND o.period_start BETWEEN $1::date AND $2::date
        AND ($3::uuid IS NULL OR o.region_id = $3::uuid)
        AND ($4::uuid[] IS NULL OR o.unit_id = ANY($4::uuid[]))
        AND ($5::uuid[] IS NULL OR o.type_id = ANY($5::uuid[]))
      ORDER BY o.unit_id, o.period_start, t.code`,
    [q.from, q.to, q.regionId ?? null, q.unitIds ?? null, q.typeIds ?? null],
  );
  return rows.map((r) => ({
    fact: r.status === 'done' ? 'confirmed_record' : 'missed',
    obligationId: r.id,
    typeId: r.type_id,
    typeCode: r.code,
    typeName: r.type_name,
    unitId: r.unit_id,
    regionId: r.region_id,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    due: r.due_date,
    onTime: r.status === 'done' && r.first_submitted_on !== null && r.first_submitted_on <= r.due_date,
    firstSubmittedOn: r.first_submitted_on,
    heldOn: r.held_on,
    title: r.title,
    attendeesCount: r.attendees_count,
    settledAt: r.settled_at,
  }));
}
