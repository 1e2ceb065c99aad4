#!/usr/bin/env node
// Entry of `npm start`, `npm test` and `npm run bench` on a fresh clone: installs what is missing, builds, then runs.
// Plain Node on purpose: it must work before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureS3Server } from './install-s3-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...rest] = process.argv.slice(2);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`[huijian] "${cmd} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Installs when node_modules is missing or was installed from another lockfile. */
function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const stampFile = join(root, 'node_modules', '.huijian-lock-sha256');
  const want = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want) return;
  console.log('[huijian] Installing dependencies (npm install) …');
  // Not `npm ci`: npm 11 leaves other platforms' optional binaries out of the lockfile, which `npm ci` rejects.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stampFile, want);
}

/** Runs a long-lived child, forwarding Ctrl-C / SIGTERM so it can stop its own children cleanly. */
function runForwardingSignals(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** SHA-256 over a folder's files (names and contents, in a fixed order). */
function hashTree(dir, hash) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(path, hash);
    else hash.update(`${path.slice(root.length)}\0`).update(readFileSync(path));
  }
  return hash;
}

/** The console's API types, generated from docs/openapi.json (a no-op while the contract is unchanged). */
function ensureConsoleApiTypes() {
  run(process.execPath, [join(root, 'scripts', 'console-api-types.mjs')]);
}

/** Builds the console (Vite → dist/console) when its sources or the lockfile changed since the last build. */
function ensureConsole() {
  ensureConsoleApiTypes();
  const stampFile = join(root, 'dist', 'console', '.source-sha256');
  const hash = hashTree(join(root, 'apps', 'console'), createHash('sha256'));
  const want = hash.update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want) return;
  console.log('[huijian] Building the console (vite build) …');
  run(process.execPath, [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'apps/console/vite.config.mts',
    '--logLevel',
    'warn',
  ]);
  writeFileSync(stampFile, want);
}

ensureDependencies();
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const vueTsc = join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js');
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');

switch (command) {
  case 'start':
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
    ensureConsole();
    runForwardingSignals(process.execPath, [join(root, 'dist', 'apps', 'launcher', 'src', 'main.js'), ...rest]);
    break;
  case 'test':
    // The S3-compatible server the file suites store in (built once into .tools/, then cached).
    ensureS3Server({ log: (line) => console.log(`[huijian] ${line}`) });
    console.log('[huijian] Type-checking …');
    run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit']);
    ensureConsoleApiTypes();
    run(process.execPath, [vueTsc, '-p', 'apps/console/tsconfig.json', '--noEmit']);
    ensureConsole();
    runForwardingSignals(process.execPath, [jest, '--ci', ...rest]);
    break;
  case 'openapi':
    // Writes docs/openapi.json from the code (no database needed), then the console's API types from it;
    // test/openapi.spec.ts and test/console-api-types.spec.ts fail while either is stale.
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
    run(process.execPath, [join(root, 'dist', 'apps', 'api', 'src', 'openapi-document.js'), ...rest]);
    if (rest.length === 0) ensureConsoleApiTypes(); // a target path given writes that file alone
    break;
  case 'bench':
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
    ensureConsole();
    runForwardingSignals(process.execPath, [join(root, 'dist', 'bench', 'main.js'), ...rest]);
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test|bench|openapi [args]');
    process.exit(2);
}
