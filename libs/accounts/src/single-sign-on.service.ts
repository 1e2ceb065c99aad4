import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type BaseClient, generators, Issuer } from 'openid-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/src';
import { DomainError } from '../../domain/src';
import { AccountsService, loginKey, type RequestContext, type SignedIn } from './accounts.service';
import { AuthEvents } from './auth-events';
import { localReturnPath } from './return-path';

/** What the browser keeps between leaving for the provider and coming back: a short-lived HttpOnly cookie. */
export interface SsoAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
  remember: boolean;
}

export const SSO_COOKIE = 'hj_sso';
export const SSO_COOKIE_PATH = '/auth/oidc';
export const SSO_ATTEMPT_SECONDS = 600;

/** Refused single sign-on, with words for the person (an unknown login is never created on the fly). */
export class SsoRefused extends Error {
  constructor(readonly personMessage: string) {
    super(personMessage);
  }
}

/**
 * Single sign-on with an OpenID provider: authorization code flow with PKCE (S256), state and nonce, by
 * `openid-client`. The provider names the person by a claim (OIDC_LOGIN_CLAIM) that must equal the login of an
 * account an admin created by invitation; anybody else is refused with a message to ask the admin.
 */
@Injectable()
export class SingleSignOnService {
  private readonly logger = new Logger('SingleSignOnService');
  private client?: Promise<BaseClient>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly events: AuthEvents,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  /** The provider's authorization URL and the attempt to keep in the browser until it comes back. */
  async begin(next: unknown, remember: boolean): Promise<{ url: string; attempt: SsoAttempt }> {
    const client = await this.clientOf();
    const attempt: SsoAttempt = {
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
      next: localReturnPath(next),
      remember,
    };
    const url = client.authorizationUrl({
      scope: 'openid profile',
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: generators.codeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, attempt };
  }

  /** Exchanges the code (with the PKCE verifier), checks state and nonce, and signs the named person in. */
  async complete(request: IncomingMessage, attempt: SsoAttempt | undefined, ctx: RequestContext): Promise<SignedIn> {
    if (!attempt) throw new SsoRefused('登录请求已过期（超过 10 分钟或换了浏览器），请回到登录页重新点击单点登录');
    const client = await this.clientOf();
    const settings = this.config.oidc as OidcConfig;
    let login: unknown;
    try {
      const params = client.callbackParams(request);
      const tokens = await client.callback(this.redirectUri, params, {
        state: attempt.state,
        nonce: attempt.nonce,
        code_verifier: attempt.codeVerifier,
      });
      login = tokens.claims()[settings.loginClaim];
      if (login === undefined && tokens.access_token) login = (await client.userinfo(tokens))[settings.loginClaim];
    } catch (error) {
      this.logger.warn(`single sign-on callback refused: ${String(error)}`);
      throw new SsoRefused('单点登录未完成（认证服务拒绝或已取消），请回到登录页重试');
    }
    const key = typeof login === 'string' ? loginKey(login) : '';
    const [account]: { person_id: string }[] = key
      ? await this.db.query(
          `SELECT a.person_id FROM accounts a JOIN people p ON p.id = a.person_id AND p.active WHERE lower(a.login) = $1`,
          [key],
        )
      : [];
    if (!account) {
      await this.events.record('sso_refused', {
        actorPersonId: null,
        target: key || null,
        status: 403,
        requestId: ctx.requestId,
        details: { claim: settings.loginClaim },
      });
      throw new SsoRefused(
        `统一身份认证的账号（${key || '未提供登录名'}）尚未在互检系统开通；请联系管理员邀请你，登录名与统一身份认证一致即可`,
      );
    }
    return this.accounts.startSession(account.person_id, 'oidc', attempt.remember, ctx);
  }

  /** Discovery once, on first use; a provider that cannot be reached is a 503 now and retried next time. */
  private clientOf(): Promise<BaseClient> {
    const settings = this.config.oidc;
    if (!settings) throw new DomainError('NOT_FOUND', '未配置单点登录（OIDC_ISSUER）', {});
    this.client ??= Issuer.discover(settings.issuer).then(
      (issuer) =>
        new issuer.Client({
          client_id: settings.clientId,
          client_secret: settings.clientSecret,
          redirect_uris: [this.redirectUri],
          response_types: ['code'],
        }),
    );
    return this.client.catch((error: unknown) => {
      this.client = undefined;
      throw new DomainError('DEPENDENCY_UNAVAILABLE', `单点登录服务暂时无法访问：${String(error).slice(0, 200)}`, {});
    });
  }
}
