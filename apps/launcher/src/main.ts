import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../../libs/config/src';
import { DEMO_PEOPLE, DemoTokens, seedDemoOrganisation } from '../../../libs/organisation/src';

/** The demo's secrets as kept in the data folder (a folder seeded before sign-in existed has no password). */
type DemoSecrets = DemoTokens & { demoPassword?: string };
import { dataSourceOptions, runMigrations } from '../../../libs/persistence/src';
import { dataDir, startRuntime, stopChildProcess } from '../../../libs/runtime/src';
import { WORKER_NODE_FLAGS } from '../../worker/src/node-flags';

/**
 * `npm start`: the whole system on one machine. Starts embedded Postgres and a Temporal dev server unless
 * DATABASE_URL / TEMPORAL_ADDRESS point elsewhere, migrates, seeds the demo organisation on first start, then runs
 * the worker and the API as child processes and stops everything cleanly on Ctrl-C / SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const folder = dataDir();
  const log = (line: string): void => console.log(`[huijian] ${line}`);
  const runtime = await startRuntime({
    dataDir: folder,
    databaseUrl: config.databaseUrl,
    temporalAddress: config.temporalAddress,
    postgresPort: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
    temporalPort: Number(process.env.EMBEDDED_TEMPORAL_PORT ?? 7233),
    temporalUiPort: Number(process.env.EMBEDDED_TEMPORAL_UI_PORT ?? 8233),
    namespace: config.temporalNamespace,
    database: 'huijian',
    log,
  });

  const children: ChildProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log('Stopping …');
    await Promise.all(children.map((child) => stopChildProcess(child)));
    await runtime.stop();
    process.exit(code);
  };
  // `on`, not `once`: Ctrl-C arrives twice (from the terminal and forwarded by npm/bootstrap); a second signal
  // without a handler would kill the launcher before it has stopped Temporal and Postgres.
  process.on('SIGINT', () => void shutdown(0)).on('SIGTERM', () => void shutdown(0));

  try {
    const applied = await runMigrations(runtime.databaseUrl);
    if (applied.length > 0) log(`Migrations applied: ${applied.join(', ')}`);
    const tokens = config.seedDemo ? await seedOnce(runtime.databaseUrl, folder) : undefined;

    const env = {
      ...process.env,
      DATABASE_URL: runtime.databaseUrl,
      TEMPORAL_ADDRESS: runtime.temporalAddress,
      // Uploaded files beside the embedded database, wherever the apps' working folder is.
      FILES_DIR: process.env.FILES_DIR ?? join(folder, 'files'),
    };
    for (const app of ['worker', 'api']) {
      // Own process group, so that Ctrl-C is handled here and everything stops in order: apps, Temporal, Postgres.
      const child = fork(join(__dirname, '..', '..', app, 'src', 'main.js'), [], {
        env,
        detached: true,
        execArgv: app === 'worker' ? [...WORKER_NODE_FLAGS] : [],
      });
      child.once('exit', (code, signal) => {
        if (!stopping) {
          log(`${app} exited (${signal ?? code}); stopping the rest`);
          void shutdown(1);
        }
      });
      children.push(child);
    }
    await waitForHealth(`http://127.0.0.1:${config.port}/health`, 120_000);
    printBanner(config.publicUrl, runtime.temporalUiUrl ?? `(external Temporal at ${runtime.temporalAddress})`, tokens);
  } catch (error) {
    console.error(`[huijian] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

/** Seeds on first start and keeps the demo tokens and password (only hashes are in the database) in the data folder. */
async function seedOnce(databaseUrl: string, folder: string): Promise<DemoSecrets | undefined> {
  const file = join(folder, 'demo-tokens.json');
  const db = new DataSource(dataSourceOptions(databaseUrl, 1));
  await db.initialize();
  try {
    const issued = await seedDemoOrganisation(db);
    const secrets: DemoSecrets | undefined = issued && { ...issued.tokens, demoPassword: issued.password };
    if (secrets) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  } finally {
    await db.destroy();
  }
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoSecrets) : undefined;
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not report healthy within ${timeoutMs / 1000} s`);
}

function printBanner(apiUrl: string, temporalUi: string, tokens: DemoSecrets | undefined): void {
  const lines = [
    '',
    'huijian 互检 is up.',
    `  API          ${apiUrl}`,
    `  OpenAPI docs ${apiUrl}/docs`,
    `  Health       ${apiUrl}/health`,
    `  Temporal UI  ${temporalUi}`,
  ];
  if (tokens?.demoPassword) {
    lines.push(
      '',
      `Sign in at ${apiUrl}/app/login — demo logins, each with the password ${tokens.demoPassword}:`,
      ...DEMO_PEOPLE.map((p) => `  ${p.login.padEnd(10)} ${p.name}`),
    );
  }
  if (tokens) {
    lines.push(
      '',
      'Demo tokens (Authorization: Bearer <token>):',
      `  system admin 系统管理员             ${tokens.systemAdmin}`,
      `  lead unit admin 主责单位            ${tokens.leadAdmin}`,
      `  branch secretary 中江桥党支部书记   ${tokens.branchSecretary}`,
      `  committee member 党委委员           ${tokens.committeeMember}`,
    );
  }
  lines.push('', 'Ctrl-C stops everything.', '');
  console.log(lines.join('\n'));
}

void main();
