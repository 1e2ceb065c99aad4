import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { outcomeOf, summarise } from '../../../../libs/audit/src';
import { RateLimiter, type RequestWithCaller } from '../../../../libs/identity/src';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Audit rows per client address and minute for refusals without a known caller (401, 429): a flood stays a trickle. */
const ANONYMOUS_REFUSALS_PER_MINUTE = 10;

/**
 * `auditAs`: who acted and on what, for a write authenticated by something other than a bearer token (an e-mail's
 * 已阅 link names its person); path parameters named `token` are never written to the log.
 */
export type AuditedRequest = Request &
  RequestWithCaller & { audited?: boolean; auditAs?: { personId: string; target: string } };

/** Appends one row per write request to the audit log: the handler's outcome, or the refusal in front of it. */
@Injectable()
export class AuditWriter {
  private readonly anonymous = new RateLimiter(ANONYMOUS_REFUSALS_PER_MINUTE);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  isWrite(request: { method: string }): boolean {
    return WRITES.has(request.method);
  }

  async record(request: AuditedRequest, status: number, body: unknown): Promise<void> {
    const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
    request.audited = true;
    await this.db.query(
      `INSERT INTO audit_log (actor_person_id, action, target, status, request_id, request, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        request.caller?.personId ?? request.auditAs?.personId ?? null,
        `${request.method} ${route}`,
        request.auditAs?.target ??
          (Object.entries(request.params ?? {})
            .map(([name, value]) => (name === 'token' ? '[redacted]' : value))
            .join('/') ||
            null),
        status,
        String(request.id ?? ''),
        JSON.stringify(summarise(request.body ?? {})),
        JSON.stringify(outcomeOf(status, body)),
      ],
    );
  }

  /**
   * A write refused before its handler ran — by the guard (401 no token, 403 no permission, 429) — is audited as
   * that refusal: 403s always, anonymous ones rate-limited per address. Refusals before routing (malformed or oversize
   * bodies, unknown paths) name no endpoint and are not audited.
   */
  async recordRefusal(request: AuditedRequest, status: number, body: unknown): Promise<void> {
    if (request.audited || !this.isWrite(request) || !request.route) return;
    if (status === 401 || status === 429) {
      if (!this.anonymous.allow(request.ip ?? 'unknown')) return;
    } else if (status !== 403) {
      return;
    }
    await this.record(request, status, body);
  }
}
