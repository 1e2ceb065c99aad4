import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** Every sign-in event the audit log keeps (issue 12 §9); never a password, a token or a link. */
export type AuthEvent =
  | 'signed_in'
  | 'sign_in_failed'
  | 'locked'
  | 'signed_out'
  | 'invited'
  | 'activated'
  | 'password_changed'
  | 'sessions_ended'
  | 'sso_refused';

export interface AuthEventRecord {
  /** The person who acted (the one signing in, the admin inviting), when known. */
  actorPersonId: string | null;
  /** Whom or what it concerns: a person id, or the login as typed for a failed sign-in. */
  target: string | null;
  /** The HTTP status the request was answered with. */
  status: number;
  requestId: string;
  details?: Record<string, unknown>;
}

/** Writes sign-in events to the append-only audit log, as `auth.<event>` actions beside the request rows. */
@Injectable()
export class AuthEvents {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(event: AuthEvent, r: AuthEventRecord, tx: DataSource | EntityManager = this.db): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (actor_person_id, action, target, status, request_id, request, outcome)
       VALUES ($1, $2, $3, $4, $5, '{}', $6)`,
      [r.actorPersonId, `auth.${event}`, r.target, r.status, r.requestId, JSON.stringify(r.details ?? {})],
    );
  }
}
