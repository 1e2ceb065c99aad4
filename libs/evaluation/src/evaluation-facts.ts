import type { DataSource, EntityManager } from 'typeorm';
import { addCalendarDays, instantAt, type RectificationOutcome, type UnitMonthFacts } from '../../domain/src';
import { obligationFacts } from '../../obligations/src/obligation-facts';

type Db = Pick<DataSource | EntityManager, 'query'>;

interface UnitRow {
  unit_id: string;
  name: string;
}
interface MonthFact {
  unit_id: string;
  month: string;
  ref: string;
}
interface CycleScoreRow extends MonthFact {
  total: number;
}
interface ItemOutcomeRow extends MonthFact {
  outcome: RectificationOutcome;
}
interface RecordRow extends MonthFact {
  record_type: string;
}

/** The units a region's rating covers: its members (the lead unit rates them; it is not rated itself). */
export async function ratedUnits(db: Db, regionId: string): Promise<UnitRow[]> {
  return db.query<UnitRow[]>(
    `SELECT u.id AS unit_id, u.name FROM region_members m JOIN units u ON u.id = m.unit_id
      WHERE m.region_id = $1 ORDER BY u.name, u.id`,
    [regionId],
  );
}

/**
 * The facts of every member unit, month by month, for the months of `year` that ended before `asOf` (local, in
 * `timeZone`).
 */
export async function yearFacts(
  db: Db,
  regionId: string,
  year: number,
  timeZone: string,
  asOf: Date,
): Promise<UnitMonthFacts[]> {
  return monthFacts(db, regionId, endedMonths(year, timeZone, asOf), timeZone);
}

/**
 * The facts of every member unit for each of `months` ('YYYY-MM', local dates in `timeZone`): cycle scores from each
 * cycle's report, items closed on time or late, items still open past their deadline at the month's end (counted in
 * every month they stay so), 屡查屡犯 findings, confirmed 记实 records, and the settled obligations (三会一课 …: a
 * confirmed record or missed) whose period ends in the month — a quarter's 党课 counts in the quarter's last month.
 * Listed unit by unit, month by month.
 */
export async function monthFacts(
  db: Db,
  regionId: string,
  monthList: readonly string[],
  timeZone: string,
): Promise<UnitMonthFacts[]> {
  if (monthList.length === 0) return [];
  const params = [regionId, [...monthList], timeZone];
  // Every query binds all three parameters (the zone too, though not every one reads it): named once here.
  const months = `SELECT to_date(m, 'YYYY-MM') AS first, (to_date(m, 'YYYY-MM') + interval '1 month')::date AS next,
                         m AS month, $3::text AS zone
                    FROM unnest($2::text[]) m`;
  const sorted = [...monthList].sort();
  const [units, cycleScores, closed, overdue, repeats, records, obligations] = await Promise.all([
    ratedUnits(db, regionId),
    db.query<CycleScoreRow[]>(
      `WITH months AS (${months})
       SELECT (r->>'unitId')::uuid AS unit_id, c.period AS month, c.id AS ref, (r->>'total')::float8 AS total
         FROM cycles c JOIN programmes p ON p.id = c.programme_id JOIN months ON months.month = c.period
         CROSS JOIN LATERAL jsonb_array_elements(c.report->'ranking') r
        WHERE p.region_id = $1 AND c.report IS NOT NULL`,
      params,
    ),
    db.query<ItemOutcomeRow[]>(
      `WITH months AS (${months})
       SELECT i.responsible_unit_id AS unit_id, months.month, i.id AS ref,
              CASE WHEN (i.closed_at AT TIME ZONE $3)::date <= i.deadline THEN 'closed_on_time' ELSE 'closed_late' END
                AS outcome
         FROM items i JOIN months ON (i.closed_at AT TIME ZONE $3) >= months.first
                                 AND (i.closed_at AT TIME ZONE $3) < months.next
        WHERE i.region_id = $1 AND i.status = 'closed'`,
      params,
    ),
    db.query<ItemOutcomeRow[]>(
      `WITH months AS (${months})
       SELECT i.responsible_unit_id AS unit_id, months.month, i.id AS ref, 'overdue' AS outcome
         FROM items i JOIN months ON i.deadline < months.next - 1
                                 AND (i.created_at AT TIME ZONE $3) < months.next
                                 AND (i.closed_at IS NULL OR (i.closed_at AT TIME ZONE $3) >= months.next)
        WHERE i.region_id = $1 AND i.status <> 'cancelled'`,
      params,
    ),
    db.query<MonthFact[]>(
      `WITH months AS (${months})
       SELECT f.unit_id, c.period AS month, f.id AS ref
         FROM findings f JOIN cycles c ON c.id = f.cycle_id JOIN programmes p ON p.id = c.programme_id
         JOIN months ON months.month = c.period
        WHERE p.region_id = $1 AND cardinality(f.repeat_of) > 0`,
      params,
    ),
    db.query<RecordRow[]>(
      `WITH months AS (${months})
       SELECT er.unit_id, months.month, er.id AS ref, er.record_type
         FROM evaluation_records er JOIN region_members m ON m.unit_id = er.unit_id AND m.region_id = $1
         JOIN months ON er.occurred_on >= months.first AND er.occurred_on < months.next
        WHERE er.status = 'confirmed'`,
      params,
    ),
    // A period ending in one of the months starts at most a year before the first (the longest cadence); those
    // starting later, up to 31 days past the last month's first, end after it and are filtered out below.
    obligationFacts(db, {
      regionId,
      from: addCalendarDays(`${sorted[0]}-01`, -366),
      to: addCalendarDays(`${sorted[sorted.length - 1]}-01`, 31),
    }),
  ]);
  const settled = (fact: 'confirmed_record' | 'missed', unitId: string, month: string) =>
    obligations
      .filter((o) => o.fact === fact && o.unitId === unitId && o.periodEnd.slice(0, 7) === month)
      .map((o) => ({ obligationId: o.obligationId, typeCode: o.typeCode }));
  const of = <T extends MonthFact>(rows: T[], unitId: string, month: string) =>
    rows.filter((r) => r.unit_id === unitId && r.month === month);
  return units.flatMap((u) =>
    monthList.map((month): UnitMonthFacts => ({
      unitId: u.unit_id,
      month,
      cycleScores: of(cycleScores, u.unit_id, month).map((r) => ({ cycleId: r.ref, total: r.total })),
      items: [...of(closed, u.unit_id, month), ...of(overdue, u.unit_id, month)].map((r) => ({
        itemId: r.ref,
        outcome: r.outcome,
      })),
      repeatFindings: of(repeats, u.unit_id, month).map((r) => ({ findingId: r.ref })),
      records: of(records, u.unit_id, month).map((r) => ({ recordId: r.ref, recordType: r.record_type })),
      obligationRecords: settled('confirmed_record', u.unit_id, month),
      missedObligations: settled('missed', u.unit_id, month),
    })),
  );
}

/** The months of `year` ('YYYY-MM') whose last day is over, in `timeZone`, at `asOf`. */
export function endedMonths(year: number, timeZone: string, asOf: Date): string[] {
  const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  return Array.from({ length: 12 }, (_, i) => i + 1)
    .filter(
      (m) => instantAt(`${m === 12 ? month(year + 1, 1) : month(year, m + 1)}-01`, '00:00', timeZone) <= asOf.getTime(),
    )
    .map((m) => month(year, m));
}

/** What a breakdown line's ref is, so that a person can check it: its kind and a label in the ledgers' words. */
export interface FactLabel {
  id: string;
  kind: 'cycle' | 'item' | 'finding' | 'record' | 'obligation';
  label: string;
}

/** Labels of the facts a card's lines name (ids that are none of these are left out). */
export async function factLabels(db: Db, ids: readonly string[]): Promise<FactLabel[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db.query<FactLabel[]>(
    `SELECT c.id, 'cycle' AS kind, p.name || ' ' || c.period AS label
       FROM cycles c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ANY($1::uuid[])
     UNION ALL
     SELECT i.id, 'item', i.title || '（整改时限 ' || to_char(i.deadline, 'YYYY-MM-DD') || '）'
       FROM items i WHERE i.id = ANY($1::uuid[])
     UNION ALL
     SELECT f.id, 'finding', c.period || ' ' || f.description
       FROM findings f JOIN cycles c ON c.id = f.cycle_id WHERE f.id = ANY($1::uuid[])
     UNION ALL
     SELECT er.id, 'record', to_char(er.occurred_on, 'YYYY-MM-DD') || ' ' || er.title
       FROM evaluation_records er WHERE er.id = ANY($1::uuid[])
     UNION ALL
     SELECT o.id, 'obligation', o.period || ' ' || (v.definition->>'name')
       FROM obligations o JOIN obligation_type_versions v ON v.type_id = o.type_id AND v.version = o.type_version
      WHERE o.id = ANY($1::uuid[])
     ORDER BY kind, label, id`,
    [unique],
  );
}
