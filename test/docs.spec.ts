/**
 * README is the entry point and stays one screenful of reading; the reference lives in docs/, bench/README.md and
 * test/faults/README.md. Every relative link among them must lead somewhere: a file or folder that exists and, for
 * `#anchor`, a heading of that file (GitHub's slugs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '..');
const README_MAX_BYTES = 15_000;

function documents(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  const notes = existsSync(join(root, 'bench', 'notes'))
    ? readdirSync(join(root, 'bench', 'notes'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => join('bench', 'notes', name))
    : [];
  return ['README.md', 'bench/README.md', 'test/faults/README.md', ...docs, ...notes];
}

function withoutFences(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** The text without fenced blocks and code spans, where brackets are code, not links. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchor: lower case, punctuation dropped (letters of any script kept), spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const lines = withoutFences(readFileSync(join(root, file), 'utf8')).split('\n');
  return new Set(lines.filter((line) => /^#{1,6} /.test(line)).map((line) => slug(line.replace(/^#+ /, ''))));
}

function brokenLinks(file: string): string[] {
  const text = prose(readFileSync(join(root, file), 'utf8'));
  const problems: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
    const [path, anchor] = target.split('#');
    const resolved = path ? relative(root, join(root, dirname(file), path)) : file;
    if (!existsSync(join(root, resolved))) {
      problems.push(`${file}: ${target} (no ${resolved})`);
      continue;
    }
    if (anchor && statSync(join(root, resolved)).isFile() && !anchors(resolved).has(anchor))
      problems.push(`${file}: ${target} (no heading #${anchor} in ${resolved})`);
  }
  return problems;
}

describe('documentation', () => {
  it(`keeps README an entry point of at most ${README_MAX_BYTES} bytes`, () => {
    expect(statSync(join(root, 'README.md')).size).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('links every document of docs/, bench/ and test/faults/ from README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const unlinked = documents()
      .filter((file) => file !== 'README.md' && !file.startsWith('bench/notes/'))
      .filter((file) => !readme.includes(`](${file})`));
    expect(unlinked).toEqual([]);
  });

  it('has no relative link to a missing file or heading', () => {
    expect(documents().flatMap(brokenLinks)).toEqual([]);
  });

  it('checks links the way GitHub renders them', () => {
    expect(slug('Inspection programmes (互检)')).toBe('inspection-programmes-互检');
    expect(slug('Operators: finding a workflow (Temporal UI, `temporal workflow list`)')).toBe(
      'operators-finding-a-workflow-temporal-ui-temporal-workflow-list',
    );
  });
});
