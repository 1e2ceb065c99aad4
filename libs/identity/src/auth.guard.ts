import { applyDecorators, CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { DomainError } from '../../domain/src';
import type { Caller } from './caller';
import { IdentityService } from './identity.service';
import { type Permission, PERMISSION_KEY, rolesFor } from './permissions';
import { RateLimiter } from './rate-limiter';

const PUBLIC = 'huijian:public';

/** Marks an endpoint that needs no token (health, docs, pages). */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(PUBLIC, true), ApiExtension('x-public', true));

export interface RequestWithCaller {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  ip?: string;
  caller?: Caller;
}

function tooMany(message: string): DomainError {
  return new DomainError('RATE_LIMITED', message, {});
}

/** Global guard: resolves the bearer token to a Caller once per request (401 otherwise) and enforces the matrix (403). */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Guessing tokens: failed authentications per client address. */
  private readonly failures: RateLimiter;
  /** Runaway clients: writes per person. */
  private readonly writes: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.failures = new RateLimiter(config.rateLimits.authFailuresPerMinute);
    this.writes = new RateLimiter(config.rateLimits.writesPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithCaller>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const caller = match ? await this.identity.resolve(match[1]) : undefined;
    if (!caller) {
      // Failures count per client address (no person is known), and only failures are ever refused for it: a valid
      // token works from an address others are guessing from (behind one proxy, everybody's address).
      if (!this.failures.allow(request.ip ?? 'unknown')) {
        throw tooMany('Too many failed authentications from this address');
      }
      throw new DomainError(
        'UNAUTHENTICATED',
        match
          ? 'The token is unknown, revoked or expired; ask a system admin for a new one'
          : 'Send an API token as "Authorization: Bearer <token>"',
      );
    }
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
    if (!caller.roles.some((r) => needed.includes(r.role))) {
      throw new DomainError('FORBIDDEN', `${permission} needs one of the roles: ${needed.join(', ')}`, {
        permission,
        requiredRoles: needed,
      });
    }
    return true;
  }
}
