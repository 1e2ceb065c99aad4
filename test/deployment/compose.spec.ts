import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { WORKER_NODE_FLAGS } from '../../apps/worker/src/node-flags';
import { CONFIG_VARIABLES, loadAppConfig } from '../../libs/config/src';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
}

const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;
/** Compose's `${VAR:-default}` resolved to its default, as `docker compose config` would without an .env file. */
const resolved = (value: string): string => value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');
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

  it('wires ports consistently: API PORT is published, Temporal and Postgres addresses point at their services', () => {
    const api = loadAppConfig(env('api'));
    expect(services.api.ports).toContain(`${api.port}:${api.port}`);

    const [temporalPort] = (services.temporal.ports ?? [])[0].split(':').slice(-1);
    for (const app of ['api', 'worker']) {
      expect(env(app).TEMPORAL_ADDRESS).toBe(`temporal:${temporalPort}`);
      expect(env(app).TEMPORAL_TASK_QUEUE).toBe(env('api').TEMPORAL_TASK_QUEUE);
      expect(env(app).TEMPORAL_NAMESPACE).toBe(env('api').TEMPORAL_NAMESPACE);
    }
    expect(env('temporal-ui').TEMPORAL_ADDRESS).toBe(`temporal:${temporalPort}`);

    const pg = env('postgres');
    const pgPort = (services.postgres.ports ?? [])[0].split(':').slice(-1)[0];
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

  it('stores files in the S3-compatible service, with the credentials it was started with', () => {
    const s3 = env('s3');
    const [s3Port] = (services.s3.ports ?? [])[0].split(':').slice(-1);
    expect(services.s3.command).toContain(`:${s3Port}`);
    for (const app of ['api', 'worker']) {
      const files = loadAppConfig(env(app)).files.s3;
      expect(files).toMatchObject({
        endpoint: `http://s3:${s3Port}`,
        accessKeyId: s3.ROOT_ACCESS_KEY_ID,
        secretAccessKey: s3.ROOT_SECRET_ACCESS_KEY,
        forcePathStyle: true,
      });
      expect(files?.bucket).toBe(loadAppConfig(env('api')).files.s3?.bucket);
    }
  });

  it('starts the apps only after the schema is migrated', () => {
    for (const app of ['api', 'worker']) {
      expect(services[app].depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' } });
    }
  });

  it('documents every configuration variable in README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of Object.keys(CONFIG_VARIABLES)) expect(readme).toContain(`\`${name}\``);
  });
});
