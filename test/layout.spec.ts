/**
 * The monorepo's map, kept true: nest-cli.json names every Nest app and every lib (the Nest CLI's format, read by
 * editors and by whoever runs `npx @nestjs/cli`; the build itself is `tsc`, run by the bootstrap), and README's
 * layout table has a row for each folder. A new app or lib fails here until both list it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
/** apps/console is the Vite app of the console, not a Nest project. */
const NOT_NEST = new Set(['console']);

interface NestProject {
  type: 'application' | 'library';
  root: string;
  entryFile: string;
  sourceRoot: string;
}

function folders(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`)
    .sort();
}

describe('layout', () => {
  const nest = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8')) as {
    projects: Record<string, NestProject>;
  };
  const projects = Object.values(nest.projects);

  it('lists every Nest app and every lib in nest-cli.json', () => {
    const expected = [
      ...folders('apps').filter((folder) => !NOT_NEST.has(folder.slice('apps/'.length))),
      ...folders('libs'),
    ];
    expect(projects.map((p) => p.root).sort()).toEqual(expected.sort());
  });

  it('points each nest-cli.json project at a source folder and an entry file that exist', () => {
    const missing = projects
      .map((p) => join(p.sourceRoot, `${p.entryFile}.ts`))
      .filter((entry) => !existsSync(join(root, entry)));
    expect(missing).toEqual([]);
    for (const p of projects) {
      expect(`${p.root}: ${p.type}`).toBe(`${p.root}: ${p.root.startsWith('libs/') ? 'library' : 'application'}`);
      expect(p.sourceRoot).toBe(`${p.root}/src`);
    }
  });

  it("has a row for every app and lib in README's layout table", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const unlisted = [...folders('apps'), ...folders('libs')].filter((folder) => !readme.includes(`| \`${folder}\` |`));
    expect(unlisted).toEqual([]);
  });
});
