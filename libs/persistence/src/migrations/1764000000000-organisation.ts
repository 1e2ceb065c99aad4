import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation tree, regions, people, roles, tokens, and the end-to-end workflow probe. */
export class Organisation1764000000000 implements MigrationInterface {
  name = 'Organisation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_units_code UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,64}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('committee','general_branch','branch','group')),
        parent_id uuid REFERENCES units(id) ON DELETE RESTRICT,
        path text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE INDEX ix_units_path ON units (path text_pattern_ops)`);
    await q.query(`CREATE INDEX ix_units_parent ON units (parent_id)`);
    await q.query(`
      CREATE TABLE regions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_regions_code UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,64}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        lead_unit_id uuid NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE region_members (
        region_id uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        PRIMARY KEY (region_id, unit_id)
      )`);
    await q.query(`CREATE INDEX ix_region_members_unit ON region_members (unit_id)`);
    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email text,
        phone text,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_people_email ON people (lower(email)) WHERE email IS NOT NULL`);
    await q.query(`
      CREATE TABLE role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('system_admin','lead_admin','branch_secretary','committee_member')),
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_role_assignment UNIQUE (person_id, role, unit_id)
      )`);
    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT uq_api_tokens_hash UNIQUE,
        label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE workflow_probes (
        id uuid PRIMARY KEY,
        message text NOT NULL,
        requested_by uuid NOT NULL REFERENCES people(id),
        echo text,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'workflow_probes',
      'api_tokens',
      'role_assignments',
      'people',
      'region_members',
      'regions',
      'units',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
