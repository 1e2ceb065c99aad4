import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { DomainError, validationFailed } from '../../domain/src';
import { type Caller, Clock, hashToken, isSystemAdmin, newToken, SessionsService } from '../../identity/src';
import { asDomainError } from '../../persistence/src';
import { AccountsService, loginKey, type RequestContext, type SignedIn } from './accounts.service';
import { AuthEvents } from './auth-events';
import { InvitationMailer } from './invitation-mailer';
import { hashPassword } from './passwords';
import { passwordProblem } from './password-policy';

/** An activation link is valid this long, and once. */
export const INVITATION_VALID_MS = 72 * 3_600_000;

/** What the inviter gets back, once: the link to pass on, and whether it was also e-mailed. */
export interface Invitation {
  personId: string;
  login: string;
  /** PUBLIC_URL/app/activate#<token>: the token is in the fragment, so it never reaches a server log. */
  link: string;
  expiresAt: Date;
  /** A reset: the person had a password; every session of theirs has ended. */
  reset: boolean;
  endedSessions: number;
  emailedTo: string | null;
}

const LOGIN_PATTERN = /^[A-Za-z0-9._@+-]{3,64}$/;

const linkGone = () =>
  new DomainError('LINK_EXPIRED', '此链接已过期、已使用或已被新的邀请取代；请联系管理员重新邀请', {});

/**
 * Invitations and resets: a one-time link (random, only its SHA-256 stored, 72 h) with which a person sets a
 * password and is signed in. A new invitation replaces the person's earlier unused ones; a reset ends every session.
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('InvitationsService');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
    private readonly events: AuthEvents,
    private readonly mailer: InvitationMailer,
    private readonly accounts: AccountsService,
  ) {}

  async invite(
    caller: Caller,
    personId: string,
    requestedLogin: string | undefined,
    ctx: RequestContext,
  ): Promise<Invitation> {
    const person = await this.mustMayInvite(caller, personId);
    const login = requestedLogin?.trim() || person.login || person.phone?.replace(/[\s-]/g, '');
    if (!login || !LOGIN_PATTERN.test(login)) {
      throw validationFailed('invitation', [
        {
          field: 'login',
          reason: login
            ? '登录名只能由 3–64 位字母、数字和 . _ @ + - 组成'
            : '此人没有手机号，请填写登录名（手机号或工号）',
        },
      ]);
    }
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + INVITATION_VALID_MS);
    const { token, hash } = newToken('hji_');
    const { reset, endedSessions } = await this.db
      .transaction(async (tx) => {
        const [before]: { password_hash: string | null }[] = await tx.query(
          `SELECT password_hash FROM accounts WHERE person_id = $1 FOR UPDATE`,
          [personId],
        );
        await tx.query(
          `INSERT INTO accounts (person_id, login) VALUES ($1, $2) ON CONFLICT (person_id) DO UPDATE SET login = EXCLUDED.login`,
          [personId, login],
        );
        await tx.query(
          `UPDATE invitations SET superseded_at = $2 WHERE person_id = $1 AND used_at IS NULL AND superseded_at IS NULL`,
          [personId, now],
        );
        await tx.query(
          `INSERT INTO invitations (person_id, token_hash, invited_by, created_at, expires_at) VALUES ($1,$2,$3,$4,$5)`,
          [personId, hash, caller.personId, now, expiresAt],
        );
        const wasReset = !!before?.password_hash;
        const ended = wasReset ? await this.sessions.endAll(personId, 'password_reset', undefined, tx) : 0;
        await this.events.record(
          'invited',
          {
            actorPersonId: caller.personId,
            target: personId,
            status: 201,
            requestId: ctx.requestId,
            details: { login, reset: wasReset, expiresAt, endedSessions: ended },
          },
          tx,
        );
        return { reset: wasReset, endedSessions: ended };
      })
      .catch((e: unknown) => {
        throw asDomainError(e, { unique: `登录名 ${login} 已被他人使用，请换一个` });
      });
    const link = `${this.config.publicUrl}/app/activate#${token}`;
    let emailedTo: string | null = null;
    if (person.email) {
      // The link is already the inviter's to pass on; a mail that fails is said in the answer, not an error.
      emailedTo = await this.mailer
        .send(person.email, { name: person.name, login, link, expiresAt, reset })
        .then((sent) => (sent ? person.email : null))
        .catch((error: unknown) => {
          this.logger.warn(`invitation e-mail to person ${personId} failed: ${String(error)}`);
          return null;
        });
    }
    return { personId, login, link, expiresAt, reset, endedSessions, emailedTo };
  }

  /** What the activation page shows before the person types a password; 410 for a link that is no longer valid. */
  async preview(token: string): Promise<{ name: string; login: string; expiresAt: Date }> {
    const row = await this.validInvitation(this.db, token, false);
    return { name: row.name, login: row.login, expiresAt: row.expires_at };
  }

  /** Sets the password and signs the person in; a refused password leaves the link usable. */
  async activate(
    input: { token: string; password: string; remember: boolean },
    ctx: RequestContext,
  ): Promise<SignedIn> {
    const preview = await this.validInvitation(this.db, input.token, false);
    const problem = passwordProblem(input.password, preview.login);
    if (problem) throw validationFailed('password', [problem]);
    const hash = await hashPassword(input.password);
    return this.db.transaction(async (tx) => {
      const row = await this.validInvitation(tx, input.token, true);
      const now = this.clock.now();
      await tx.query(`UPDATE accounts SET password_hash = $2, password_changed_at = $3 WHERE person_id = $1`, [
        row.person_id,
        hash,
        now,
      ]);
      await tx.query(`UPDATE invitations SET used_at = $2 WHERE id = $1`, [row.id, now]);
      await this.events.record(
        'activated',
        { actorPersonId: row.person_id, target: row.person_id, status: 200, requestId: ctx.requestId },
        tx,
      );
      return this.accounts.startSession(row.person_id, 'activation', input.remember, ctx, loginKey(row.login), tx);
    });
  }

  private async validInvitation(
    db: DataSource | EntityManager,
    token: string,
    lock: boolean,
  ): Promise<{ id: string; person_id: string; name: string; login: string; expires_at: Date }> {
    const [row]: { id: string; person_id: string; name: string; login: string; expires_at: Date }[] = await db.query(
      `SELECT i.id, i.person_id, p.name, a.login, i.expires_at
         FROM invitations i JOIN accounts a ON a.person_id = i.person_id JOIN people p ON p.id = i.person_id AND p.active
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.superseded_at IS NULL AND i.expires_at > $2
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hashToken(token), this.clock.now()],
    );
    if (!row) throw linkGone();
    return row;
  }

  /**
   * The person, if the caller may invite them: a system admin anyone; a lead unit admin people of the units in the
   * regions its unit leads, and only people whose every role lies there too — never an admin or committee member
   * elsewhere, whose password a reset would hand over. Outside that: 404, as everywhere.
   */
  async mustMayInvite(
    caller: Caller,
    personId: string,
  ): Promise<{ name: string; email: string | null; phone: string | null; login: string | null }> {
    const [person]: { name: string; email: string | null; phone: string | null; login: string | null; path: string }[] =
      await this.db.query(
        `SELECT p.name, p.email, p.phone, a.login, u.path
           FROM people p JOIN units u ON u.id = p.unit_id LEFT JOIN accounts a ON a.person_id = p.id
          WHERE p.id = $1 AND p.active`,
        [personId],
      );
    const notFound = new DomainError('NOT_FOUND', `Person ${personId} does not exist`, { id: personId });
    if (!person) throw notFound;
    if (isSystemAdmin(caller)) return person;
    const leads = caller.roles.filter((r) => r.role === 'lead_admin').map((r) => r.unitId);
    const [scope]: { person_in: boolean; roles_outside: number }[] = await this.db.query(
      `WITH region_units AS (
         SELECT u.path FROM regions r JOIN region_members m ON m.region_id = r.id JOIN units u ON u.id = m.unit_id
          WHERE r.lead_unit_id = ANY($1::uuid[])
         UNION SELECT u.path FROM units u WHERE u.id = ANY($1::uuid[]))
       SELECT EXISTS (SELECT 1 FROM region_units ru WHERE $2 LIKE ru.path || '%') AS person_in,
              (SELECT count(*)::int FROM role_assignments ra JOIN units u ON u.id = ra.unit_id
                WHERE ra.person_id = $3
                  AND (ra.role IN ('system_admin','committee_member')
                       OR NOT EXISTS (SELECT 1 FROM region_units ru WHERE u.path LIKE ru.path || '%'))) AS roles_outside`,
      [leads, person.path, personId],
    );
    if (!scope.person_in) throw notFound;
    if (scope.roles_outside > 0) {
      throw new DomainError('FORBIDDEN', '此人在你的片区之外还有职务（或是管理员、党委委员），请由系统管理员邀请', {});
    }
    return person;
  }
}
