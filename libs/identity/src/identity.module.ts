import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AddressLimiter } from './address-limiter';
import { AuthGuard } from './auth.guard';
import { Clock } from './clock';
import { IdentityService } from './identity.service';
import { SessionsService } from './sessions.service';

/** Who is calling — bearer tokens and browser sessions: every endpoint is guarded unless marked @Public(). */
@Module({
  providers: [IdentityService, SessionsService, Clock, AddressLimiter, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [IdentityService, SessionsService, Clock, AddressLimiter],
})
export class IdentityModule {}
