#!/usr/bin/env node
// The console's API types, generated from the contract (docs/openapi.json) by openapi-typescript, so the pages and
// the API cannot disagree unnoticed. Run by `npm run openapi` (after it rewrites the contract) and by the console
// build; test/console-api-types.spec.ts fails while the checked-in file is stale.
//
//   node scripts/console-api-types.mjs            rewrite the file when the contract changed
//   node scripts/console-api-types.mjs --check    exit 1 (saying why) when the file is not what the contract gives
//   --openapi <path> --out <path>                 other files (the test checks a tampered copy)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}

const openapiPath = option('--openapi', join(root, 'docs', 'openapi.json'));
const outPath = option('--out', join(root, 'apps', 'console', 'src', 'api', 'openapi.gen.ts'));
const check = process.argv.includes('--check');

/** The first line names the contract's hash: the build skips generating while it matches. */
const stampLine = (contract) =>
  `// Generated from docs/openapi.json (sha256 ${createHash('sha256').update(contract).digest('hex')}) by ` +
  '`npm run openapi`; do not edit.';

async function generate(contract) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const prettier = await import('prettier');
  // defaultNonNullable off: a request field with a default (enabled: true) stays optional for the caller.
  const nodes = await openapiTS(JSON.parse(contract), { alphabetize: true, defaultNonNullable: false });
  const text = `${stampLine(contract)}\n${astToString(nodes)}`;
  const config = (await prettier.resolveConfig(outPath)) ?? {};
  return prettier.format(text, { ...config, parser: 'typescript' });
}

const contract = readFileSync(openapiPath, 'utf8');
const current = existsSync(outPath) ? readFileSync(outPath, 'utf8') : null;
const shown = relative(root, outPath);

if (check) {
  const want = await generate(contract);
  if (current === want) process.exit(0);
  console.error(
    current === null
      ? `${shown} is missing: run \`npm run openapi\`.`
      : `${shown} is not what ${relative(root, openapiPath)} gives (stale or edited by hand): run \`npm run openapi\`.`,
  );
  process.exit(1);
}
if (current?.startsWith(`${stampLine(contract)}\n`)) process.exit(0);
writeFileSync(outPath, await generate(contract));
console.log(`huijian: wrote ${shown} from ${relative(root, openapiPath)}`);
