import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Injection token of the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Typed, validated configuration from the environment. Every variable here is in docs/configuration.md. */
export interface AppConfig {
  /** HTTP port of the API. */
  port: number;
  /** Address the API listens on. */
  host: string;
  /** Public base URL used in printed links and notification messages. */
  publicUrl: string;
  /** Postgres connection string; undefined → the launcher starts an embedded Postgres. */
  databaseUrl?: string;
  /** Temporal frontend host:port; undefined → the launcher starts a Temporal dev server. */
  temporalAddress?: string;
  temporalNamespace: string;
  temporalTaskQueue: string;
  /** The organisation's time zone: local times in messages, the UI and reminders (09:00 local). */
  orgTimeZone: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seed the demo organisation on an empty database. */
  seedDemo: boolean;
  /**
   * The deployment's secret (HUIJIAN_SECRET_KEY): signs the opaque list cursors (HMAC) and encrypts robot secrets at
   * rest. Required when NODE_ENV=production; otherwise a key generated into the data folder (npm start, tests).
   */
  secretKey: Buffer;
  /** Longest a statement of the apps' database pools may run (Postgres `statement_timeout`). */
  statementTimeoutMs: number;
  /**
   * Tests only (PROGRAMME_CADENCE_TEST_SUBDAILY, refused in production): lets a programme's cron start cycles more often
   * than daily, so a suite can watch its Schedule fire within seconds.
   */
  subDailyCadenceForTests: boolean;
  /** Exports (.xlsx) one API instance streams at once; one more is a 429. */
  maxConcurrentExports: number;
  /** Workflows one worker keeps in memory between their tasks (its sticky cache); unset: the SDK's, from the heap. */
  workerMaxCachedWorkflows?: number;
  /** The day of the year (before 七一, 08:00 local) the Schedule starts every region's rating of the year before. */
  starRatingStartsOn: { month: number; day: number };
  /** mTLS to the Temporal frontend (files read at connect time); undefined → plaintext, as the dev server speaks. */
  temporalTls?: { caFile?: string; certFile?: string; keyFile?: string; serverName?: string };
  /**
   * Express `trust proxy`: which hops' X-Forwarded-For to believe for the client address (rate limits, logs).
   * false → the socket's peer; a number → that many proxies in front; a list → those addresses/subnets.
   */
  trustProxy: false | number | string[];
  /** Per API instance: failed authentications per client address, writes per person, each per minute. */
  rateLimits: { authFailuresPerMinute: number; writesPerMinute: number };
  /** Browser sessions: idle timeout, and the longer one of a session on a remembered device (记住此设备). */
  sessions: { idleHours: number; rememberDays: number };
  /** Single sign-on (OIDC authorization code + PKCE); undefined when OIDC_ISSUER is not set. */
  oidc?: OidcConfig;
  /** Evidence files (佐证材料): where they are kept and how large they may be. */
  files: FilesConfig;
}

export interface FilesConfig {
  /** Local folder: the blobs when no S3 is configured, and uploads in flight (always). */
  dir: string;
  maxFileBytes: number;
  maxFilesPerRequest: number;
  /** A file nobody references this long after its upload is deleted by the orphan sweep. */
  orphanAfterMs: number;
  /** Set when S3_ENDPOINT and S3_BUCKET are: the blobs live in that bucket instead of the local folder. */
  s3?: S3Config;
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim of the ID token (or userinfo) that holds the person's login. */
  loginClaim: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

/** Every environment variable the apps read, with its default: docs/configuration.md and docker-compose are checked against it. */
export const CONFIG_VARIABLES = {
  PORT: { default: '3000', meaning: 'HTTP port of the API' },
  HOST: { default: '0.0.0.0', meaning: 'address the API listens on (127.0.0.1: this machine only)' },
  PUBLIC_URL: { default: 'http://127.0.0.1:$PORT', meaning: 'base URL printed and used in links' },
  DATABASE_URL: { default: '(embedded Postgres)', meaning: 'Postgres connection string' },
  TEMPORAL_ADDRESS: { default: '(embedded Temporal dev server)', meaning: 'Temporal frontend host:port' },
  TEMPORAL_NAMESPACE: { default: 'default', meaning: 'Temporal namespace' },
  TEMPORAL_TASK_QUEUE: { default: 'huijian', meaning: 'task queue of the worker' },
  ORG_TIME_ZONE: { default: 'Asia/Shanghai', meaning: "the organisation's time zone" },
  LOG_LEVEL: { default: 'info', meaning: 'fatal, error, warn, info, debug, trace or silent' },
  SEED_DEMO: { default: 'true', meaning: 'seed the demo organisation on an empty database (launcher)' },
  WORKFLOW_BUNDLE_PATH: { default: '(bundle on start)', meaning: 'prebuilt workflow bundle for the worker' },
  HUIJIAN_DATA_DIR: { default: '.data', meaning: 'data folder of the embedded runtime (launcher)' },
  EMBEDDED_POSTGRES_PORT: { default: '54329', meaning: 'port of the embedded Postgres (launcher)' },
  EMBEDDED_TEMPORAL_PORT: { default: '7233', meaning: 'port of the embedded Temporal dev server (launcher)' },
  EMBEDDED_TEMPORAL_UI_PORT: { default: '8233', meaning: 'port of the embedded Temporal UI (launcher)' },
  TEMPORAL_CLI_PATH: { default: '(found or installed)', meaning: 'a Temporal CLI to run the dev server with' },
  HUIJIAN_SECRET_KEY: {
    default: '(generated into $HUIJIAN_DATA_DIR/secret-key; required in production)',
    meaning: 'secret of at least 32 characters: signs list cursors, encrypts robot secrets at rest',
  },
  DATABASE_STATEMENT_TIMEOUT_MS: { default: '30000', meaning: 'longest statement of the API and worker pools' },
  EXPORTS_MAX_CONCURRENT: { default: '4', meaning: 'xlsx exports one API instance streams at once (429 beyond)' },
  WORKER_MAX_CACHED_WORKFLOWS: {
    default: "(the SDK's, from the heap limit: about 360)",
    meaning: 'workflows one worker keeps in memory between tasks; a task for any other replays its history',
  },
  STAR_RATING_STARTS_ON: { default: '06-01', meaning: 'MM-DD before 七一 the yearly Schedule starts every rating' },
  TEMPORAL_TLS_CA_FILE: {
    default: '(no TLS)',
    meaning: "CA certificate (PEM) of the Temporal frontend's server certificate",
  },
  TEMPORAL_TLS_CERT_FILE: {
    default: '(no client certificate)',
    meaning: 'client certificate (PEM) for mTLS to Temporal',
  },
  TEMPORAL_TLS_KEY_FILE: { default: '(no client certificate)', meaning: 'key (PEM) of that client certificate' },
  TEMPORAL_TLS_SERVER_NAME: {
    default: '(the address host)',
    meaning: "name expected in Temporal's server certificate",
  },
  PROGRAMME_CADENCE_TEST_SUBDAILY: {
    default: 'false',
    meaning: 'tests only: allow a programme cron faster than daily (refused in production)',
  },
  TRUST_PROXY: { default: 'false', meaning: 'proxies in front of the API: false, a hop count, or addresses/subnets' },
  SMTP_URL: { default: '(e-mail off)', meaning: 'SMTP server for e-mail notifications, smtp(s)://user:pass@host:port' },
  MAIL_FROM: { default: '互检 huijian <noreply@huijian.local>', meaning: 'sender of notification e-mails' },
  NOTIFY_DIGEST_THRESHOLD: { default: '3', meaning: 'more reminders than this in one delivery window → one digest' },
  NOTIFY_RETRY_INITIAL_MS: { default: '30000', meaning: 'first retry delay of a failed delivery (doubles each time)' },
  NOTIFY_MAX_ATTEMPTS: { default: '8', meaning: 'attempts per delivery before it goes to the dead-letter list' },
  ROBOT_HOSTS_WECOM: { default: 'qyapi.weixin.qq.com', meaning: 'hosts a WeCom robot webhook may use (comma list)' },
  ROBOT_HOSTS_DINGTALK: {
    default: 'oapi.dingtalk.com',
    meaning: 'hosts a DingTalk robot webhook may use (comma list)',
  },
  ROBOT_HOSTS_FEISHU: { default: 'open.feishu.cn', meaning: 'hosts a Feishu robot webhook may use (comma list)' },
  ROBOT_WEBHOOK_TEST_LOOPBACK: { default: 'false', meaning: 'tests only: also allow http loopback receivers' },
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: { default: '30', meaning: 'failed authentications per client address (429)' },
  RATE_LIMIT_WRITES_PER_MINUTE: { default: '600', meaning: 'writes per person per API instance (429)' },
  SESSION_IDLE_HOURS: { default: '12', meaning: 'a browser session ends after this many hours without a request' },
  SESSION_REMEMBER_DAYS: { default: '30', meaning: 'idle timeout of a session with 记住此设备, in days' },
  OIDC_ISSUER: { default: '(single sign-on off)', meaning: 'OpenID provider issuer URL for single sign-on' },
  OIDC_CLIENT_ID: { default: '(none)', meaning: 'client id registered at the OpenID provider' },
  OIDC_CLIENT_SECRET: { default: '(none)', meaning: 'client secret registered at the OpenID provider' },
  OIDC_LOGIN_CLAIM: { default: 'preferred_username', meaning: "the claim that holds the person's login" },
  FILES_DIR: { default: '$HUIJIAN_DATA_DIR/files', meaning: 'folder of uploaded files (and of uploads in flight)' },
  FILES_MAX_BYTES: { default: '20971520', meaning: 'largest file accepted, in bytes (413 above)' },
  FILES_MAX_PER_REQUEST: { default: '10', meaning: 'most files in one upload request (413 above)' },
  FILES_ORPHAN_HOURS: { default: '24', meaning: 'an upload nobody references is deleted after this many hours' },
  S3_ENDPOINT: { default: '(local disk)', meaning: 'S3-compatible endpoint URL; with S3_BUCKET, files go there' },
  S3_BUCKET: { default: '(local disk)', meaning: 'bucket of the files (created on first use if missing)' },
  S3_REGION: { default: 'us-east-1', meaning: 'region sent to the S3 endpoint' },
  S3_ACCESS_KEY_ID: { default: '(none)', meaning: 'S3 access key' },
  S3_SECRET_ACCESS_KEY: { default: '(none)', meaning: 'S3 secret key' },
  S3_FORCE_PATH_STYLE: { default: 'true', meaning: 'path-style bucket URLs (most S3-compatible servers need them)' },
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the configuration; throws ConfigError naming the variable and what is wrong. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const orgTimeZone = env.ORG_TIME_ZONE ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: orgTimeZone });
  } catch {
    throw new ConfigError('ORG_TIME_ZONE', `is not an IANA time zone: "${orgTimeZone}"`);
  }
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  }
  const temporalAddress = nonEmpty(env.TEMPORAL_ADDRESS);
  if (temporalAddress && !/^[\w.-]+:\d+$/.test(temporalAddress)) {
    throw new ConfigError('TEMPORAL_ADDRESS', `must be host:port, got "${temporalAddress}"`);
  }
  const tls = {
    caFile: nonEmpty(env.TEMPORAL_TLS_CA_FILE),
    certFile: nonEmpty(env.TEMPORAL_TLS_CERT_FILE),
    keyFile: nonEmpty(env.TEMPORAL_TLS_KEY_FILE),
    serverName: nonEmpty(env.TEMPORAL_TLS_SERVER_NAME),
  };
  if (!tls.certFile !== !tls.keyFile) {
    throw new ConfigError(tls.certFile ? 'TEMPORAL_TLS_KEY_FILE' : 'TEMPORAL_TLS_CERT_FILE', 'must be set together');
  }
  return {
    port,
    files: filesConfig(env),
    host: nonEmpty(env.HOST) ?? '0.0.0.0',
    publicUrl: (nonEmpty(env.PUBLIC_URL) ?? `http://127.0.0.1:${port}`).replace(/\/$/, ''),
    databaseUrl,
    temporalAddress,
    temporalNamespace: nonEmpty(env.TEMPORAL_NAMESPACE) ?? 'default',
    temporalTaskQueue: nonEmpty(env.TEMPORAL_TASK_QUEUE) ?? 'huijian',
    orgTimeZone,
    logLevel: logLevel as AppConfig['logLevel'],
    seedDemo: (env.SEED_DEMO ?? 'true') !== 'false',
    temporalTls: Object.values(tls).some((v) => v !== undefined) ? tls : undefined,
    trustProxy: trustProxy(nonEmpty(env.TRUST_PROXY)),
    secretKey: loadSecretKey(env),
    statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
    maxConcurrentExports: integer(env, 'EXPORTS_MAX_CONCURRENT', 4, 1, 100),
    workerMaxCachedWorkflows: nonEmpty(env.WORKER_MAX_CACHED_WORKFLOWS)
      ? integer(env, 'WORKER_MAX_CACHED_WORKFLOWS', 0, 0, 100_000)
      : undefined,
    starRatingStartsOn: monthDayBeforeJuly(env, 'STAR_RATING_STARTS_ON', '06-01'),
    subDailyCadenceForTests: testOnlySwitch(env, 'PROGRAMME_CADENCE_TEST_SUBDAILY'),
    rateLimits: {
      authFailuresPerMinute: integer(env, 'RATE_LIMIT_AUTH_FAILURES_PER_MINUTE', 30, 1, 1_000_000),
      writesPerMinute: integer(env, 'RATE_LIMIT_WRITES_PER_MINUTE', 600, 1, 10_000_000),
    },
    sessions: {
      idleHours: integer(env, 'SESSION_IDLE_HOURS', 12, 1, 24 * 30),
      rememberDays: integer(env, 'SESSION_REMEMBER_DAYS', 30, 1, 365),
    },
    oidc: oidcConfig(env),
  };
}

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = nonEmpty(env.OIDC_ISSUER);
  if (!issuer) return undefined;
  if (!/^https?:\/\/[^/\s]+/.test(issuer))
    throw new ConfigError('OIDC_ISSUER', `must be an http(s) URL, got "${issuer}"`);
  const clientId = nonEmpty(env.OIDC_CLIENT_ID);
  const clientSecret = nonEmpty(env.OIDC_CLIENT_SECRET);
  if (!clientId) throw new ConfigError('OIDC_CLIENT_ID', 'must be set when OIDC_ISSUER is');
  if (!clientSecret) throw new ConfigError('OIDC_CLIENT_SECRET', 'must be set when OIDC_ISSUER is');
  return { issuer, clientId, clientSecret, loginClaim: nonEmpty(env.OIDC_LOGIN_CLAIM) ?? 'preferred_username' };
}

/**
 * HUIJIAN_SECRET_KEY, required in production. Without it elsewhere (`npm start`, tests) a random key is made once
 * in the data folder (`$HUIJIAN_DATA_DIR/secret-key`) and shared by every process using that folder: a key written
 * in the code would be the same on every machine, and so no secret.
 */
export function loadSecretKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const raw = nonEmpty(env.HUIJIAN_SECRET_KEY);
  if (!raw) {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError('HUIJIAN_SECRET_KEY', 'must be set in production (e.g. openssl rand -base64 48)');
    }
    return Buffer.from(developmentKey(join(nonEmpty(env.HUIJIAN_DATA_DIR) ?? '.data', 'secret-key')), 'utf8');
  }
  if (raw.length < 32) throw new ConfigError('HUIJIAN_SECRET_KEY', 'must be at least 32 characters long');
  return Buffer.from(raw, 'utf8');
}

/** The key in `file`, made on first use. Several processes may start at once: the first link wins, all read it. */
function developmentKey(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, randomBytes(48).toString('base64'), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return readFileSync(file, 'utf8').trim();
}

const PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

/** `true` is refused: believing every X-Forwarded-For lets any client pick the address it is limited by. */
function trustProxy(raw: string | undefined): AppConfig['trustProxy'] {
  if (raw === undefined || raw === 'false') return false;
  if (/^\d+$/.test(raw) && Number(raw) <= 10) return Number(raw);
  const list = raw.split(',').map((x) => x.trim());
  if (list.every((x) => PROXY_ENTRY.test(x))) return list;
  throw new ConfigError(
    'TRUST_PROXY',
    `must be false, a number of proxies (0–10) or a comma list of addresses/subnets (loopback, 10.0.0.0/8), got "${raw}"`,
  );
}

function filesConfig(env: NodeJS.ProcessEnv): FilesConfig {
  const endpoint = nonEmpty(env.S3_ENDPOINT);
  const bucket = nonEmpty(env.S3_BUCKET);
  if (Boolean(endpoint) !== Boolean(bucket)) {
    throw new ConfigError(endpoint ? 'S3_BUCKET' : 'S3_ENDPOINT', 'must be set too when the other S3 variable is');
  }
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new ConfigError('S3_ENDPOINT', `must be an http(s) URL, got "${endpoint}"`);
  }
  const accessKeyId = nonEmpty(env.S3_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.S3_SECRET_ACCESS_KEY);
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError(accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', 'must be set together');
  }
  return {
    dir: nonEmpty(env.FILES_DIR) ?? join(nonEmpty(env.HUIJIAN_DATA_DIR) ?? '.data', 'files'),
    maxFileBytes: integer(env, 'FILES_MAX_BYTES', 20 * 1024 * 1024, 1, 2 ** 40),
    maxFilesPerRequest: integer(env, 'FILES_MAX_PER_REQUEST', 10, 1, 1000),
    orphanAfterMs: integer(env, 'FILES_ORPHAN_HOURS', 24, 1, 24 * 365) * 3_600_000,
    s3:
      endpoint && bucket
        ? {
            endpoint,
            bucket,
            region: nonEmpty(env.S3_REGION) ?? 'us-east-1',
            accessKeyId,
            secretAccessKey,
            forcePathStyle: (env.S3_FORCE_PATH_STYLE ?? 'true') !== 'false',
          }
        : undefined,
  };
}

/** A switch that only tests may turn on: `true`, and never with NODE_ENV=production. */
function testOnlySwitch(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = nonEmpty(env[name]) ?? 'false';
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(name, `must be true or false, got "${raw}"`);
  if (raw === 'true' && env.NODE_ENV === 'production') {
    throw new ConfigError(name, 'is for tests only and refused when NODE_ENV=production');
  }
  return raw === 'true';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** A day `MM-DD` from 01-01 to 06-30: the rating must be final by 七一, so it starts before it. */
function monthDayBeforeJuly(env: NodeJS.ProcessEnv, name: string, fallback: string): { month: number; day: number } {
  const raw = nonEmpty(env[name]) ?? fallback;
  const match = /^(\d{2})-(\d{2})$/.exec(raw);
  const [month, day] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  const days = [31, 29, 31, 30, 31, 30];
  if (month < 1 || month > 6 || day < 1 || day > days[month - 1] || (month === 2 && day === 29)) {
    throw new ConfigError(name, `must be a day MM-DD from 01-01 to 06-30 (before 七一), got "${raw}"`);
  }
  return { month, day };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}
