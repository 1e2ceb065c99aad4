import type { DataSource, EntityManager } from 'typeorm';
import { type Caller, coversUnit, isSystemAdmin } from '../../identity/src';

type Db = Pick<DataSource | EntityManager, 'query'>;

/** A region as evaluation scopes it: its lead unit's path (who oversees it) and its member units' paths (who is rated). */
export interface RegionRow {
  id: string;
  name: string;
  lead_unit_id: string;
  lead_path: string;
  member_paths: Record<string, string>;
}

const REGION = `
  SELECT r.id, r.name, r.lead_unit_id, lu.path AS lead_path,
         (SELECT coalesce(json_object_agg(u.id, u.path), '{}') FROM region_members m JOIN units u ON u.id = m.unit_id
           WHERE m.region_id = r.id) AS member_paths
    FROM regions r JOIN units lu ON lu.id = r.lead_unit_id`;

export async function regionById(db: Db, id: string): Promise<RegionRow | undefined> {
  const [row] = await db.query<RegionRow[]>(`${REGION} WHERE r.id = $1`, [id]);
  return row;
}

/** The region a unit is rated in (its first, should it belong to several). */
export async function regionOfUnit(db: Db, unitId: string): Promise<RegionRow | undefined> {
  const [row] = await db.query<RegionRow[]>(
    `${REGION} WHERE r.id = (SELECT region_id FROM region_members WHERE unit_id = $1 ORDER BY region_id LIMIT 1)`,
    [unitId],
  );
  return row;
}

/** Every region, by name. */
export async function allRegions(db: Db): Promise<RegionRow[]> {
  return db.query<RegionRow[]>(`${REGION} ORDER BY r.name, r.id`);
}

/** Whoever oversees a region's evaluation: its lead unit's admins, the committee above it, system admins. */
export function overseesRegion(caller: Caller, region: RegionRow): boolean {
  return isSystemAdmin(caller) || coversUnit(caller, region.lead_path, ['lead_admin', 'committee_member']);
}

/** A unit's score card: the unit's own people, and whoever oversees its region. */
export function seesUnitCard(caller: Caller, region: RegionRow, unitId: string): boolean {
  const path = region.member_paths[unitId];
  return (
    overseesRegion(caller, region) ||
    (path !== undefined && coversUnit(caller, path, ['branch_secretary', 'lead_admin']))
  );
}

/** A rated unit as a file's access check sees it: its own path and the paths of its regions' lead units. */
export interface EvaluatedUnit {
  unitPath: string | undefined;
  leadPaths: readonly string[];
}

/**
 * Who sees a unit's 积分评星 where no one region is at hand (its records and their files): its own people, its
 * regions' lead unit and committee, and system admins — {@link seesUnitCard} over every region of the unit. An
 * objection's files pass only the rating's region in `leadPaths`: the objection belongs to that one rating.
 */
export function canSeeUnitEvaluation(caller: Caller, unit: EvaluatedUnit): boolean {
  return (
    isSystemAdmin(caller) ||
    (unit.unitPath !== undefined && coversUnit(caller, unit.unitPath, ['branch_secretary', 'lead_admin'])) ||
    unit.leadPaths.some((path) => coversUnit(caller, path, ['lead_admin', 'committee_member']))
  );
}
