import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An item that changes tally (a reassignment, an extension, a closure) updates two item_tallies rows in its
 * projection's transaction. Two items moving between the same two rows in opposite directions at the same time
 * would lock them in opposite orders and deadlock. They now always lock in key order.
 */
export class TallyLockOrder1766000000002 implements MigrationInterface {
  name = 'TallyLockOrder1766000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION item_tally_key(i items) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT concat_ws('|', i.region_id, i.responsible_unit_id, i.verifier_unit_id, i.cycle_id,
                         (item_tally_of(i)).open_deadline)
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION items_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND item_tally_key(NEW) < item_tally_key(OLD) THEN
          PERFORM item_tally_add(NEW, 1);
          PERFORM item_tally_add(OLD, -1);
        ELSE
          IF TG_OP <> 'INSERT' THEN PERFORM item_tally_add(OLD, -1); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM item_tally_add(NEW, 1); END IF;
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION items_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM item_tally_add(OLD, -1); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM item_tally_add(NEW, 1); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`DROP FUNCTION item_tally_key(items)`);
  }
}
