import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  AccountsService,
  InvitationsService,
  localReturnPath,
  type RequestContext,
  type SignedIn,
  SingleSignOnService,
  SSO_ATTEMPT_SECONDS,
  SSO_COOKIE,
  SSO_COOKIE_PATH,
  type SsoAttempt,
  SsoRefused,
} from '../../../../libs/accounts/src';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src';
import {
  Allow,
  type Caller,
  Clock,
  clearedSessionCookie,
  CurrentCaller,
  EVERY_PERSON,
  PERMISSIONS,
  type Permission,
  Public,
  readCookie,
  type RequestWithCaller,
  sessionCookie,
  setCookie,
} from '../../../../libs/identity/src';
import { InboxService } from '../../../../libs/notifications/src';
import { ErrorBodyDto } from '../http/error.dto';
import { uuidParam } from '../http/params';
import { messagePage } from '../pages/message-page';
import {
  ActivateDto,
  ActivationPreviewDto,
  ActivationTokenDto,
  ChangePasswordDto,
  EndedSessionsDto,
  InvitationDto,
  InviteDto,
  LoginDto,
  MeDto,
  SignedInDto,
  SignInMethodsDto,
} from './auth.dto';

type AuthRequest = Request & RequestWithCaller & { id?: string };

function contextOf(request: AuthRequest): RequestContext {
  return { requestId: String(request.id ?? ''), address: request.ip ?? 'unknown' };
}

/**
 * Signing in and out in a browser: login + password (or an activation link, or single sign-on) sets the session
 * cookie; the answer carries the session's CSRF token for the page's writes.
 */
@ApiTags('sign-in')
@Controller()
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
    private readonly sso: SingleSignOnService,
    private readonly inbox: InboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('auth/methods')
  @Public()
  @ApiOperation({ summary: 'How one may sign in here: password, and single sign-on when configured' })
  @ApiOkResponse({ type: SignInMethodsDto })
  methods(): SignInMethodsDto {
    return { password: true, sso: this.sso.enabled, ...(this.sso.enabled ? { ssoStart: '/auth/oidc/start' } : {}) };
  }

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with login and password: sets the session cookie (401 alike for every refusal)' })
  @ApiOkResponse({ type: SignedInDto })
  @ApiResponse({ status: 401, type: ErrorBodyDto, description: 'wrong password, unknown or locked login: one shape' })
  @ApiResponse({ status: 429, type: ErrorBodyDto, description: 'too many failures from this address' })
  async login(
    @Body() body: LoginDto,
    @Req() request: AuthRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInDto> {
    const signedIn = await this.accounts.signIn(
      { login: body.login, password: body.password, remember: body.remember ?? false },
      contextOf(request),
    );
    return this.answer(signedIn, response, body.next);
  }

  @Post('auth/logout')
  @Allow('account:self')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends this session at once and drops the cookie' })
  @ApiNoContentResponse({ description: 'signed out (no body)' })
  async logout(
    @CurrentCaller() caller: Caller,
    @Req() request: AuthRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.accounts.signOut(caller, request.session, contextOf(request));
    response.setHeader('Set-Cookie', clearedSessionCookie(this.config.publicUrl));
  }

  @Post('auth/activation/preview')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Whom an activation link is for (410 when expired, used or replaced)' })
  @ApiOkResponse({ type: ActivationPreviewDto })
  @ApiResponse({ status: 410, type: ErrorBodyDto, description: 'the link expired, was used or was replaced' })
  preview(@Body() body: ActivationTokenDto): Promise<ActivationPreviewDto> {
    return this.invitations.preview(body.token);
  }

  @Post('auth/activation')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set your password with an activation or reset link, and be signed in' })
  @ApiOkResponse({ type: SignedInDto })
  @ApiResponse({ status: 410, type: ErrorBodyDto, description: 'the link expired, was used or was replaced' })
  async activate(
    @Body() body: ActivateDto,
    @Req() request: AuthRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInDto> {
    const signedIn = await this.invitations.activate(
      { token: body.token, password: body.password, remember: body.remember ?? false },
      contextOf(request),
    );
    return this.answer(signedIn, response, undefined);
  }

  @Post('auth/password')
  @Allow('account:self')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your own password (the current one required); your other sessions end' })
  @ApiOkResponse({ type: EndedSessionsDto })
  changePassword(
    @CurrentCaller() caller: Caller,
    @Body() body: ChangePasswordDto,
    @Req() request: AuthRequest,
  ): Promise<EndedSessionsDto> {
    return this.accounts.changePassword(caller, request.session, body, contextOf(request));
  }

  @Get('me')
  @Allow('account:self')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'You: person, roles with units, permissions, unread count, the session and its CSRF token' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentCaller() caller: Caller, @Req() request: AuthRequest): Promise<MeDto> {
    const [{ person, roles }, { unreadCount }] = await Promise.all([
      this.accounts.profile(caller),
      this.inbox.list(caller, { limit: 0, offset: 0 }),
    ]);
    const held = new Set(caller.roles.map((r) => r.role));
    const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter(
      (p) => EVERY_PERSON.includes(p) || PERMISSIONS[p].some((role) => held.has(role)),
    );
    const session = request.session
      ? {
          kind: 'session' as const,
          expiresAt: request.session.expiresAt,
          remember: request.session.remember,
          csrfToken: request.session.csrfToken,
        }
      : { kind: 'token' as const };
    return { person, roles, permissions, unreadCount, session };
  }

  @Post('people/:id/invitation')
  @Allow('accounts:invite')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Invite a person to sign in, or reset their password: a one-time link (72 h), e-mailed when possible',
  })
  @ApiCreatedResponse({ type: InvitationDto })
  invite(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: InviteDto,
    @Req() request: AuthRequest,
  ): Promise<InvitationDto> {
    return this.invitations.invite(caller, id, body.login, contextOf(request));
  }

  @Delete('people/:id/sessions')
  @Allow('accounts:invite')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End every session of a person at once (a lost phone); their tokens are not touched' })
  @ApiOkResponse({ type: EndedSessionsDto })
  async endSessions(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: AuthRequest,
  ): Promise<EndedSessionsDto> {
    await this.invitations.mustMayInvite(caller, id);
    return this.accounts.endSessionsOf(caller, id, contextOf(request));
  }

  @Get('auth/oidc/start')
  @Public()
  @ApiExcludeEndpoint()
  async ssoStart(
    @Query('next') next: string | undefined,
    @Query('remember') remember: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { url, attempt } = await this.sso.begin(next, remember === '1' || remember === 'true');
    const value = Buffer.from(JSON.stringify(attempt), 'utf8').toString('base64url');
    response.setHeader(
      'Set-Cookie',
      setCookie(SSO_COOKIE, value, this.config.publicUrl, {
        maxAgeSeconds: SSO_ATTEMPT_SECONDS,
        path: SSO_COOKIE_PATH,
      }),
    );
    response.redirect(302, url);
  }

  @Get('auth/oidc/callback')
  @Public()
  @ApiExcludeEndpoint()
  async ssoCallback(@Req() request: AuthRequest, @Res() response: Response): Promise<void> {
    const attempt = parseAttempt(readCookie(request.headers.cookie, SSO_COOKIE));
    const cookies = [setCookie(SSO_COOKIE, '', this.config.publicUrl, { maxAgeSeconds: 0, path: SSO_COOKIE_PATH })];
    try {
      const signedIn = await this.sso.complete(request, attempt, contextOf(request));
      cookies.push(sessionCookie(signedIn.session.token, signedIn.session, this.config.publicUrl, this.clock.now()));
      response.setHeader('Set-Cookie', cookies);
      response.redirect(302, (attempt as SsoAttempt).next);
    } catch (error) {
      if (!(error instanceof SsoRefused)) throw error;
      response.setHeader('Set-Cookie', cookies);
      messagePage(response, 403, '无法登录', error.personMessage, { href: '/app/login', text: '返回登录页' });
    }
  }

  private answer(signedIn: SignedIn, response: Response, next: string | undefined): SignedInDto {
    const { session, person } = signedIn;
    response.setHeader('Set-Cookie', sessionCookie(session.token, session, this.config.publicUrl, this.clock.now()));
    return {
      person,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      remember: session.remember,
      redirectTo: localReturnPath(next),
    };
  }
}

function parseAttempt(value: string | undefined): SsoAttempt | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<SsoAttempt>;
    const strings = [parsed.state, parsed.nonce, parsed.codeVerifier, parsed.next];
    if (strings.some((s) => typeof s !== 'string')) return undefined;
    return { ...(parsed as SsoAttempt), next: localReturnPath(parsed.next), remember: parsed.remember === true };
  } catch {
    return undefined;
  }
}
