/**
 * The folder rules of test/architecture.spec.ts are also lint (eslint.config.mjs), so an editor shows them at the
 * line. These cases keep the lint's import rules saying what the architecture says: they lint sample sources as if
 * they were in workflows/ and libs/domain/ (the import rule needs no types, so no program is built).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

/**
 * Lints sample sources with the project's config in a child Node (the config is an ES module, which jest's module
 * system cannot load), only the import rule, and answers the refused lines per sample.
 */
function refusedImports(samples: { file: string; source: string }[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const samples = JSON.parse(process.argv[1]);
    const eslint = new ESLint({
      overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
      ruleFilter: ({ ruleId }) => ruleId === '@typescript-eslint/no-restricted-imports',
    });
    const out = [];
    for (const { file, source } of samples) {
      const [result] = await eslint.lintText(source, { filePath: file });
      out.push(result.messages.map((m) => m.line + ': ' + (m.ruleId ?? m.message)));
    }
    process.stdout.write(JSON.stringify(out));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(samples)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

const WORKFLOW = 'workflows/sample.workflow.ts';
const allowedInWorkflows = [
  "import { proxyActivities } from '@temporalio/workflow';",
  "import { ApplicationFailure } from '@temporalio/common';",
  "import { nextPhase } from '../libs/domain/src';",
  "import { workflowNow } from './clock';",
  "import type { CycleActivities } from './contracts';",
].join('\n');
const refusedInWorkflows: [string, string][] = [
  ["import { Pool } from 'pg';", 'a database driver'],
  ["import { Injectable } from '@nestjs/common';", 'Nest'],
  ["import { Connection } from '@temporalio/client';", 'the Temporal client'],
  ["import { readFileSync } from 'node:fs';", 'node I/O'],
  ["import { ItemsService } from '../libs/items/src/items.service';", 'a lib by value'],
  [
    "import type { CycleActivities } from '../libs/inspections/src/cycle.activities';",
    "a lib's types: ports live in workflows/",
  ],
  ["import { dataDir } from '../libs/runtime/src';", 'the runtime'],
  ["import { x } from '../apps/api/src/x';", 'an app'],
];
/** The item workflow's port is in its contracts: not even a type of libs/items comes back (nor of another lib). */
const PORTED = 'workflows/item.workflow.ts';
const refusedInPorted = [
  "import type { ItemActivities } from '../libs/items/src/item.activities';",
  "import type { ItemAudience } from '../libs/messages/src';",
  "import { addCalendarDays } from '../libs/domain/src';",
  "import { itemUpdates } from './contracts';",
].join('\n');
const PURE = ['libs/domain/src/sample.ts', 'libs/messages/src/sample.ts'];
const pureSource = [
  "import { Injectable } from '@nestjs/common';",
  "import { DataSource } from 'typeorm';",
  "import { Pool } from 'pg';",
  "import { proxyActivities } from '@temporalio/workflow';",
  "import { readFileSync } from 'node:fs';",
  "import { addDays } from './calendar';",
].join('\n');

describe('lint keeps the architecture', () => {
  let results: string[][];
  beforeAll(() => {
    results = refusedImports([
      { file: WORKFLOW, source: allowedInWorkflows },
      ...refusedInWorkflows.map(([line]) => ({ file: WORKFLOW, source: line })),
      ...PURE.map((file) => ({ file, source: pureSource })),
      { file: PORTED, source: refusedInPorted },
    ]);
  });

  it('lets workflow code import the workflow API, workflow files (the activity ports among them) and pure domain code', () => {
    expect(results[0]).toEqual([]);
  });

  it.each(refusedInWorkflows.map(([line, what], i) => [line, what, i + 1] as const))(
    'refuses in workflow code: %s (%s)',
    (_line, _what, index) => {
      expect(results[index]).toEqual(['1: @typescript-eslint/no-restricted-imports']);
    },
  );

  it('refuses in the item workflow even the activity types of a lib, and allows the domain and its contracts', () => {
    expect(results.at(-1)).toEqual([1, 2].map((line) => `${line}: @typescript-eslint/no-restricted-imports`));
  });

  it.each(PURE.map((file, i) => [file, 1 + refusedInWorkflows.length + i] as const))(
    'refuses Nest, TypeORM, pg, Temporal and node I/O in %s, and allows its own files',
    (_file, index) => {
      expect(results[index]).toEqual(
        [1, 2, 3, 4, 5].map((line) => `${line}: @typescript-eslint/no-restricted-imports`),
      );
    },
  );
});
