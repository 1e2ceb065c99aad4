import { createTransport, type Transporter } from 'nodemailer';
import { dingtalkSignature, feishuSignature, type RobotChannel } from './delivery-policy';
import { postRobotJson, WebhookRefused } from './robot-transport';
import type { RenderedMessage } from './templates';
import type { WebhookPolicy } from './webhook-policy';

/** One HTTP request to a group robot, exactly as the platform documents it. */
export interface RobotRequest {
  channel: RobotChannel;
  url: string;
  body: Record<string, unknown>;
}

/**
 * The request for each platform's custom group robot:
 * - WeCom 企业微信: `{"msgtype":"markdown","markdown":{"content":…}}`;
 * - DingTalk 钉钉: `{"msgtype":"markdown","markdown":{"title":…,"text":…}}`, signed (加签) with `&timestamp=&sign=`
 *   query parameters (milliseconds) when the robot has a secret;
 * - Feishu 飞书: an interactive card `{"msg_type":"interactive","card":{…}}`, signed with `timestamp` (seconds) and
 *   `sign` fields in the body when the robot has a secret.
 */
export function robotRequest(
  channel: RobotChannel,
  webhookUrl: string,
  secret: string | null,
  message: RenderedMessage,
  link: string,
  now: number,
): RobotRequest {
  switch (channel) {
    case 'wecom':
      return { channel, url: webhookUrl, body: { msgtype: 'markdown', markdown: { content: message.markdown } } };
    case 'dingtalk': {
      const url = new URL(webhookUrl);
      if (secret) {
        url.searchParams.set('timestamp', String(now));
        url.searchParams.set('sign', dingtalkSignature(secret, now));
      }
      return {
        channel,
        url: url.toString(),
        body: { msgtype: 'markdown', markdown: { title: message.subject, text: message.markdown } },
      };
    }
    case 'feishu': {
      const card = {
        config: { wide_screen_mode: true },
        header: { template: message.tone, title: { tag: 'plain_text', content: message.subject } },
        elements: [
          { tag: 'markdown', content: message.markdown.replace(/^### .*\n\n/, '') },
          {
            tag: 'action',
            actions: [{ tag: 'button', type: 'primary', text: { tag: 'plain_text', content: '查看' }, url: link }],
          },
        ],
      };
      const timestamp = Math.floor(now / 1000);
      const signed = secret ? { timestamp: String(timestamp), sign: feishuSignature(secret, timestamp) } : {};
      return { channel, url: webhookUrl, body: { ...signed, msg_type: 'interactive', card } };
    }
  }
}

/** A send that failed; `retryable` false means retrying cannot help (the attempt still counts). */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/**
 * Posts to a robot under the webhook policy (allowed hosts, no private addresses, no redirects, a short timeout);
 * success is HTTP 2xx and, when the platform answers JSON, `errcode` (WeCom, DingTalk) or `code` (Feishu) equal to 0.
 * The error names the status and the platform's message, never the URL (it holds the key).
 */
export async function postToRobot(request: RobotRequest, policy: WebhookPolicy, signal?: AbortSignal): Promise<void> {
  const response = await postRobotJson(request.channel, request.url, request.body, policy, signal).catch(
    (error: unknown) => {
      if (error instanceof WebhookRefused)
        throw new DeliveryFailure(`robot refused by policy: ${error.message}`, false);
      const name = error instanceof Error ? error.name : 'Error';
      throw new DeliveryFailure(`robot unreachable (${name})`, true);
    },
  );
  if (response.status >= 300 && response.status < 400)
    throw new DeliveryFailure(`robot answered a redirect (HTTP ${response.status}); redirects are not followed`, false);
  const ok = response.status >= 200 && response.status < 300;
  const text = response.text;
  if (!ok)
    throw new DeliveryFailure(
      `robot answered HTTP ${response.status}`,
      response.status >= 500 || response.status === 429,
    );
  let answer: { errcode?: number; errmsg?: string; code?: number; msg?: string } = {};
  try {
    answer = JSON.parse(text);
  } catch {
    return;
  }
  const code = answer.errcode ?? answer.code ?? 0;
  if (code !== 0)
    throw new DeliveryFailure(
      `robot refused: ${code} ${String(answer.errmsg ?? answer.msg ?? '').slice(0, 200)}`,
      true,
    );
}

export interface MailSettings {
  smtpUrl: string;
  from: string;
}

/** One e-mail per recipient: HTML + plain text, UTF-8 subject (Chinese), Message-ID derived from the delivery. */
export function createMailer(settings: MailSettings): {
  send(to: string, message: RenderedMessage, messageId: string): Promise<void>;
  close(): void;
} {
  const transport: Transporter = createTransport(settings.smtpUrl);
  return {
    async send(to, message, messageId) {
      try {
        await transport.sendMail({
          from: settings.from,
          to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId,
        });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx SMTP replies are permanent for this message; anything else (connection, 4xx) may pass later.
        throw new DeliveryFailure(
          `SMTP ${code ?? (error as { code?: string }).code ?? 'error'}: ${String((error as Error).message).slice(0, 200)}`,
          !(code && code >= 500),
        );
      }
    },
    close: () => transport.close(),
  };
}
