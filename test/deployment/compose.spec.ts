import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { WORKER_NODE_FLAGS } from '../../apps/worker/src/node-flags';
import { CONFIG_VARIABLES, loadAppConfig } from '../../libs/config/src';

interface ComposeService {
  image?: string;
  profiles?: string[];
  networks?: string[];
  expose?: string[];
  volumes?: string[];
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
}

const root = join(__dirname, '..', '..');
const composeFile = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const compose = parse(composeFile) as {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean } | null>;
};
const services = compose.services;
const mtls = (parse(readFileSync(join(root, 'docker-compose.mtls.yml'), 'utf8')) as typeof compose).services;
/** What the operator must set (`${VAR:?message}`): a stand-in value here, as in their .env file. */
const REQUIRED: Record<string, string> = {
  POSTGRES_PASSWORD: 'a-long-random-password',
  S3_SECRET_ACCESS_KEY: 'another-long-random-secret',
  HUIJIAN_SECRET_KEY: 'a-secret-of-at-least-thirty-two-characters',
};
/**
 * Compose's interpolation as `docker compose config` does it: `${VAR:-default}` becomes its default, `${VAR:?message}`
 * the operator's value (and compose refuses to start without it).
 */
const resolved = (value: string): string =>
  value.replace(/\$\{\w+:-([^}]*)\}/g, '$1').replace(/\$\{(\w+):\?[^}]*\}/g, (_, name: string) => REQUIRED[name]);
/** The services `docker compose up` starts (those in a profile need `--profile`). */
const byDefault = Object.keys(services).filter((name) => !services[name].profiles?.length);
const env = (name: string): Record<string, string> =>
  Object.fromEntries(Object.entries(services[name].environment ?? {}).map(([k, v]) => [k, resolved(String(v))]));

describe('docker-compose.yml', () => {
  it('has every service the system needs', () => {
    expect(Object.keys(services).sort()).toEqual([
      'api',
      'migrate',
      'postgres',
      's3',
      'temporal',
      'temporal-ui',
      'worker',
    ]);
    expect(byDefault.sort()).toEqual(['api', 'migrate', 'postgres', 's3', 'temporal', 'worker']);
    for (const app of ['api', 'worker', 'migrate']) expect(services[app].build).toBe('.');
  });

  it('runs the compiled entry points that the build produces', () => {
    const built = (cmd: string[] | undefined): string => (cmd ?? []).join(' ');
    expect(built(services.api.command)).toBe('node dist/apps/api/src/main.js');
    expect(built(services.worker.command)).toBe(`node ${WORKER_NODE_FLAGS.join(' ')} dist/apps/worker/src/main.js`);
    expect(built(services.migrate.command)).toBe('node dist/libs/persistence/src/migrate.js');
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('tsc -p tsconfig.build.json');
    // The battle map and board pages are served from the static folder beside the compiled pages controller.
    expect(dockerfile).toContain('cp -r apps/api/src/pages/static dist/apps/api/src/pages/static');
    expect(dockerfile).toContain(`bundle-workflows.js ${env('worker').WORKFLOW_BUNDLE_PATH.replace('/app/', '')}`);
  });

  it('configures the apps only with variables the app reads, and valid values', () => {
    for (const app of ['api', 'worker', 'migrate']) {
      for (const key of Object.keys(env(app))) expect(Object.keys(CONFIG_VARIABLES)).toContain(key);
      expect(() => loadAppConfig(env(app))).not.toThrow();
    }
  });

  it('is closed by default: only the API publishes a port; Postgres and Temporal are on an internal network', () => {
    const api = loadAppConfig(env('api'));
    const published = byDefault.filter((name) => services[name].ports?.length);
    expect(published).toEqual(['api']);
    expect(services.api.ports).toEqual([`${api.port}:${api.port}`]);
    expect(compose.networks.backend).toEqual({ internal: true });
    for (const name of ['postgres', 'temporal', 'migrate']) expect(services[name].networks).toEqual(['backend']);
    // The Temporal UI has no sign-in: only with --profile ops, and only on the host's loopback.
    expect(services['temporal-ui'].profiles).toEqual(['ops']);
    expect(services['temporal-ui'].ports?.every((p) => p.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('needs the same HUIJIAN_SECRET_KEY for the API, the worker and the migrations (they seal robot secrets), without a default', () => {
    for (const app of ['api', 'worker', 'migrate']) {
      expect(services[app].environment?.HUIJIAN_SECRET_KEY).toMatch(/^\$\{HUIJIAN_SECRET_KEY:\?.+\}$/);
      expect(() => loadAppConfig({ ...env(app), NODE_ENV: 'production', HUIJIAN_SECRET_KEY: '' })).toThrow(
        /HUIJIAN_SECRET_KEY/,
      );
    }
  });

  it('has no default database password: compose refuses to start without POSTGRES_PASSWORD', () => {
    expect(composeFile).not.toMatch(/POSTGRES_PASSWORD:-/);
    expect(services.postgres.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
    for (const app of ['api', 'worker', 'migrate'])
      expect(services[app].environment?.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?');
    expect(services.temporal.environment?.POSTGRES_PWD).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
  });

  it('wires addresses consistently: Temporal and Postgres addresses point at their services', () => {
    const temporalPort = (services.temporal.expose ?? [])[0];
    for (const app of ['api', 'worker']) {
      expect(env(app).TEMPORAL_ADDRESS).toBe(`temporal:${temporalPort}`);
      expect(env(app).TEMPORAL_TASK_QUEUE).toBe(env('api').TEMPORAL_TASK_QUEUE);
      expect(env(app).TEMPORAL_NAMESPACE).toBe(env('api').TEMPORAL_NAMESPACE);
      expect(services[app].networks).toContain('backend');
    }
    expect(env('temporal-ui').TEMPORAL_ADDRESS).toBe(`temporal:${temporalPort}`);

    const pg = env('postgres');
    const pgPort = '5432';
    for (const app of ['api', 'worker', 'migrate']) {
      const url = new URL(env(app).DATABASE_URL);
      expect([url.hostname, url.port, url.username, url.password, url.pathname]).toEqual([
        'postgres',
        pgPort,
        pg.POSTGRES_USER,
        pg.POSTGRES_PASSWORD,
        `/${pg.POSTGRES_DB}`,
      ]);
    }
    const temporal = env('temporal');
    expect([temporal.POSTGRES_SEEDS, temporal.DB_PORT, temporal.POSTGRES_USER, temporal.POSTGRES_PWD]).toEqual([
      'postgres',
      pgPort,
      pg.POSTGRES_USER,
      pg.POSTGRES_PASSWORD,
    ]);
  });

  it('sets trust proxy from configuration, closed unless told', () => {
    expect(loadAppConfig(env('api')).trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadAppConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadAppConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('turns on mTLS to Temporal with docker-compose.mtls.yml: the server requires client certificates, the apps send one', () => {
    expect(mtls.temporal.environment?.TEMPORAL_TLS_REQUIRE_CLIENT_AUTH).toBe('true');
    const certs = (mtls.temporal.volumes ?? [])[0].split(':').slice(-2)[0];
    for (const app of ['api', 'worker']) {
      const tls = mtls[app].environment ?? {};
      for (const key of Object.keys(tls)) expect(Object.keys(CONFIG_VARIABLES)).toContain(key);
      const config = loadAppConfig({ ...env(app), ...tls });
      expect(config.temporalTls).toEqual({
        caFile: `${certs}/ca.pem`,
        certFile: `${certs}/client.pem`,
        keyFile: `${certs}/client.key`,
        serverName: mtls.temporal.environment?.TEMPORAL_TLS_FRONTEND_SERVER_NAME,
      });
      expect(mtls[app].volumes).toEqual(mtls.temporal.volumes);
    }
    expect(mtls.temporal.environment?.TEMPORAL_TLS_CLIENT1_CA_CERT).toBe(`${certs}/ca.pem`);
  });

  it('runs the Temporal release that the bench builds for --engine=postgres (scripts/temporal-server.mjs)', () => {
    const script = readFileSync(join(root, 'scripts', 'temporal-server.mjs'), 'utf8');
    const pinned = /export const TEMPORAL_SERVER_VERSION = 'v([\d.]+)';/.exec(script)?.[1];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(services.temporal.image).toBe(`temporalio/auto-setup:${pinned}`);
  });

  it('builds the image from the lock file without install scripts', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/RUN npm ci [^\n]*--ignore-scripts/);
    expect(dockerfile).not.toMatch(/npm install/);
  });

  it('stores files in the S3-compatible service on the internal network, with the credentials it starts with', () => {
    const s3 = env('s3');
    const [s3Port] = services.s3.expose ?? [];
    expect(services.s3.networks).toEqual(['backend']);
    expect(services.s3.command).toContain(`:${s3Port}`);
    for (const app of ['api', 'worker']) {
      expect(loadAppConfig(env(app)).files.s3).toMatchObject({
        endpoint: `http://s3:${s3Port}`,
        bucket: loadAppConfig(env('api')).files.s3?.bucket,
        accessKeyId: s3.ROOT_ACCESS_KEY_ID,
        secretAccessKey: s3.ROOT_SECRET_ACCESS_KEY,
        forcePathStyle: true,
      });
    }
    expect(s3.ROOT_SECRET_ACCESS_KEY).toBe(REQUIRED.S3_SECRET_ACCESS_KEY);
  });

  it('starts the apps only after the schema is migrated', () => {
    for (const app of ['api', 'worker']) {
      expect(services[app].depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' } });
    }
  });

  it('documents every configuration variable in docs/configuration.md', () => {
    const doc = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
    for (const name of Object.keys(CONFIG_VARIABLES)) expect(doc).toContain(`\`${name}\``);
  });

  it('refuses the test-only switches in production', () => {
    for (const name of ['PROGRAMME_CADENCE_TEST_SUBDAILY']) {
      expect(loadAppConfig({ [name]: 'true' })).toBeDefined();
      expect(() => loadAppConfig({ ...env('api'), [name]: 'true', NODE_ENV: 'production' })).toThrow(
        new RegExp(`${name} is for tests only`),
      );
    }
  });
});
