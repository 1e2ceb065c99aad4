import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scope as an index, statistics kept rather than recomputed (issue 20).
 *
 * `items.scope` holds the keys of who may see the row: `r:<unit>` for the responsible unit and each of its
 * ancestors, `v:<unit>` for the verifying unit and its ancestors. A caller's condition is `scope && <its keys>`
 * (ITEM_VIEWERS in libs/items/src/item-scope.ts decides which keys a role gives), which the GIN index answers with
 * the caller's own rows, whatever other regions hold. A unit move rewrites the keys of the rows under it.
 *
 * `item_tallies` counts items per region, responsible unit, verifier, cycle and — while open — deadline, so that the
 * board's statistics add up a few rows per unit instead of reading every item in scope; "overdue" stays exact
 * because open items are counted per deadline. Both are kept by triggers on `items`, in the transaction of whatever
 * writes the row (the item projection above all). The projection's upsert changes a row only when its
 * projection_seq moves forward, so a retried or replayed projection changes no tally: no row trigger fires.
 */
export class ItemScopeAndTallies1766000000000 implements MigrationInterface {
  name = 'ItemScopeAndTallies1766000000000';

  async up(q: QueryRunner): Promise<void> {
    // The zone the item's dates are days in (ItemInput.timeZone): "closed on time" is judged in it.
    await q.query(`ALTER TABLE items ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Shanghai'`);
    await q.query(`
      CREATE FUNCTION item_scope(responsible uuid, verifier uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT array(
          SELECT side || a
            FROM (VALUES ('r:', responsible), ('v:', verifier)) AS p(side, unit_id)
            JOIN units u ON u.id = p.unit_id,
                 unnest(string_to_array(trim(both '/' from u.path), '/')) AS a)
      $$`);
    await q.query(`ALTER TABLE items ADD COLUMN scope text[]`);
    await q.query(`UPDATE items SET scope = item_scope(responsible_unit_id, verifier_unit_id)`);
    await q.query(`ALTER TABLE items ALTER COLUMN scope SET NOT NULL`);
    await q.query(`CREATE INDEX ix_items_scope ON items USING gin (scope)`);
    await q.query(`
      CREATE FUNCTION items_set_scope() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.scope := item_scope(NEW.responsible_unit_id, NEW.verifier_unit_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tg_items_scope_insert BEFORE INSERT ON items
                     FOR EACH ROW EXECUTE FUNCTION items_set_scope()`);
    await q.query(`CREATE TRIGGER tg_items_scope_update BEFORE UPDATE ON items FOR EACH ROW
                     WHEN ((OLD.responsible_unit_id, OLD.verifier_unit_id) IS DISTINCT FROM
                           (NEW.responsible_unit_id, NEW.verifier_unit_id))
                     EXECUTE FUNCTION items_set_scope()`);

    await q.query(`
      CREATE TABLE item_tallies (
        region_id uuid NOT NULL,
        responsible_unit_id uuid NOT NULL,
        verifier_unit_id uuid NOT NULL,
        cycle_id uuid,
        -- The deadline of open items; null for closed and cancelled ones.
        open_deadline date,
        -- The scope keys of the items counted here (the same for every item of the key).
        scope text[] NOT NULL,
        items integer NOT NULL,
        open integer NOT NULL,
        closed integer NOT NULL,
        closed_on_time integer NOT NULL,
        -- Days from creation to 销号, summed over the closed items.
        close_days float8 NOT NULL
      )`);
    await q.query(`
      CREATE UNIQUE INDEX uq_item_tallies ON item_tallies
        (region_id, responsible_unit_id, verifier_unit_id, cycle_id, open_deadline) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX ix_item_tallies_scope ON item_tallies USING gin (scope)`);
    // What one item adds to its tally: the one definition the trigger and the recount share.
    await q.query(`
      CREATE FUNCTION item_tally_of(i items, OUT open_deadline date, OUT open int, OUT closed int,
                                    OUT closed_on_time int, OUT close_days float8)
      LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN live THEN i.deadline END, live::int, (i.status = 'closed')::int,
               (i.status = 'closed' AND (i.closed_at AT TIME ZONE i.time_zone)::date <= i.deadline)::int,
               CASE WHEN i.status = 'closed' THEN EXTRACT(EPOCH FROM i.closed_at - i.created_at) / 86400 ELSE 0 END
          FROM (SELECT i.status NOT IN ('closed','cancelled') AS live) s
      $$`);
    await q.query(`
      CREATE VIEW item_tally_recount AS
        SELECT i.region_id, i.responsible_unit_id, i.verifier_unit_id, i.cycle_id, t.open_deadline,
               min(i.scope) AS scope, count(*)::int AS items, sum(t.open)::int AS open,
               sum(t.closed)::int AS closed, sum(t.closed_on_time)::int AS closed_on_time,
               sum(t.close_days)::float8 AS close_days
          FROM items i, item_tally_of(i) t
         GROUP BY i.region_id, i.responsible_unit_id, i.verifier_unit_id, i.cycle_id, t.open_deadline`);
    await q.query(`INSERT INTO item_tallies SELECT * FROM item_tally_recount`);
    await q.query(`
      CREATE FUNCTION item_tally_add(i items, sign int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO item_tallies AS k (region_id, responsible_unit_id, verifier_unit_id, cycle_id, open_deadline,
                                       scope, items, open, closed, closed_on_time, close_days)
        SELECT i.region_id, i.responsible_unit_id, i.verifier_unit_id, i.cycle_id, t.open_deadline, i.scope, sign,
               sign * t.open, sign * t.closed, sign * t.closed_on_time, sign * t.close_days
          FROM item_tally_of(i) t
        ON CONFLICT (region_id, responsible_unit_id, verifier_unit_id, cycle_id, open_deadline) DO UPDATE SET
          items = k.items + EXCLUDED.items, open = k.open + EXCLUDED.open, closed = k.closed + EXCLUDED.closed,
          closed_on_time = k.closed_on_time + EXCLUDED.closed_on_time, close_days = k.close_days + EXCLUDED.close_days
      $$`);
    await q.query(`
      CREATE FUNCTION items_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM item_tally_add(OLD, -1); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM item_tally_add(NEW, 1); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_items_tally_insert_delete AFTER INSERT OR DELETE ON items
                     FOR EACH ROW EXECUTE FUNCTION items_tally()`);
    // Only what a tally's key or counts read: a light or a milestone changing leaves the tallies alone.
    await q.query(`CREATE TRIGGER tg_items_tally_update AFTER UPDATE ON items FOR EACH ROW
                     WHEN ((OLD.region_id, OLD.responsible_unit_id, OLD.verifier_unit_id, OLD.cycle_id, OLD.status,
                            OLD.deadline, OLD.closed_at, OLD.created_at, OLD.time_zone) IS DISTINCT FROM
                           (NEW.region_id, NEW.responsible_unit_id, NEW.verifier_unit_id, NEW.cycle_id, NEW.status,
                            NEW.deadline, NEW.closed_at, NEW.created_at, NEW.time_zone))
                     EXECUTE FUNCTION items_tally()`);

    // A unit move rewrites the paths of its subtree in one statement; the rows under it get their keys anew. Every
    // row under a moved unit already carries that unit's key, so the GIN index finds them.
    await q.query(`
      CREATE FUNCTION units_rescope() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE moved text[];
      BEGIN
        SELECT array_agg(k) INTO moved
          FROM new_units n JOIN old_units o ON o.id = n.id, LATERAL (VALUES ('r:' || n.id), ('v:' || n.id)) v(k)
         WHERE o.path <> n.path;
        IF moved IS NOT NULL THEN
          UPDATE items SET scope = item_scope(responsible_unit_id, verifier_unit_id) WHERE scope && moved;
          UPDATE item_tallies SET scope = item_scope(responsible_unit_id, verifier_unit_id) WHERE scope && moved;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_units_rescope AFTER UPDATE ON units
                     REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units
                     FOR EACH STATEMENT EXECUTE FUNCTION units_rescope()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tg_units_rescope ON units`);
    await q.query(`DROP FUNCTION units_rescope()`);
    await q.query(`DROP TRIGGER tg_items_tally_update ON items`);
    await q.query(`DROP TRIGGER tg_items_tally_insert_delete ON items`);
    await q.query(`DROP FUNCTION items_tally()`);
    await q.query(`DROP FUNCTION item_tally_add(items, int)`);
    await q.query(`DROP VIEW item_tally_recount`);
    await q.query(`DROP FUNCTION item_tally_of(items)`);
    await q.query(`DROP TABLE item_tallies`);
    await q.query(`DROP TRIGGER tg_items_scope_update ON items`);
    await q.query(`DROP TRIGGER tg_items_scope_insert ON items`);
    await q.query(`DROP FUNCTION items_set_scope()`);
    await q.query(`ALTER TABLE items DROP COLUMN scope`);
    await q.query(`DROP FUNCTION item_scope(uuid, uuid)`);
    await q.query(`ALTER TABLE items DROP COLUMN time_zone`);
  }
}
