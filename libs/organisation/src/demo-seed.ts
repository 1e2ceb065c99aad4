import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../accounts/src/passwords';
import { newToken } from '../../identity/src/token';
import type { Role, UnitKind } from '../../persistence/src';

/** The demo organisation of seed 000 (芜湖片区), with one ready token per kind of user. */
export interface DemoTokens {
  systemAdmin: string;
  leadAdmin: string;
  branchSecretary: string;
  committeeMember: string;
}

/** What seeding made up and only it knows: the four tokens, and the one password of every demo login. */
export interface DemoSeed {
  tokens: DemoTokens;
  /** The password of every login in DEMO_PEOPLE (printed on every start). */
  password: string;
}

interface DemoUnit {
  key: string;
  code: string;
  name: string;
  kind: UnitKind;
  parent?: string;
}

const UNITS: DemoUnit[] = [
  { key: 'committee', code: 'gs-dw', name: '公司党委', kind: 'committee' },
  {
    key: 'lead',
    code: 'shh-wuhu-dzz',
    name: '商合杭芜湖长江公铁大桥项目部党总支',
    kind: 'general_branch',
    parent: 'committee',
  },
  {
    key: 'guanlang',
    code: 'wuhu-glgj-dzb',
    name: '芜湖长江路管廊及高架项目党支部',
    kind: 'branch',
    parent: 'committee',
  },
  { key: 'zhongjiang', code: 'wuhu-zjq-dzb', name: '芜湖中江桥项目党支部', kind: 'branch', parent: 'committee' },
  { key: 'guidao', code: 'wuhu-gdjt-dzb', name: '芜湖轨道交通项目党支部', kind: 'branch', parent: 'committee' },
  { key: 'zhongjiang-g1', code: 'wuhu-zjq-dxz1', name: '中江桥项目第一党小组', kind: 'group', parent: 'zhongjiang' },
];

type TokenKey = keyof DemoTokens;

/** The demo's people, each with a login (README's first screen lists them); the first four also get a token. */
export const DEMO_PEOPLE: {
  key: TokenKey | 'secretary2' | 'secretary3';
  name: string;
  login: string;
  unit: string;
  role: Role;
}[] = [
  { key: 'systemAdmin', name: '系统管理员', login: 'admin', unit: 'committee', role: 'system_admin' },
  { key: 'committeeMember', name: '党委委员 王明', login: 'wangming', unit: 'committee', role: 'committee_member' },
  { key: 'leadAdmin', name: '片区主责单位 李强', login: 'liqiang', unit: 'lead', role: 'lead_admin' },
  {
    key: 'branchSecretary',
    name: '中江桥党支部书记 张华',
    login: 'zhanghua',
    unit: 'zhongjiang',
    role: 'branch_secretary',
  },
  { key: 'secretary2', name: '管廊党支部书记 刘芳', login: 'liufang', unit: 'guanlang', role: 'branch_secretary' },
  { key: 'secretary3', name: '轨道交通党支部书记 陈刚', login: 'chengang', unit: 'guidao', role: 'branch_secretary' },
];

/**
 * Seeds the demo organisation when the database has no units yet (first start only). Returns the tokens it issued and the
 * demo password, or undefined when the database was already populated.
 */
export async function seedDemoOrganisation(db: DataSource): Promise<DemoSeed | undefined> {
  return db.transaction(async (tx) => {
    // Serialise concurrent first starts; the second one sees the units and does nothing.
    await tx.query('SELECT pg_advisory_xact_lock(872302)');
    const [{ count }] = await tx.query('SELECT count(*)::int AS count FROM units');
    if (count > 0) return undefined;

    const unitIds = new Map<string, { id: string; path: string }>();
    for (const unit of UNITS) {
      const parent = unit.parent ? unitIds.get(unit.parent) : undefined;
      const [{ id }] = await tx.query('SELECT gen_random_uuid() AS id');
      const path = `${parent?.path ?? '/'}${id}/`;
      await tx.query('INSERT INTO units (id, code, name, kind, parent_id, path) VALUES ($1,$2,$3,$4,$5,$6)', [
        id,
        unit.code,
        unit.name,
        unit.kind,
        parent?.id ?? null,
        path,
      ]);
      unitIds.set(unit.key, { id, path });
    }
    const unitId = (key: string): string => (unitIds.get(key) as { id: string }).id;

    const [{ id: regionId }] = await tx.query(
      `INSERT INTO regions (code, name, lead_unit_id) VALUES ('wuhu', '芜湖片区', $1) RETURNING id`,
      [unitId('lead')],
    );
    for (const member of ['lead', 'guanlang', 'zhongjiang', 'guidao']) {
      await tx.query('INSERT INTO region_members (region_id, unit_id) VALUES ($1, $2)', [regionId, unitId(member)]);
    }

    // One made-up password for the whole demo, hashed once: argon2 is slow on purpose, and every test suite seeds.
    const demoPassword = randomBytes(9).toString('base64url');
    const passwordHash = await hashPassword(demoPassword);
    const tokens: Partial<DemoTokens> = {};
    for (const person of DEMO_PEOPLE) {
      const token = await addPerson(tx, person, unitId(person.unit), passwordHash);
      if (person.key in { systemAdmin: 1, leadAdmin: 1, branchSecretary: 1, committeeMember: 1 }) {
        tokens[person.key as TokenKey] = token;
      }
    }
    return { tokens: tokens as DemoTokens, password: demoPassword };
  });
}

async function addPerson(
  tx: EntityManager,
  person: { name: string; login: string; role: Role },
  unitId: string,
  passwordHash: string,
): Promise<string> {
  const [{ id }] = await tx.query('INSERT INTO people (name, unit_id) VALUES ($1, $2) RETURNING id', [
    person.name,
    unitId,
  ]);
  await tx.query('INSERT INTO role_assignments (person_id, role, unit_id) VALUES ($1, $2, $3)', [
    id,
    person.role,
    unitId,
  ]);
  await tx.query(
    'INSERT INTO accounts (person_id, login, password_hash, password_changed_at) VALUES ($1, $2, $3, now())',
    [id, person.login, passwordHash],
  );
  const { token, hash } = newToken();
  await tx.query(`INSERT INTO api_tokens (person_id, token_hash, label) VALUES ($1, $2, 'demo')`, [id, hash]);
  return token;
}
