import type { DataSource, EntityManager } from 'typeorm';

/** The nearest committee (党委) at or above a unit, where cycle reports go up (上报); the tree's root when none. */
export async function committeeAbove(db: DataSource | EntityManager, unitId: string): Promise<string> {
  const [unit] = await db.query<{ path: string }[]>('SELECT path FROM units WHERE id = $1', [unitId]);
  const ancestors = unit.path.split('/').filter(Boolean);
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM units WHERE id = ANY($1) AND kind = 'committee' ORDER BY length(path) DESC LIMIT 1`,
    [ancestors],
  );
  return rows[0]?.id ?? ancestors[0];
}

/** A region with its lead unit's path and its members (the lead unit included), enough for scope checks. */
export interface RegionScope {
  id: string;
  leadUnitId: string;
  leadPath: string;
  members: { id: string; path: string }[];
}

export async function regionScope(db: DataSource | EntityManager, regionId: string): Promise<RegionScope | undefined> {
  const [region] = await db.query<{ id: string; lead_unit_id: string; lead_path: string }[]>(
    `SELECT r.id, r.lead_unit_id, lu.path AS lead_path FROM regions r JOIN units lu ON lu.id = r.lead_unit_id
      WHERE r.id = $1`,
    [regionId],
  );
  if (!region) return undefined;
  const members: { id: string; path: string }[] = await db.query(
    `SELECT u.id, u.path FROM region_members m JOIN units u ON u.id = m.unit_id WHERE m.region_id = $1 ORDER BY u.path`,
    [regionId],
  );
  return { id: region.id, leadUnitId: region.lead_unit_id, leadPath: region.lead_path, members };
}
