#!/usr/bin/env node
// Entry of `npm start`, `npm test` and `npm run bench` on a fresh clone: installs what is missing, builds, then runs.
// Plain Node on purpose: it must work before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './install-browser.mjs';
import { ensureS3Server } from './install-s3-server.mjs';
import { ensureTemporalServer } from './temporal-server.mjs';

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

const log = (line) => console.log(`[huijian] ${line}`);
ensureDependencies();
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const vueTsc = join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js');
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');

/** Runs one check; on failure says how to mend it, since whoever merged last may not have run it. */
function check(title, cmd, args, mend) {
  console.log(`[huijian] ${title} …`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[huijian] ${title} failed (exit ${result.status ?? result.signal}). ${mend}`);
    process.exit(result.status || 1);
  }
  console.log(`[huijian] ${title}: clean in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The fast checks, cheapest first, before any server starts; the npm scripts are the one definition of each. */
function runChecks() {
  check('Prettier', 'npm', ['run', '--silent', 'format:check'], MEND_FORMAT);
  check('Type check', process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], MEND_TYPES);
  check('Type check (console)', process.execPath, [vueTsc, '-p', 'apps/console/tsconfig.json', '--noEmit'], MEND_TYPES);
  check('ESLint', 'npm', ['run', '--silent', 'lint'], MEND_LINT);
}

const MEND_FORMAT = 'Run `npm run format` (Prettier rewrites the files listed above), then commit them.';
const MEND_TYPES = 'Fix the type errors above; `npm run typecheck` repeats the server check alone.';
const MEND_LINT = [
  'How to mend (`npm run lint` repeats it; eslint.config.mjs says why each rule is there):',
  '  no-floating-promises: `await` the promise; where fire-and-forget is meant, `void promise;` with a comment why.',
  '  no-misused-promises: a callback that must return void got an async function: `() => void run()` with a',
  '    `.catch` that handles the error, or an API that accepts a promise.',
  '  no-restricted-imports: the message names the folder rule (workflows/, libs/domain, libs/messages);',
  '    move the I/O into the lib that owns it, or import activity types with `import type`.',
  '  `npm run lint -- --fix` mends what is mechanical (unused eslint-disable comments); the rest is by hand.',
].join('\n');

switch (command) {
  case 'start':
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
    ensureConsole();
    runForwardingSignals(process.execPath, [join(root, 'dist', 'apps', 'launcher', 'src', 'main.js'), ...rest]);
    break;
  case 'test':
    // The console's API types are generated from docs/openapi.json; the console type check reads them.
    ensureConsoleApiTypes();
    runChecks();
    // What the suites use, provisioned here so that no test installs anything: the S3-compatible server the file
    // suites store in (built once into .tools/), Chromium and a Chinese font for the browser suites.
    ensureS3Server({ log });
    ensureBrowser({ log });
    ensureConsole();
    runForwardingSignals(process.execPath, [jest, '--ci', ...rest]);
    break;
  case 'unit':
    // The pure unit tests alone: no servers, no checks. The project flag goes last, because jest reads the words
    // after it as more project names (`--selectProjects unit test/x.spec.ts` would run every unit suite).
    runForwardingSignals(process.execPath, [jest, ...rest, '--selectProjects', 'unit']);
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
    ensureBrowser({ log }); // benchmark 9 loads the console in Chromium
    ensureConsole();
    // The production engine, only when asked for: built once into .tools/ (many minutes), never by npm test.
    if (rest.includes('--engine=postgres') || process.env.BENCH_ENGINE === 'postgres') {
      try {
        process.env.TEMPORAL_SERVER_DIR = ensureTemporalServer({ log }).dir;
      } catch (error) {
        console.error(`[huijian] ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      }
    }
    runForwardingSignals(process.execPath, [join(root, 'dist', 'bench', 'main.js'), ...rest]);
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test|unit|bench|openapi [args]');
    process.exit(2);
}
