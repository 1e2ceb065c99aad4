/**
 * The folder rules that keep workflows deterministic and the layers apart, checked on the source itself:
 * workflow code imports only the Temporal workflow API, pure domain code and other workflow files (each workflow's
 * activity port is in its contracts, implemented by a lib, so libs depend on workflows and never back); libs/domain
 * imports nothing with I/O; and the one reading of the workflow clock is in workflows/clock.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

function imports(file: string): { spec: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+[\s\S]*?from\s+'([^']+)';/gm)].map((m) => ({ spec: m[1] }));
}

describe('architecture', () => {
  it('workflows import only @temporalio/workflow, pure domain code and workflow files, not even types of a lib', () => {
    const problems = sources(join(root, 'workflows')).flatMap((file) =>
      imports(file)
        .filter(
          ({ spec }) =>
            !(
              spec === '@temporalio/workflow' ||
              spec === '@temporalio/common' ||
              spec.startsWith('./') ||
              spec === '../libs/domain/src'
            ),
        )
        .map(({ spec }) => `${relative(root, file)} imports ${spec}`),
    );
    expect(problems).toEqual([]);
  });

  it("the libs implement the workflows' ports: no workflow file is imported by a lib except its contracts", () => {
    const libs = join(root, 'libs');
    const problems = sources(libs).flatMap((file) =>
      imports(file)
        .map((i) => i.spec)
        .filter(
          (spec) => /\/workflows\//.test(spec) && !/\/workflows\/([\w-]+[.-])?contracts$|search-attributes$/.test(spec),
        )
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(problems).toEqual([]);
  });

  it('workflows read the clock only in workflows/clock.ts and never use Math.random', () => {
    const problems = sources(join(root, 'workflows')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found: string[] = [];
      if (!file.endsWith('clock.ts') && /Date\.now\(|new Date\(\)/.test(text))
        found.push(`${relative(root, file)} reads the clock`);
      if (/Math\.random\(/.test(text)) found.push(`${relative(root, file)} uses Math.random`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it.each(['domain', 'messages'])(
    'libs/%s is pure: no Nest, TypeORM, pg, Temporal, node I/O, clock or randomness',
    (lib) => {
      const problems = sources(join(root, 'libs', lib, 'src')).flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const bad = imports(file)
          .map((i) => i.spec)
          .filter((spec) => /^@nestjs|^typeorm$|^pg$|^@temporalio|^node:|^fs$|^http/.test(spec));
        if (/Date\.now\(|new Date\(\)|Math\.random\(/.test(text)) bad.push('clock or randomness');
        return bad.map((b) => `${relative(root, file)}: ${b}`);
      });
      expect(problems).toEqual([]);
    },
  );
});
