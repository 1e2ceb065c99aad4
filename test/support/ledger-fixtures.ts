import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  addCalendarDays,
  POLICY_SET_V1,
  type ItemStatus,
  type Light,
  planMilestones,
  resolvePolicy,
} from '../../libs/domain/src';
import { createWorkCalendar } from '../../libs/domain/src';

/**
 * Ledger rows written straight into the items projection (as the item workflow's activity would), so that views can
 * be tested on exact states — escalated, overdue, closed late — without waiting weeks on a workflow.
 */
export interface DemoOrg {
  units: Record<string, string>;
  regionId: string;
  leadUnitId: string;
  people: Record<string, string>;
}

export async function demoOrg(db: DataSource): Promise<DemoOrg> {
  const units: { code: string; id: string }[] = await db.query('SELECT code, id FROM units');
  const [region] = await db.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`);
  const people: { name: string; id: string }[] = await db.query('SELECT name, id FROM people');
  await db.query(`INSERT INTO policy_sets (version, body, note) VALUES (1, $1, 'default') ON CONFLICT DO NOTHING`, [
    JSON.stringify(POLICY_SET_V1),
  ]);
  return {
    units: Object.fromEntries(units.map((u) => [u.code, u.id])),
    regionId: region.id,
    leadUnitId: region.lead_unit_id,
    people: Object.fromEntries(people.map((p) => [p.name, p.id])),
  };
}

/** A unit under a parent (by id); returns its id. */
export async function addUnit(
  db: DataSource,
  code: string,
  name: string,
  kind: string,
  parentId: string,
): Promise<string> {
  const [parent] = await db.query('SELECT path FROM units WHERE id = $1', [parentId]);
  const id = randomUUID();
  await db.query('INSERT INTO units (id, code, name, kind, parent_id, path) VALUES ($1,$2,$3,$4,$5,$6)', [
    id,
    code,
    name,
    kind,
    parentId,
    `${parent.path}${id}/`,
  ]);
  return id;
}

export async function addRegion(
  db: DataSource,
  code: string,
  name: string,
  leadUnitId: string,
  members: string[],
): Promise<string> {
  const [{ id }] = await db.query('INSERT INTO regions (code, name, lead_unit_id) VALUES ($1,$2,$3) RETURNING id', [
    code,
    name,
    leadUnitId,
  ]);
  for (const unit of [leadUnitId, ...members]) {
    await db.query('INSERT INTO region_members (region_id, unit_id) VALUES ($1,$2)', [id, unit]);
  }
  return id;
}

/** A programme of the region with cycles of the given periods (started a month apart); returns the cycles' ids. */
export async function addCycles(
  db: DataSource,
  regionId: string,
  createdBy: string,
  periods: string[],
): Promise<string[]> {
  const programmeId = randomUUID();
  await db.query(
    `INSERT INTO programmes (id, region_id, name, cadence, participants, phase_windows, rubric, schedule_id, created_by)
     VALUES ($1, $2, '月度互检', '{}', '{}', '{}', '{}', $3, $4)`,
    [programmeId, regionId, `schedule-${programmeId}`, createdBy],
  );
  const ids: string[] = [];
  for (const [n, period] of periods.entries()) {
    const id = randomUUID();
    await db.query(
      `INSERT INTO cycles (id, programme_id, period, cycle_number, workflow_id, phase, started_at, due_times, participants, pairs, projection_seq)
       VALUES ($1, $2, $3, $4, $5, 'closed', $6, '{}', '{}', '[]', 1)`,
      [id, programmeId, period, n + 1, `cycle-${programmeId}-${period}`, `${period}-25T01:00:00Z`],
    );
    ids.push(id);
  }
  return ids;
}

export interface FixtureItem {
  title: string;
  unitId: string;
  regionId: string;
  verifierUnitId: string;
  createdBy: string;
  /** Days from today (negative: past). */
  deadlineIn: number;
  createdDaysAgo?: number;
  status?: ItemStatus;
  light?: Light;
  escalationLevel?: number;
  description?: string;
  requirement?: string;
  personId?: string | null;
  cycleId?: string | null;
  /** Closed this many days after the deadline (negative: before it). */
  closedAfterDeadline?: number;
}

/** Inserts one ledger row with milestones planned backwards from its deadline (倒排工期); returns its id. */
export async function insertItem(db: DataSource, today: string, item: FixtureItem): Promise<string> {
  const id = randomUUID();
  const deadline = addCalendarDays(today, item.deadlineIn);
  const created = addCalendarDays(today, -(item.createdDaysAgo ?? 30));
  const policy = resolvePolicy(POLICY_SET_V1, 'major');
  const planned = planMilestones({ deadline, today: created, policy, calendar: createWorkCalendar() });
  const status = item.status ?? 'open';
  // Work before today is done once the plan is in; verification only by 销号.
  const done = (key: string, due: string) =>
    status === 'closed' || (status !== 'open' && key !== 'verification' && due < today);
  const milestones = planned.map((m) => ({ ...m, done: done(m.key, m.due) }));
  const closedAt = status === 'closed' ? `${addCalendarDays(deadline, item.closedAfterDeadline ?? 0)}T02:30:00Z` : null;
  await db.query(
    `INSERT INTO items (id, workflow_id, region_id, responsible_unit_id, responsible_person_id, verifier_unit_id, title,
       description, requirement, severity, deadline, original_deadline, status, light, escalation_level, policy_version,
       milestones, projection_seq, created_by, created_at, updated_at, closed_at, cycle_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'major', $10, $10, $11, $12, $13, 1, $14, 1, $15, $16, $16, $17, $18)`,
    [
      id,
      `item-${id}`,
      item.regionId,
      item.unitId,
      item.personId ?? null,
      item.verifierUnitId,
      item.title,
      item.description ?? '',
      item.requirement ?? '',
      deadline,
      status,
      item.light ?? 'green',
      item.escalationLevel ?? 0,
      JSON.stringify(milestones),
      item.createdBy,
      `${created}T01:00:00Z`,
      closedAt,
      item.cycleId ?? null,
    ],
  );
  return id;
}
