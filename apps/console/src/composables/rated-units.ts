import { get } from '../api/client';
import type { RegionList } from '../api/types';
import { hasRole, session } from '../auth/session';

/** A unit rated in a region (积分评星 rates every member unit of a region, the lead unit too). */
export interface RatedUnitOption {
  id: string;
  name: string;
  regionId: string;
  regionName: string;
  leadUnitId: string;
}

/**
 * The units whose score cards and records a person may open: a branch's own unit; every member of the regions the
 * lead unit, the committee or an admin sees. The API narrows the same way (404 outside it); this fills the pickers.
 */
export async function ratedUnits(): Promise<RatedUnitOption[]> {
  const regions = await get<RegionList>('/regions');
  const all = regions.items.flatMap((r) =>
    r.members.map((m) => ({ id: m.id, name: m.name, regionId: r.id, regionName: r.name, leadUnitId: r.leadUnit.id })),
  );
  if (hasRole('committee_member', 'system_admin')) return all;
  const mine = new Set(session.me?.roles.map((r) => r.unitId));
  const leads = new Set(session.me?.roles.filter((r) => r.role === 'lead_admin').map((r) => r.unitId));
  return all.filter((u) => mine.has(u.id) || leads.has(u.leadUnitId));
}

/** The unit a person opens first: their own when it is rated, else the first they may see. */
export function ownUnit(units: RatedUnitOption[]): RatedUnitOption | undefined {
  const mine = new Set(session.me?.roles.map((r) => r.unitId));
  return units.find((u) => mine.has(u.id)) ?? units[0];
}
