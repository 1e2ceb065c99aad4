import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files (佐证材料): one row per upload (the bytes live in blob storage under their sha256, so two uploads
 * of the same photo share one blob), and the append-only references saying which item event, cycle submission,
 * finding or meeting uses which file. A file no reference names is an orphan; the sweep removes it after a day.
 */
export class Files1765400000000 implements MigrationInterface {
  name = 'Files1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        content_type text NOT NULL,
        original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 200),
        uploaded_by uuid NOT NULL REFERENCES people(id),
        uploader_unit_id uuid NOT NULL REFERENCES units(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        captured_at timestamptz,
        width integer CHECK (width > 0),
        height integer CHECK (height > 0),
        has_copies boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX ix_files_sha256 ON files (sha256)`);
    await q.query(`CREATE INDEX ix_files_created ON files (created_at)`);
    await q.query(`
      CREATE TABLE file_references (
        file_id uuid NOT NULL REFERENCES files(id),
        subject text NOT NULL CHECK (subject IN ('item_event','cycle_submission','finding','meeting')),
        -- '<item id>:<seq>' for an item event, else the submission's, finding's or cycle's id
        subject_key text NOT NULL,
        item_id uuid,
        event_seq integer,
        cycle_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (file_id, subject, subject_key),
        CHECK (item_id IS NOT NULL OR cycle_id IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX ix_file_references_item ON file_references (item_id, event_seq) WHERE item_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_file_references_cycle ON file_references (cycle_id) WHERE cycle_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE file_references`);
    await q.query(`DROP TABLE files`);
  }
}
