import { applyDecorators, CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { DomainError } from '../../domain/src';
import { AddressLimiter } from './address-limiter';
import type { Caller } from './caller';
import { Clock } from './clock';
import { IdentityService } from './identity.service';
import { EVERY_PERSON, type Permission, PERMISSION_KEY, rolesFor } from './permissions';
import { RateLimiter } from './rate-limiter';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './session-cookie';
import { csrfTokenMatches, type SessionInfo, SessionsService } from './sessions.service';

const PUBLIC = 'huijian:public';

/** Marks an endpoint that needs no token (health, docs, pages). */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(PUBLIC, true), ApiExtension('x-public', true));

export interface RequestWithCaller {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  ip?: string;
  caller?: Caller;
  /** Set when the caller came in with a session cookie (not with a bearer token). */
  session?: SessionInfo;
}

interface ResponseWithHeaders {
  setHeader(name: string, value: string): unknown;
}

/** Methods that change nothing: a session needs no CSRF token for them. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function tooMany(message: string): DomainError {
  return new DomainError('RATE_LIMITED', message, {});
}

/**
 * Global guard: resolves the caller once per request — from a bearer token (scripts, integrations) or a session
 * cookie (people in a browser; writes then need the session's X-CSRF-Token) — 401 otherwise, and enforces the
 * matrix (403). Both roads lead to the same Caller, so nothing downstream knows or cares which was taken.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Runaway clients: writes per person. */
  private readonly writes: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
    private readonly sessions: SessionsService,
    private readonly addresses: AddressLimiter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.writes = new RateLimiter(config.rateLimits.writesPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithCaller>();
    const caller = await this.authenticate(request, context.switchToHttp().getResponse<ResponseWithHeaders>());
    request.caller = caller;
    if (request.method !== 'GET' && !this.writes.allow(caller.personId)) {
      throw tooMany('Too many changes in one minute; wait a little and retry');
    }

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) {
      // Fail closed: an endpoint that does not say who may call it is called by nobody.
      throw new DomainError(
        'FORBIDDEN',
        'This endpoint declares no permission: add @Allow(<permission>) from libs/identity (see PERMISSIONS there)',
        {},
      );
    }
    const needed = rolesFor(permission);
    if (!EVERY_PERSON.includes(permission) && !caller.roles.some((r) => needed.includes(r.role))) {
      throw new DomainError('FORBIDDEN', `${permission} needs one of the roles: ${needed.join(', ')}`, {
        permission,
        requiredRoles: needed,
      });
    }
    return true;
  }

  private async authenticate(request: RequestWithCaller, response: ResponseWithHeaders): Promise<Caller> {
    const client = request.ip ?? 'unknown';
    // Failures count per client address, and only failures are ever refused for it: valid credentials work from an
    // address others are guessing from (behind one proxy, everybody's address).
    const refuse = (message: string, details: Record<string, unknown> = {}): DomainError =>
      this.addresses.failed(client)
        ? new DomainError('UNAUTHENTICATED', message, details)
        : tooMany('Too many failed authentications from this address');
    const header = request.headers.authorization;
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (header === undefined && cookie) {
      const resolved = await this.sessions.resolve(cookie);
      if (!resolved) {
        response.setHeader('Set-Cookie', clearedSessionCookie(this.config.publicUrl));
        throw refuse('登录已过期或已退出，请重新登录', { signIn: '/app/login' });
      }
      if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(cookie, request.headers['x-csrf-token'])) {
        throw new DomainError(
          'CSRF_REJECTED',
          '请求缺少有效的 X-CSRF-Token（页面从 GET /me 取得），未做任何更改；请刷新页面后重试',
          { header: 'X-CSRF-Token' },
        );
      }
      if (resolved.touched && resolved.session.remember) {
        response.setHeader(
          'Set-Cookie',
          sessionCookie(cookie, resolved.session, this.config.publicUrl, this.clock.now()),
        );
      }
      request.session = resolved.session;
      return resolved.caller;
    }
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) {
      throw refuse('Sign in at /app/login, or send an API token as "Authorization: Bearer <token>"', {
        signIn: '/app/login',
      });
    }
    const caller = await this.identity.resolve(match[1]);
    if (!caller) {
      throw refuse('The token is unknown, revoked or expired; ask a system admin for a new one');
    }
    return caller;
  }
}
