import type { DataSource } from 'typeorm';
import type { Caller } from '../../identity/src';
import { isSystemAdmin } from '../../identity/src';
import { canSeeCycle } from '../../inspections/src/cycle-scope';
import { canSeeItem } from '../../items/src/item-scope';

/** Per file: its uploader and the parties of everything that references it. */
interface AccessRow {
  id: string;
  uploaded_by: string;
  items: { responsiblePath: string; verifierPath: string }[] | null;
  cycles: { leadPath: string; unitPaths: string[] }[] | null;
}

/**
 * Who may read (and so reuse) a file: its uploader, and whoever can see an item or a cycle that references it —
 * exactly the item's and the cycle's own visibility rules. Everyone else is told the file does not exist.
 */
export async function readableFileIds(db: DataSource, caller: Caller, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: AccessRow[] = await db.query(
    `SELECT f.id, f.uploaded_by,
            (SELECT json_agg(json_build_object('responsiblePath', ru.path, 'verifierPath', vu.path))
               FROM file_references r JOIN items i ON i.id = r.item_id
               JOIN units ru ON ru.id = i.responsible_unit_id JOIN units vu ON vu.id = i.verifier_unit_id
              WHERE r.file_id = f.id) AS items,
            (SELECT json_agg(json_build_object('leadPath', lu.path, 'unitPaths',
                      (SELECT coalesce(json_agg(u.path), '[]') FROM units u WHERE u.id = ANY(c.participants))))
               FROM file_references r JOIN cycles c ON c.id = r.cycle_id
               JOIN programmes p ON p.id = c.programme_id JOIN regions rg ON rg.id = p.region_id
               JOIN units lu ON lu.id = rg.lead_unit_id
              WHERE r.file_id = f.id) AS cycles
       FROM files f WHERE f.id = ANY($1::uuid[])`,
    [ids],
  );
  const admin = isSystemAdmin(caller);
  return new Set(
    rows
      .filter(
        (r) =>
          admin ||
          r.uploaded_by === caller.personId ||
          (r.items ?? []).some((i) =>
            canSeeItem(caller, { responsibleUnitPath: i.responsiblePath, verifierUnitPath: i.verifierPath }),
          ) ||
          (r.cycles ?? []).some((c) => canSeeCycle(caller, c)),
      )
      .map((r) => r.id),
  );
}
