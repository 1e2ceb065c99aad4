import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/src';
import { AccountsService } from './accounts.service';
import { AuthEvents } from './auth-events';
import { InvitationMailer } from './invitation-mailer';
import { InvitationsService } from './invitations.service';
import { SingleSignOnService } from './single-sign-on.service';

/** How people get in: accounts, passwords, lockout, invitations and resets, single sign-on. */
@Module({
  imports: [IdentityModule],
  providers: [AccountsService, InvitationsService, SingleSignOnService, AuthEvents, InvitationMailer],
  exports: [AccountsService, InvitationsService, SingleSignOnService],
})
export class AccountsModule {}
