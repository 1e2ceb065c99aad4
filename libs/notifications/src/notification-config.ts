import { ConfigError } from '../../config/src';
import { DEFAULT_DIGEST_THRESHOLD, DEFAULT_RETRY, ROBOT_CHANNELS, type RetrySettings } from './delivery-policy';
import { DEFAULT_ROBOT_HOSTS, type WebhookPolicy } from './webhook-policy';

/** Delivery settings from the environment; each variable is in docs/configuration.md. */
export interface NotificationConfig {
  /** SMTP server as a URL (smtp://user:pass@host:587, smtps://…); unset → e-mail is off, the inbox still works. */
  smtpUrl?: string;
  mailFrom: string;
  digestThreshold: number;
  retry: RetrySettings;
  /** How often the dispatcher looks at the outbox when nothing woke it (missed wake-ups, held messages). */
  sweepIntervalMs: number;
  /** Where robot webhooks may point (per-platform hosts; the test-only loopback override). */
  webhooks: WebhookPolicy;
}

export function loadNotificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL', 'must look like smtp://host:port or smtps://user:password@host:port');
  }
  return {
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || '互检 huijian <noreply@huijian.local>',
    digestThreshold: int(env, 'NOTIFY_DIGEST_THRESHOLD', DEFAULT_DIGEST_THRESHOLD, 1, 1000),
    retry: {
      initialIntervalMs: int(env, 'NOTIFY_RETRY_INITIAL_MS', DEFAULT_RETRY.initialIntervalMs, 10, 86_400_000),
      maximumIntervalMs: DEFAULT_RETRY.maximumIntervalMs,
      maximumAttempts: int(env, 'NOTIFY_MAX_ATTEMPTS', DEFAULT_RETRY.maximumAttempts, 1, 100),
    },
    sweepIntervalMs: int(env, 'NOTIFY_SWEEP_INTERVAL_MS', 60_000, 1000, 86_400_000),
    webhooks: webhookPolicy(env),
  };
}

/** `ROBOT_HOSTS_WECOM` etc.: comma lists of host names (`*.example.cn` for subdomains) for private deployments. */
function webhookPolicy(env: NodeJS.ProcessEnv): WebhookPolicy {
  const hosts = { ...DEFAULT_ROBOT_HOSTS };
  for (const channel of ROBOT_CHANNELS) {
    const name = `ROBOT_HOSTS_${channel.toUpperCase()}`;
    const raw = env[name]?.trim();
    if (!raw) continue;
    const list = raw.split(',').map((h) => h.trim().toLowerCase());
    if (list.some((h) => !/^(\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/.test(h))) {
      throw new ConfigError(name, `must be a comma list of host names (or *.domain), got "${raw}"`);
    }
    hosts[channel] = list;
  }
  const allowLoopbackForTests = env.ROBOT_WEBHOOK_TEST_LOOPBACK === 'true';
  if (allowLoopbackForTests && env.NODE_ENV === 'production') {
    throw new ConfigError('ROBOT_WEBHOOK_TEST_LOOPBACK', 'is for tests only and refused when NODE_ENV=production');
  }
  return { hosts, allowLoopbackForTests };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}
