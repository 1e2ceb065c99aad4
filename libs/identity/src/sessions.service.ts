import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import type { Caller } from './caller';
import { Clock } from './clock';
import { IdentityService } from './identity.service';
import { hashToken, newToken } from './token';

/** How a session began: a password, an activation link, or single sign-on. */
export type SessionOrigin = 'password' | 'activation' | 'oidc';
export type SessionEndReason = 'logout' | 'ended_by_admin' | 'password_reset' | 'password_changed';

/** What the API knows of the browser session behind a request. */
export interface SessionInfo {
  id: string;
  remember: boolean;
  expiresAt: Date;
  /** Sent back by the page in X-CSRF-Token on every write. */
  csrfToken: string;
}

/** A new session: the cookie value is shown once, here; only its hash is kept. */
export interface StartedSession extends SessionInfo {
  token: string;
}

/** A live session behind a cookie; `touched` when this request moved its idle expiry on. */
export interface ResolvedSession {
  caller: Caller;
  session: SessionInfo;
  touched: boolean;
}

/** Lets the touch of last_seen_at wait this long, so a burst of requests is one write, not one per request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Browser sessions: opaque cookie values (only their SHA-256 stored), an idle timeout that slides with use (12 h,
 * or 30 days on a remembered device), ended at once by logout, an admin, or a password reset. The CSRF token is
 * derived from the cookie value, so it is per session, needs no storage and cannot be computed from the database.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityService,
    private readonly clock: Clock,
  ) {}

  async start(
    personId: string,
    origin: SessionOrigin,
    remember: boolean,
    tx: DataSource | EntityManager = this.db,
  ): Promise<StartedSession> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.idleMs(remember));
    const { token, hash } = newToken('hjs_');
    const [{ id }] = await tx.query<{ id: string }[]>(
      `INSERT INTO sessions (person_id, token_hash, via, remember, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id`,
      [personId, hash, origin, remember, now, expiresAt],
    );
    return { id, token, remember, expiresAt, csrfToken: csrfTokenOf(token) };
  }

  /** The caller and session behind a cookie value, or undefined when it is unknown, ended or idle too long. */
  async resolve(token: string): Promise<ResolvedSession | undefined> {
    const now = this.clock.now();
    const [row]: { id: string; person_id: string; remember: boolean; expires_at: Date; last_seen_at: Date }[] =
      await this.db.query(
        `SELECT id, person_id, remember, expires_at, last_seen_at FROM sessions
          WHERE token_hash = $1 AND ended_at IS NULL AND expires_at > $2`,
        [hashToken(token), now],
      );
    if (!row) return undefined;
    const caller = await this.identity.callerOf(row.person_id);
    if (!caller) return undefined;
    let expiresAt = row.expires_at;
    const touched = now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS;
    if (touched) {
      expiresAt = new Date(now.getTime() + this.idleMs(row.remember));
      await this.db.query(`UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1 AND ended_at IS NULL`, [
        row.id,
        now,
        expiresAt,
      ]);
    }
    const session = { id: row.id, remember: row.remember, expiresAt, csrfToken: csrfTokenOf(token) };
    return { caller, session, touched };
  }

  /** Ends one session (logout); true when it was still open. */
  async end(sessionId: string, reason: SessionEndReason): Promise<boolean> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `WITH ended AS (UPDATE sessions SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL RETURNING id)
       SELECT count(*)::int AS n FROM ended`,
      [sessionId, this.clock.now(), reason],
    );
    return n > 0;
  }

  /** Ends every live session of a person (but `except`, the one asking); how many were ended. */
  async endAll(
    personId: string,
    reason: SessionEndReason,
    except?: string,
    tx: DataSource | EntityManager = this.db,
  ): Promise<number> {
    const [{ n }]: { n: number }[] = await tx.query(
      `WITH ended AS (
         UPDATE sessions SET ended_at = $2, end_reason = $3
          WHERE person_id = $1 AND ended_at IS NULL AND expires_at > $2 AND ($4::uuid IS NULL OR id <> $4::uuid)
         RETURNING id)
       SELECT count(*)::int AS n FROM ended`,
      [personId, this.clock.now(), reason, except ?? null],
    );
    return n;
  }

  private idleMs(remember: boolean): number {
    const { idleHours, rememberDays } = this.config.sessions;
    return remember ? rememberDays * 86_400_000 : idleHours * 3_600_000;
  }
}

/** The session's CSRF token: a one-way function of the cookie value, which a page on another site never sees. */
export function csrfTokenOf(sessionToken: string): string {
  return createHash('sha256').update(`csrf\n${sessionToken}`, 'utf8').digest('base64url');
}

/** Constant-time comparison of the token a page sent with the session's own. */
export function csrfTokenMatches(sessionToken: string, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
