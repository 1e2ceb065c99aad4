#!/usr/bin/env node
// Entry of `npm start`, `npm test` and `npm run bench` on a fresh clone: installs what is missing, builds, then runs.
// Plain Node on purpose: it must work before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

ensureDependencies();
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');

switch (command) {
  case 'start':
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
    runForwardingSignals(process.execPath, [join(root, 'dist', 'apps', 'launcher', 'src', 'main.js'), ...rest]);
    break;
  case 'test':
    // The S3-compatible server the file suites store in (built once into .tools/, then cached).
    ensureS3Server({ log: (line) => console.log(`[huijian] ${line}`) });
    console.log('[huijian] Type-checking …');
    run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit']);
    runForwardingSignals(process.execPath, [jest, '--ci', ...rest]);
    break;
  case 'bench':
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
    runForwardingSignals(process.execPath, [join(root, 'dist', 'bench', 'main.js'), ...rest]);
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test|bench [args]');
    process.exit(2);
}
