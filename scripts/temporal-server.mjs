#!/usr/bin/env node
// Provisions the production engine for `npm run bench -- --engine=postgres`: the Temporal server (MIT) of the release
// that docker-compose.yml runs, and its SQL schema tool, built with `go install` of the pinned go.temporal.io/server
// module from the Go module proxy into `.tools/temporal-server-<version>/`, with the module's Postgres schema copied
// beside them (the tool's update-schema reads its versioned folders). Built once: many minutes on 2 cores.
//
// Only the bench asks for it (the bootstrap, when --engine=postgres is given): `npm test` and CI never build it.
// Plain Node ESM, like install-s3-server.mjs. Usable as a module (`ensureTemporalServer()`) or directly
// (`node scripts/temporal-server.mjs` builds if needed and prints the folder).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned release of go.temporal.io/server; docker-compose.yml runs temporalio/auto-setup of the same version. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const MODULE = 'go.temporal.io/server';
/** `go install` names each binary after its package folder: cmd/server → server, cmd/tools/sql → sql. */
const COMMANDS = ['cmd/server', 'cmd/tools/sql'];

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `.tools/temporal-server-<version>/`, holding `server`, `sql` and `schema/postgresql/v12/…`. */
export function temporalServerDir(version = TEMPORAL_SERVER_VERSION) {
  return join(projectRoot, '.tools', `temporal-server-${version.replace(/^v/, '')}`);
}

/**
 * The folder of the pinned server, its schema tool and schema, building them first when needed. Cheap once built
 * (two stats). Concurrent callers each build into their own staging folder; the first rename wins.
 *
 * @param {{ version?: string, log?: (line: string) => void }} [options]
 * @returns {{ dir: string, server: string, sqlTool: string, schemaDir: string }}
 */
export function ensureTemporalServer(options = {}) {
  const version = options.version ?? TEMPORAL_SERVER_VERSION;
  const log = options.log ?? ((line) => process.stderr.write(`[temporal-server] ${line}\n`));
  const dir = temporalServerDir(version);
  const paths = {
    dir,
    server: join(dir, 'server'),
    sqlTool: join(dir, 'sql'),
    schemaDir: join(dir, 'schema', 'postgresql', 'v12'),
  };
  if ([paths.server, paths.sqlTool, paths.schemaDir].every((p) => existsSync(p))) return paths;
  const go = findGo();
  const env = { ...process.env, GOFLAGS: '-mod=mod', CGO_ENABLED: '0' };
  if (!existsSync(paths.server) || !existsSync(paths.sqlTool)) {
    const staging = join(dirname(dir), `.staging-temporal-server-${randomBytes(4).toString('hex')}`);
    mkdirSync(staging, { recursive: true });
    const targets = COMMANDS.map((c) => `${MODULE}/${c}@${version}`);
    log(`Building the Temporal server ${version} (go install ${targets.join(' ')}) into ${dir}; many minutes …`);
    const started = Date.now();
    const built = spawnSync(go, ['install', ...targets], {
      env: { ...env, GOBIN: staging },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (built.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`go install ${targets.join(' ')} failed (exit ${built.status ?? built.signal})`);
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run finished first: its build is the same.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(paths.server) || !existsSync(paths.sqlTool)) throw error;
    }
    log(`Built in ${Math.round((Date.now() - started) / 1000)} s: ${dir}`);
  }
  if (!existsSync(paths.schemaDir)) {
    // The schema ships in the module source, which `go install` has put in the module cache (or this fetches it).
    const download = spawnSync(go, ['mod', 'download', '-json', `${MODULE}@${version}`], { env, encoding: 'utf8' });
    const moduleDir = download.status === 0 ? JSON.parse(download.stdout).Dir : undefined;
    const source = moduleDir ? join(moduleDir, 'schema', 'postgresql', 'v12') : undefined;
    if (!source || !existsSync(source)) {
      throw new Error(
        `the Postgres schema of ${MODULE}@${version} was not found (go mod download: ${download.stderr})`,
      );
    }
    const staging = `${paths.schemaDir}.staging-${randomBytes(4).toString('hex')}`;
    cpSync(source, staging, { recursive: true });
    try {
      renameSync(staging, paths.schemaDir);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(paths.schemaDir)) throw error;
    }
  }
  return paths;
}

function findGo() {
  const candidates = [
    ...(process.env.GOROOT ? [join(process.env.GOROOT, 'bin', 'go')] : []),
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'go')),
    '/usr/local/go/bin/go',
    '/usr/lib/go/bin/go',
  ];
  const go = candidates.find((path) => path && existsSync(path));
  if (!go) {
    throw new Error(
      `Go is needed to build the Temporal server for --engine=postgres (go install ${MODULE}/cmd/server@` +
        `${TEMPORAL_SERVER_VERSION}): install Go ≥ 1.25, or run the bench on the dev server (without --engine).`,
    );
  }
  return go;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${ensureTemporalServer().dir}\n`);
}
