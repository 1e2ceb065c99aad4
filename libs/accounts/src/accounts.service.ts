import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { chineseDateTimeOf, DomainError, validationFailed } from '../../domain/src';
import type { Role } from '../../persistence/src';
import {
  AddressLimiter,
  type Caller,
  Clock,
  type SessionInfo,
  type SessionOrigin,
  SessionsService,
  type StartedSession,
} from '../../identity/src';
import { AuthEvents } from './auth-events';
import { afterFailure, isLocked, type LoginThrottle } from './lockout';
import { hashPassword, verifyPassword } from './passwords';
import { passwordProblem } from './password-policy';

/** Where a request came from, for the per-address limit and the audit log. */
export interface RequestContext {
  requestId: string;
  address: string;
}

/** A person just signed in: their session (the cookie value is in it once) and who they are. */
export interface SignedIn {
  session: StartedSession;
  person: { id: string; name: string };
}

const NO_THROTTLE: LoginThrottle = { failures: 0, locks: 0, lockedUntil: null };

/** The one answer to a wrong password and an unknown login alike. */
const wrongCredentials = () => new DomainError('UNAUTHENTICATED', '登录名或密码不正确', {});

/** Sign-in with a login and password, the lockout, password changes, and ending a person's sessions. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly addresses: AddressLimiter,
    private readonly clock: Clock,
    private readonly events: AuthEvents,
  ) {}

  /**
   * Signs a person in. Wrong password, unknown login and locked login answer with one 401 shape; an unknown login
   * is throttled and locked like a real one and costs the same argon2 work, so neither answer nor time tells which.
   */
  async signIn(input: { login: string; password: string; remember: boolean }, ctx: RequestContext): Promise<SignedIn> {
    const key = loginKey(input.login);
    const now = this.clock.now();
    const [throttleRow]: { failures: number; locks: number; locked_until: Date | null }[] = await this.db.query(
      `SELECT failures, locks, locked_until FROM login_throttle WHERE login_key = $1`,
      [key],
    );
    const throttle = throttleRow
      ? { failures: throttleRow.failures, locks: throttleRow.locks, lockedUntil: throttleRow.locked_until }
      : NO_THROTTLE;
    const [account]: { person_id: string; name: string; password_hash: string | null }[] = await this.db.query(
      `SELECT a.person_id, p.name, a.password_hash FROM accounts a JOIN people p ON p.id = a.person_id AND p.active
        WHERE lower(a.login) = $1`,
      [key],
    );
    const audit = { actorPersonId: null, target: key, status: 401, requestId: ctx.requestId };
    if (isLocked(throttle, now)) {
      await verifyPassword(null, input.password);
      await this.events.record('sign_in_failed', { ...audit, details: { reason: 'locked' } });
      throw this.locked(throttle.lockedUntil as Date);
    }
    const ok = await verifyPassword(account?.password_hash ?? null, input.password);
    if (!ok || !account) {
      if (!this.addresses.failed(ctx.address)) {
        throw new DomainError('RATE_LIMITED', '此地址登录失败次数过多，请一分钟后再试', {});
      }
      const next = await this.countFailure(key, now);
      await this.events.record('sign_in_failed', { ...audit, details: { reason: 'wrong_credentials' } });
      if (isLocked(next, now)) {
        await this.events.record('locked', { ...audit, details: { until: next.lockedUntil, lock: next.locks } });
        throw this.locked(next.lockedUntil as Date);
      }
      throw wrongCredentials();
    }
    return this.startSession(account.person_id, 'password', input.remember, ctx, key);
  }

  /** A session for a person who proved who they are (password, activation link, single sign-on). */
  async startSession(
    personId: string,
    origin: SessionOrigin,
    remember: boolean,
    ctx: RequestContext,
    key?: string,
    tx?: EntityManager,
  ): Promise<SignedIn> {
    const work = async (t: EntityManager): Promise<SignedIn> => {
      if (key) await t.query(`DELETE FROM login_throttle WHERE login_key = $1`, [key]);
      const session = await this.sessions.start(personId, origin, remember, t);
      const [person]: { id: string; name: string }[] = await t.query(`SELECT id, name FROM people WHERE id = $1`, [
        personId,
      ]);
      await this.events.record(
        'signed_in',
        {
          actorPersonId: personId,
          target: personId,
          status: 200,
          requestId: ctx.requestId,
          details: { via: origin, remember },
        },
        t,
      );
      return { session, person };
    };
    return tx ? work(tx) : this.db.transaction(work);
  }

  async signOut(caller: Caller, session: SessionInfo | undefined, ctx: RequestContext): Promise<void> {
    if (!session) return;
    await this.sessions.end(session.id, 'logout');
    await this.events.record('signed_out', {
      actorPersonId: caller.personId,
      target: caller.personId,
      status: 204,
      requestId: ctx.requestId,
    });
  }

  /** Changes your own password (the current one required); your other sessions end, this one stays. */
  async changePassword(
    caller: Caller,
    session: SessionInfo | undefined,
    input: { currentPassword: string; newPassword: string },
    ctx: RequestContext,
  ): Promise<{ endedSessions: number }> {
    const [account]: { login: string; password_hash: string | null }[] = await this.db.query(
      `SELECT login, password_hash FROM accounts WHERE person_id = $1`,
      [caller.personId],
    );
    if (!account?.password_hash) {
      throw new DomainError('CONFLICT', '你还没有设置过密码：请用管理员发来的激活链接设置', {});
    }
    if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
      throw validationFailed('password change', [{ field: 'currentPassword', reason: '当前密码不正确' }]);
    }
    const problem = passwordProblem(input.newPassword, account.login);
    if (problem) throw validationFailed('password', [{ ...problem, field: 'newPassword' }]);
    const hash = await hashPassword(input.newPassword);
    return this.db.transaction(async (tx) => {
      await tx.query(`UPDATE accounts SET password_hash = $2, password_changed_at = $3 WHERE person_id = $1`, [
        caller.personId,
        hash,
        this.clock.now(),
      ]);
      const endedSessions = await this.sessions.endAll(caller.personId, 'password_changed', session?.id, tx);
      await this.events.record(
        'password_changed',
        {
          actorPersonId: caller.personId,
          target: caller.personId,
          status: 200,
          requestId: ctx.requestId,
          details: { endedSessions },
        },
        tx,
      );
      return { endedSessions };
    });
  }

  /** An admin ends every session of a person at once (a lost phone, a person leaving). */
  async endSessionsOf(caller: Caller, personId: string, ctx: RequestContext): Promise<{ endedSessions: number }> {
    const endedSessions = await this.sessions.endAll(personId, 'ended_by_admin');
    await this.events.record('sessions_ended', {
      actorPersonId: caller.personId,
      target: personId,
      status: 200,
      requestId: ctx.requestId,
      details: { endedSessions },
    });
    return { endedSessions };
  }

  /** Who you are as GET /me shows it: your unit, login and roles with their units' names. */
  async profile(caller: Caller): Promise<{
    person: { id: string; name: string; unitId: string; unitName: string; login: string | null };
    roles: { role: Role; unitId: string; unitName: string }[];
  }> {
    const [person]: { unit_name: string; login: string | null }[] = await this.db.query(
      `SELECT u.name AS unit_name, a.login FROM people p JOIN units u ON u.id = p.unit_id
         LEFT JOIN accounts a ON a.person_id = p.id WHERE p.id = $1`,
      [caller.personId],
    );
    const names: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM units WHERE id = ANY($1::uuid[])`,
      [caller.roles.map((r) => r.unitId)],
    );
    const unitName = new Map(names.map((u) => [u.id, u.name]));
    return {
      person: {
        id: caller.personId,
        name: caller.name,
        unitId: caller.unitId,
        unitName: person?.unit_name ?? '',
        login: person?.login ?? null,
      },
      roles: caller.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitName: unitName.get(r.unitId) ?? '' })),
    };
  }

  /** One more failure for the login, under a row lock so that concurrent guesses all count. */
  private countFailure(key: string, now: Date): Promise<LoginThrottle> {
    return this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO login_throttle (login_key) VALUES ($1) ON CONFLICT DO NOTHING`, [key]);
      const [row]: { failures: number; locks: number; locked_until: Date | null }[] = await tx.query(
        `SELECT failures, locks, locked_until FROM login_throttle WHERE login_key = $1 FOR UPDATE`,
        [key],
      );
      const next = afterFailure({ failures: row.failures, locks: row.locks, lockedUntil: row.locked_until }, now);
      await tx.query(`UPDATE login_throttle SET failures = $2, locks = $3, locked_until = $4 WHERE login_key = $1`, [
        key,
        next.failures,
        next.locks,
        next.lockedUntil,
      ]);
      return next;
    });
  }

  private locked(until: Date): DomainError {
    const local = chineseDateTimeOf(until.getTime(), this.config.orgTimeZone, { year: false });
    return new DomainError('UNAUTHENTICATED', `登录失败次数过多，已暂时锁定；请于 ${local} 后重试`, {
      retryAt: until.toISOString(),
    });
  }
}

/** Logins compare without case and surrounding spaces: "ZhangHua" and "zhanghua " are one login. */
export function loginKey(login: string): string {
  return login.trim().toLowerCase();
}
