#!/usr/bin/env node
// Provisions Temporal's time-skipping test server (the Java one, from Maven Central) into
// `.tools/temporal-test-server/<version>/` and prints the path of its launcher.
//
// Why: `TestWorkflowEnvironment.createTimeSkipping()` from @temporalio/testing normally downloads a native build of
// this very server from temporal.download, which is unreachable here. The same server is published on Maven Central as
// `io.temporal:temporal-test-server`, and the SDK accepts any executable through `{ type: 'existing-path', path }`.
//
// Contract of that executable (see @temporalio/core-bridge sdk-core `ephemeral_server/mod.rs`, `TestServerConfig`):
// the SDK runs `<path> <port> [...extraArgs]` and then polls 127.0.0.1:<port> every 100 ms for 5 s. That is exactly
// `io.temporal.testserver.TestServer`'s own `<port> [--enable-time-skipping]` command line, so the launcher passes
// its arguments through untouched. Without the flag, time skipping starts locked, as with the native build; the SDK
// unlocks it itself while awaiting a workflow result and during `env.sleep()`.
//
// Plain Node ESM on purpose: it must run before anything is compiled. Usable as a module (`ensureTestServer()`) or
// directly (`node scripts/install-test-server.mjs` prints the launcher path on stdout; progress goes to stderr).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pinned test server version. 1.38.0 is the latest on Maven Central at the time of writing; its TestWorkflowService
 * implements UpdateWorkflowExecution / PollWorkflowExecutionUpdate (older test servers rejected workflow updates).
 * Keep in sync with TEST_SERVER_VERSION in libs/runtime/src/time-skipping-server.ts (a unit test checks it).
 */
export const TEST_SERVER_VERSION = '1.38.0';
/** Maven plugin that copies the resolved jars; pinned so the build does not depend on Maven's default plugin set. */
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
/** The server logs through SLF4J 1.7; without a binding it prints a three-line warning on every start. */
const SLF4J_NOP = { groupId: 'org.slf4j', artifactId: 'slf4j-nop', version: '1.7.36' };
const MAIN_CLASS = 'io.temporal.testserver.TestServer';
const LAUNCHER_NAME = 'temporal-test-server';
const MARKER_NAME = 'provisioned.json';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `.tools/temporal-test-server/<version>/`: where the given version lives once provisioned. */
export function testServerDir(version = TEST_SERVER_VERSION) {
  return join(projectRoot, '.tools', 'temporal-test-server', version);
}

/** Path of the launcher script for `version` (whether or not it is provisioned yet). */
export function testServerLauncherPath(version = TEST_SERVER_VERSION) {
  return join(testServerDir(version), LAUNCHER_NAME);
}

/**
 * Returns the launcher path of the pinned Java test server, provisioning it first when needed.
 * Idempotent and cheap once provisioned (two stat calls). Safe against concurrent callers: each builds in its own
 * staging folder and the first one to rename it into place wins.
 *
 * @param {{ version?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<string>} absolute path of an executable taking `<port> [--enable-time-skipping]`
 */
export async function ensureTestServer(options = {}) {
  const version = options.version ?? TEST_SERVER_VERSION;
  const log = options.log ?? ((line) => process.stderr.write(`[install-test-server] ${line}\n`));
  const finalDir = testServerDir(version);
  if (isProvisioned(finalDir)) return join(finalDir, LAUNCHER_NAME);

  const java = findJava();
  const mvn = findMaven();
  const started = Date.now();
  log(`Provisioning Temporal test server ${version} from Maven Central into ${finalDir} …`);

  const parent = dirname(finalDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${version}.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(staging, { recursive: true });
  try {
    writeFileSync(join(staging, 'pom.xml'), pomXml(version));
    // A project-local repository keeps the result independent of whatever ~/.m2 holds; the user's settings.xml is
    // still honoured, so a configured mirror or proxy for Maven Central keeps working.
    const mvnArgs = [
      '-B',
      '-q',
      '-Dstyle.color=never',
      '-f',
      join(staging, 'pom.xml'),
      `-Dmaven.repo.local=${join(projectRoot, '.tools', 'm2')}`,
      `${DEPENDENCY_PLUGIN}:copy-dependencies`,
      `-DoutputDirectory=${join(staging, 'lib')}`,
      '-DincludeScope=runtime',
    ];
    const result = spawnSync(mvn, mvnArgs, { cwd: staging, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error || result.status !== 0) {
      const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
      throw new Error(
        `mvn could not fetch io.temporal:temporal-test-server:${version} (exit ${result.status ?? result.error?.message}).\n` +
          `Command: ${mvn} ${mvnArgs.join(' ')}\n${output}\n` +
          'Maven Central must be reachable (directly or through a mirror in ~/.m2/settings.xml).',
      );
    }
    const jars = readdirSync(join(staging, 'lib')).filter((name) => name.endsWith('.jar'));
    if (!jars.includes(`temporal-test-server-${version}.jar`)) {
      throw new Error(`mvn finished but temporal-test-server-${version}.jar is not among ${jars.join(', ')}`);
    }

    const launcher = join(staging, LAUNCHER_NAME);
    writeFileSync(launcher, launcherScript(java));
    chmodSync(launcher, 0o755);

    writeFileSync(
      join(staging, MARKER_NAME),
      JSON.stringify({ version, java, jars: jars.sort(), provisionedAt: new Date().toISOString() }, null, 2) + '\n',
    );

    let won = true;
    try {
      renameSync(staging, finalDir);
    } catch (error) {
      won = false;
      // Someone else got there first (or a broken leftover is in the way).
      if (!isProvisioned(finalDir)) {
        if (existsSync(finalDir)) {
          rmSync(finalDir, { recursive: true, force: true });
          renameSync(staging, finalDir);
          won = true;
        } else throw error;
      }
    }
    if (won) {
      // Best effort, and only after the rename because the archive records absolute classpath entries: a
      // class-data-sharing archive makes the JVM listen in ~0.2 s instead of ~0.5 s. The SDK gives the server only
      // 5 s to answer, which a cold JVM on a busy CI machine can come close to.
      await buildCdsArchive(java, finalDir).catch((error) =>
        log(`(skipped the class-data-sharing archive: ${error instanceof Error ? error.message : String(error)})`),
      );
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return join(finalDir, LAUNCHER_NAME);
}

function isProvisioned(dir) {
  return existsSync(join(dir, MARKER_NAME)) && isExecutable(join(dir, LAUNCHER_NAME));
}

function pomXml(version) {
  // packaging=pom: nothing is compiled, the pom only exists to resolve the test server's runtime classpath.
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/install-test-server.mjs; only used to resolve the test server's runtime classpath. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.huijian.tools</groupId>
  <artifactId>temporal-test-server-classpath</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${version}</version>
    </dependency>
    <dependency>
      <groupId>${SLF4J_NOP.groupId}</groupId>
      <artifactId>${SLF4J_NOP.artifactId}</artifactId>
      <version>${SLF4J_NOP.version}</version>
    </dependency>
  </dependencies>
</project>
`;
}

function launcherScript(java) {
  return `#!/bin/sh
# Generated by scripts/install-test-server.mjs: Temporal's Java time-skipping test server.
# Usage: temporal-test-server <port> [--enable-time-skipping]
# This is the command line @temporalio/testing uses for its test server executable, so it is passed through as is.
# Java: $TEMPORAL_TEST_SERVER_JAVA, else $JAVA_HOME/bin/java, else java on PATH, else the one found at provisioning.
# Extra JVM options: $TEMPORAL_TEST_SERVER_JAVA_OPTS.
DIR=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
JAVA="\${TEMPORAL_TEST_SERVER_JAVA:-}"
if [ -z "$JAVA" ] && [ -n "\${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; fi
if [ -z "$JAVA" ]; then JAVA=$(command -v java 2>/dev/null || true); fi
if [ -z "$JAVA" ] && [ -x ${shellQuote(java)} ]; then JAVA=${shellQuote(java)}; fi
if [ -z "$JAVA" ]; then
  echo "temporal-test-server: no java found (install a JDK/JRE 8+ or set JAVA_HOME / TEMPORAL_TEST_SERVER_JAVA)" >&2
  exit 127
fi
CDS=""
# The archive only matches the JVM build that wrote it; on any other JVM it is ignored (silently, thanks to -Xlog).
if [ -f "$DIR/classes.jsa" ]; then CDS="-XX:SharedArchiveFile=$DIR/classes.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"; fi
# exec: the SDK stops the server by killing the process it spawned, which must therefore be the JVM itself.
# shellcheck disable=SC2086
exec "$JAVA" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 $CDS \${TEMPORAL_TEST_SERVER_JAVA_OPTS:-} -cp "$DIR/lib/*" ${MAIN_CLASS} "$@"
`;
}

/** Runs the server once with -XX:ArchiveClassesAtExit so that later starts can map the loaded classes directly. */
async function buildCdsArchive(java, dir) {
  const port = await freePort();
  const archive = join(dir, 'classes.jsa');
  const partial = join(dir, `.classes.jsa.${process.pid}`);
  const child = spawn(
    java,
    [
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      `-XX:ArchiveClassesAtExit=${partial}`,
      '-Xlog:cds=off',
      '-Xlog:cds+dynamic=off',
      '-cp',
      `${join(dir, 'lib')}/*`,
      MAIN_CLASS,
      String(port),
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  try {
    await Promise.race([
      waitForPort(port, 30_000),
      exited.then(() => {
        throw new Error('the server exited before listening');
      }),
    ]);
    // Give the gRPC machinery a moment to finish loading before the JVM writes the archive on exit.
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
  if (!existsSync(partial) || statSync(partial).size === 0) throw new Error('the JVM wrote no archive');
  renameSync(partial, archive);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise((r) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        r(true);
      });
      socket.once('error', () => r(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function findJava() {
  const candidates = [];
  if (process.env.TEMPORAL_TEST_SERVER_JAVA) candidates.push(process.env.TEMPORAL_TEST_SERVER_JAVA);
  if (process.env.JAVA_HOME) candidates.push(join(process.env.JAVA_HOME, 'bin', 'java'));
  const onPath = findOnPath('java');
  if (onPath) candidates.push(onPath);
  for (const java of candidates) {
    if (!isExecutable(java)) continue;
    const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (probe.status === 0) return java;
  }
  throw new Error(
    "Java is required to run Temporal's time-skipping test server, but no working `java` was found " +
      `(looked at TEMPORAL_TEST_SERVER_JAVA, JAVA_HOME, PATH).\n` +
      'Provide a JDK or JRE 8+ (17 recommended): e.g. `apt-get install openjdk-17-jre-headless`, or set JAVA_HOME, ' +
      'or set TEMPORAL_TEST_SERVER_PATH to an already working test server executable to skip provisioning altogether.',
  );
}

function findMaven() {
  const candidates = [];
  if (process.env.MAVEN_HOME) candidates.push(join(process.env.MAVEN_HOME, 'bin', 'mvn'));
  if (process.env.M2_HOME) candidates.push(join(process.env.M2_HOME, 'bin', 'mvn'));
  const onPath = findOnPath('mvn');
  if (onPath) candidates.push(onPath);
  const mvn = candidates.find(isExecutable);
  if (mvn) return mvn;
  throw new Error(
    "Maven (`mvn`) is required once, to fetch Temporal's test server from Maven Central, but it was not found " +
      '(looked at MAVEN_HOME, M2_HOME, PATH).\n' +
      'Provide Maven 3.6+: e.g. `apt-get install maven`, or put its bin/ folder on PATH, or set MAVEN_HOME. ' +
      'Alternatively set TEMPORAL_TEST_SERVER_PATH to an already working test server executable.',
  );
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function shellQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Reads what the marker says (for diagnostics); undefined when not provisioned. */
export function readProvisionedInfo(version = TEST_SERVER_VERSION) {
  const marker = join(testServerDir(version), MARKER_NAME);
  return existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureTestServer().then(
    (launcher) => process.stdout.write(`${launcher}\n`),
    (error) => {
      process.stderr.write(`[install-test-server] ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
