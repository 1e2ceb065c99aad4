import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { chineseDateTimeOf } from '../../domain/src';
import { createMailer, loadNotificationConfig, type RenderedMessage } from '../../notifications/src';

export interface InvitationMail {
  name: string;
  login: string;
  link: string;
  expiresAt: Date;
  reset: boolean;
}

/** The invitation's wording: what it is, the login, the link, how long it lasts. */
export function renderInvitation(mail: InvitationMail, timeZone: string): RenderedMessage {
  const until = chineseDateTimeOf(mail.expiresAt.getTime(), timeZone);
  const subject = mail.reset ? '互检系统：重置密码' : '互检系统：开通账号';
  const intro = mail.reset
    ? `${mail.name}，管理员为你重置了互检系统的密码，原有登录已全部退出。`
    : `${mail.name}，管理员为你开通了互检系统账号。`;
  const steps = `登录名：${mail.login}。请在 ${until} 前打开下面的链接设置密码（只能使用一次）：`;
  const esc = (v: string) =>
    v.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
  return {
    subject,
    text: [intro, steps, mail.link].join('\n\n'),
    html: `<p>${esc(intro)}</p><p>${esc(steps)}</p><p><a href="${esc(mail.link)}">设置密码</a></p>`,
    markdown: `${intro}\n\n${steps}\n\n[设置密码](${mail.link})`,
    tone: 'blue',
  };
}

/** Sends invitations by e-mail when SMTP_URL is set (the same server as the notifications). */
@Injectable()
export class InvitationMailer implements OnModuleDestroy {
  private readonly settings = loadNotificationConfig();
  private mailer?: ReturnType<typeof createMailer>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** False when e-mail is off. */
  async send(to: string, mail: InvitationMail): Promise<boolean> {
    if (!this.settings.smtpUrl) return false;
    this.mailer ??= createMailer({ smtpUrl: this.settings.smtpUrl, from: this.settings.mailFrom });
    await this.mailer.send(
      to,
      renderInvitation(mail, this.config.orgTimeZone),
      `<invitation-${randomUUID()}@huijian.local>`,
    );
    return true;
  }

  onModuleDestroy(): void {
    this.mailer?.close();
  }
}
