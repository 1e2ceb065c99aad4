import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../../domain/src';
import type { Role } from '../../persistence/src';
import type { Caller } from './caller';
import { IdentityService } from './identity.service';

const PUBLIC = 'huijian:public';
const ROLES = 'huijian:roles';

/** Marks an endpoint that needs no token (health, docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC, true);

/** The endpoint needs one of these roles somewhere; unit scope is then checked by the service that owns the data. */
export const RequireRoles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

export interface RequestWithCaller {
  headers: Record<string, string | string[] | undefined>;
  caller?: Caller;
}

/** Global guard: resolves the bearer token to a Caller once per request (401 otherwise) and checks @RequireRoles (403). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithCaller>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new DomainError('UNAUTHENTICATED', 'Send an API token as "Authorization: Bearer <token>"');
    const caller = await this.identity.resolve(match[1]);
    if (!caller)
      throw new DomainError(
        'UNAUTHENTICATED',
        'The token is unknown, revoked or expired; ask a system admin for a new one',
      );
    request.caller = caller;

    const needed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (needed && !caller.roles.some((r) => needed.includes(r.role))) {
      throw new DomainError('FORBIDDEN', `This action needs one of the roles: ${needed.join(', ')}`, {
        requiredRoles: needed,
      });
    }
    return true;
  }
}
