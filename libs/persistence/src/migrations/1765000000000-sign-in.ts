import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in for people: an account (login + argon2id hash) per person who may sign in, one-time invitations
 * (activation and reset links, only their SHA-256 kept), browser sessions (only the cookie's SHA-256 kept) and the
 * per-login failure counter behind the lockout — keyed by the login as typed, so unknown logins lock alike.
 */
export class SignIn1765000000000 implements MigrationInterface {
  name = 'SignIn1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE accounts (
        person_id uuid PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        login text NOT NULL CHECK (login ~ '^[A-Za-z0-9._@+-]{3,64}$'),
        password_hash text,
        password_changed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_accounts_login ON accounts (lower(login))`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT uq_invitations_hash UNIQUE,
        invited_by uuid REFERENCES people(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        superseded_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX ix_invitations_person ON invitations (person_id) WHERE used_at IS NULL`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT uq_sessions_hash UNIQUE,
        via text NOT NULL CHECK (via IN ('password','activation','oidc')),
        remember boolean NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('logout','ended_by_admin','password_reset','password_changed'))
      )`);
    await q.query(`CREATE INDEX ix_sessions_person ON sessions (person_id) WHERE ended_at IS NULL`);
    await q.query(`
      CREATE TABLE login_throttle (
        login_key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locks integer NOT NULL DEFAULT 0 CHECK (locks >= 0),
        locked_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS login_throttle, sessions, invitations, accounts');
  }
}
