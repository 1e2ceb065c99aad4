// ESLint (flat config), type-aware through typescript-eslint's project service. Few rules on purpose: the ones
// that catch real bugs (a promise nobody awaits, a promise where a callback must return void) and the folder rules
// of the architecture (what workflow code and the pure domain may import), so those fail as lint, at the line.
// `npm run lint` runs it; `npm test` runs it first.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const workflowImports =
  'Workflow code imports only @temporalio/workflow, @temporalio/common, other workflow files and libs/domain ' +
  '(pure): anything else breaks determinism or the workflow bundle. Activity types are ports in workflows/ ' +
  '(contracts.ts, obligation-contracts.ts, star-rating.contracts.ts) that the libs implement, so libs depend ' +
  'on workflows and never the other way.';
// What workflow code may import: the Temporal workflow API, its own folder and the pure domain.
const anythingElse = {
  regex: String.raw`^(?!@temporalio/(workflow|common)$|\./|\.\./libs/)`,
  message: workflowImports,
};
const libsButDomain = { regex: String.raw`^\.\./libs/(?!domain/src$)`, message: workflowImports };
const pureImports =
  'libs/domain and libs/messages are pure policy: no Nest, TypeORM, pg, Temporal or node I/O. ' +
  'Do the I/O in the lib that owns it and pass the facts in.';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      '.data/**',
      '.tools/**',
      'bench-out/**',
      'test-artifacts/**',
      'coverage/**',
      // Vue single-file components would need vue-eslint-parser; their TypeScript is checked by vue-tsc.
      '**/*.vue',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mts', 'scripts/*.mjs', 'test/**/*.mjs', 'apps/api/src/pages/static/*.js'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        // Each file is typed by the tsconfig that includes it (the root one, apps/console's, scripts/'s); the few
        // JavaScript files outside them (the tests' OpenID provider, the old pages) share a default program.
        projectService: {
          allowDefaultProject: ['test/support/*.mjs', 'apps/api/src/pages/static/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // As Temporal's samples configure it: a floating promise in a workflow or an activity is a lost error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [anythingElse, libsButDomain] }] },
  },
  {
    files: ['libs/domain/**/*.ts', 'libs/messages/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(@nestjs/|@temporalio/|typeorm$|pg$|node:|fs$|http$|https$|child_process$|net$)`,
              message: pureImports,
            },
          ],
        },
      ],
    },
  },
);
