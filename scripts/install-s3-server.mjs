#!/usr/bin/env node
// Provisions the S3-compatible server the test run stores files in: Versity Gateway (versitygw, Apache-2.0), built
// with `go install` of a pinned release from the Go module proxy into `.tools/versitygw/<version>/`.
//
// Why this server: a real S3 implementation (no mock), under a permissive licence, one static binary whose `posix`
// backend keeps buckets as folders — nothing else to run. Go is the only prerequisite (go1.26 builds it in about a
// minute). Plain Node ESM on purpose, like install-test-server.mjs: it runs before anything is compiled. Usable as a
// module (`ensureS3Server()`) or directly (`node scripts/install-s3-server.mjs` prints the binary's path).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned release of github.com/versity/versitygw. */
export const S3_SERVER_VERSION = 'v1.8.0';
const MODULE = 'github.com/versity/versitygw/cmd/versitygw';
const BINARY = 'versitygw';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `.tools/versitygw/<version>/versitygw`, whether or not it is built yet. */
export function s3ServerPath(version = S3_SERVER_VERSION) {
  return join(projectRoot, '.tools', 'versitygw', version, BINARY);
}

/**
 * The path of the pinned server binary, building it first when needed. Cheap once built (one stat). Concurrent
 * callers each build into their own staging folder; the first rename wins.
 *
 * @param {{ version?: string, log?: (line: string) => void }} [options]
 * @returns {string}
 */
export function ensureS3Server(options = {}) {
  const version = options.version ?? S3_SERVER_VERSION;
  const log = options.log ?? ((line) => process.stderr.write(`[install-s3-server] ${line}\n`));
  const target = s3ServerPath(version);
  if (existsSync(target)) return target;
  const go = findGo();
  const staging = join(projectRoot, '.tools', 'versitygw', `.staging-${randomBytes(4).toString('hex')}`);
  mkdirSync(staging, { recursive: true });
  log(`Building Versity Gateway ${version} (go install ${MODULE}@${version}) into ${dirname(target)} …`);
  const started = Date.now();
  const result = spawnSync(go, ['install', `${MODULE}@${version}`], {
    env: { ...process.env, GOBIN: staging, GOFLAGS: '-mod=mod', CGO_ENABLED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`go install ${MODULE}@${version} failed (exit ${result.status ?? result.signal})`);
  }
  mkdirSync(dirname(dirname(target)), { recursive: true });
  try {
    renameSync(staging, dirname(target));
  } catch (error) {
    // Another run finished first: its binary is the same build.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
  return target;
}

function findGo() {
  const candidates = [
    ...(process.env.GOROOT ? [join(process.env.GOROOT, 'bin', 'go')] : []),
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'go')),
    '/usr/local/go/bin/go',
    '/usr/lib/go/bin/go',
  ];
  const go = candidates.find((path) => path && existsSync(path));
  if (!go) throw new Error('Go is needed to build the S3 test server (Versity Gateway): install Go ≥ 1.25');
  return go;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${ensureS3Server()}\n`);
}
