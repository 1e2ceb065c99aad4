/**
 * The authorization matrix, cell by cell: every route of the OpenAPI document declares its permission, and each
 * demo role (system admin, lead unit admin, branch secretary, committee member) is let through or refused (403)
 * exactly as PERMISSIONS says. Scope within a permitted role (another branch's item → 404) is asserted by each
 * concern's own suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Permission, PERMISSIONS } from '../libs/identity/src';
import type { Role } from '../libs/persistence/src';
import { bearer, type Harness, startHarness } from './support/harness';

type Operation = { 'x-permission'?: Permission; 'x-public'?: boolean };
const ROLE_TOKENS: Record<Role, keyof Harness['tokens']> = {
  system_admin: 'systemAdmin',
  lead_admin: 'leadAdmin',
  branch_secretary: 'branchSecretary',
  committee_member: 'committeeMember',
};

describe('authorization matrix', () => {
  let h: Harness;
  let operations: { method: string; path: string; op: Operation }[];

  beforeAll(async () => {
    h = await startHarness();
    const doc = (await h.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method, path, op })),
    );
  });
  afterAll(() => h.close());

  it('has a permission on every route that is not public', () => {
    const undeclared = operations.filter((o) => !o.op['x-public'] && !o.op['x-permission']);
    expect(undeclared.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual([]);
    expect(operations.length).toBeGreaterThan(30);
  });

  it('lets each role through or refuses it exactly as the matrix says', async () => {
    const cells: string[] = [];
    for (const { method, path, op } of operations.filter((o) => o.op['x-permission'])) {
      const permission = op['x-permission'] as Permission;
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => placeholder(name));
      for (const role of Object.keys(ROLE_TOKENS) as Role[]) {
        const res = await h
          .http()
          [method as 'get' | 'post' | 'put' | 'patch' | 'delete'](url)
          .set(bearer(h.tokens[ROLE_TOKENS[role]]))
          .send({});
        const allowed = (PERMISSIONS[permission] as readonly Role[]).includes(role);
        const denied = res.status === 403 && res.body.error?.code === 'FORBIDDEN';
        cells.push(
          `${method.toUpperCase()} ${path} ${role}: ${allowed ? 'allow' : 'deny'} ${denied === !allowed ? 'ok' : `WRONG (${res.status})`}`,
        );
      }
    }
    expect(cells.filter((c) => c.includes('WRONG'))).toEqual([]);
    expect(cells.length).toBe(4 * operations.filter((o) => o.op['x-permission']).length);
  });

  it('is written down in docs/authorization.md, permission by permission', () => {
    const doc = readFileSync(join(__dirname, '..', 'docs', 'authorization.md'), 'utf8');
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${permission}\` |`));
      expect(row).toBeDefined();
      for (const role of Object.keys(ROLE_TOKENS) as Role[]) {
        const cell = (row as string).split('|')[2 + (Object.keys(ROLE_TOKENS) as Role[]).indexOf(role)].trim();
        expect(`${permission} ${role} ${cell}`).toBe(
          `${permission} ${role} ${(roles as readonly Role[]).includes(role) ? '✓' : '—'}`,
        );
      }
    }
  });
});

/** A well-formed value for a path parameter that names nothing, so allowed calls end in 400/404, never in a change. */
function placeholder(name: string): string {
  if (name === 'version') return '999';
  if (name === 'date') return '2031-01-01';
  return '00000000-0000-4000-8000-000000000000';
}
