import type { DataSource } from 'typeorm';
import type { Caller } from '../../identity/src';
import { isSystemAdmin } from '../../identity/src';
import { canSeeUnitEvaluation, type EvaluatedUnit } from '../../evaluation/src/evaluation-scope';
import { canSeeCycle } from '../../inspections/src/cycle-scope';
import { canSeeItem } from '../../items/src/item-scope';
import { canSeeObligation } from '../../obligations/src/obligation-scope';

/** Per file: its uploader and the parties of everything that references it. */
interface AccessRow {
  id: string;
  uploaded_by: string;
  items: { responsiblePath: string; verifierPath: string }[] | null;
  cycles: { leadPath: string; unitPaths: string[] }[] | null;
  /** Records (记实) using the file; `feedPaths` are the region's units when the record is on its feed (晒). */
  obligations: { unitPath: string; confirmingPath: string | null; feedPaths: string[] | null }[] | null;
  /** 积分评星 records (记实) using the file. */
  evaluations: EvaluatedUnit[] | null;
  /** Objections (异议) using the file: the objecting unit, and the lead unit of the rating's region only. */
  objections: EvaluatedUnit[] | null;
}

/**
 * Who may read (and so reuse) a file: its uploader, and whoever can see an item, a cycle, an obligation record, an
 * evaluation record or an objection that references it — exactly their own visibility rules, a record on its region's feed (晒) to the region's units
 * too. Everyone else is told the file does not exist.
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
              WHERE r.file_id = f.id) AS cycles,
            (SELECT json_agg(json_build_object('unitPath', u.path, 'confirmingPath', cu.path, 'feedPaths',
                      CASE WHEN o.status = 'done' AND rec.shared AND rec.decision IS DISTINCT FROM 'sent_back' THEN
                        (SELECT json_agg(mu.path) FROM region_members m JOIN units mu ON mu.id = m.unit_id
                          WHERE m.region_id = o.region_id) END))
               FROM file_references r JOIN obligation_records rec ON rec.id = r.obligation_record_id
               JOIN obligations o ON o.id = rec.obligation_id JOIN units u ON u.id = o.unit_id
               LEFT JOIN units cu ON cu.id = o.confirming_unit_id
              WHERE r.file_id = f.id) AS obligations,
            (SELECT json_agg(json_build_object('unitPath', u.path, 'leadPaths',
                      (SELECT coalesce(json_agg(lu.path), '[]') FROM region_members m
                         JOIN regions rg ON rg.id = m.region_id JOIN units lu ON lu.id = rg.lead_unit_id
                        WHERE m.unit_id = er.unit_id)))
               FROM file_references r JOIN evaluation_records er ON er.id = r.evaluation_record_id
               JOIN units u ON u.id = er.unit_id
              WHERE r.file_id = f.id) AS evaluations,
            (SELECT json_agg(json_build_object('unitPath', u.path, 'leadPaths', json_build_array(lu.path)))
               FROM file_references r JOIN star_rating_objections ob ON ob.id = r.objection_id
               JOIN units u ON u.id = ob.unit_id JOIN star_ratings sr ON sr.id = ob.rating_id
               JOIN regions rg ON rg.id = sr.region_id JOIN units lu ON lu.id = rg.lead_unit_id
              WHERE r.file_id = f.id) AS objections
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
          (r.cycles ?? []).some((c) => canSeeCycle(caller, c)) ||
          (r.obligations ?? []).some(
            (o) =>
              canSeeObligation(caller, o) ||
              // 晒: a shared, confirmed record's photos are for every unit of its region (the feed's readers).
              (o.feedPaths ?? []).some((p) => caller.roles.some((role) => p.startsWith(role.unitPath))),
          ) ||
          [...(r.evaluations ?? []), ...(r.objections ?? [])].some((e) => canSeeUnitEvaluation(caller, e)),
      )
      .map((r) => r.id),
  );
}
