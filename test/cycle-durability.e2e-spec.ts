/**
 * A cycle's submissions under concurrency (issue 22, defects 1 and 8), on the real dev server through the API. A
 * lock on `cycle_submissions` held by the test keeps a submission's activity from committing, which opens the
 * window a double click or two people of one unit fall into, for as long as the test needs.
 */
import { Client } from 'pg';
import type { Pair } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import type { CycleReport } from '../libs/inspections/src';
import { createProgrammeActivities } from '../libs/programmes/src/programme.activities';
import { TemporalClient } from '../libs/temporal/src';
import { type DemoRegion, demoRegion, insertProgramme, marks, nextCycleInput } from './support/cycles';
import { bearer, eventually, type Harness, startHarness } from './support/harness';

jest.setTimeout(90_000);

describe('cycle submissions under concurrency (real Temporal dev server)', () => {
  let h: Harness;
  let region: DemoRegion;
  let cycleId: string;
  let pairs: Pair[];
  let workflowId: string;
  const tokens: Record<string, { Authorization: string }> = {};

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    region = await demoRegion(h.db);
    const programmeId = await insertProgramme(h.db, region);
    const input = await nextCycleInput(h.db, region, programmeId, 1, '2030-02', [] as Pair[][]);
    ({ cycleId, pairs } = input);
    workflowId = `cycle-${programmeId}-2030-02`;
    await h.app.get(TemporalClient).workflow.start('cycleWorkflow', {
      workflowId,
      taskQueue: h.taskQueue,
      args: [input],
    });
    await eventually(async () =>
      (await h.db.query('SELECT 1 FROM cycles WHERE id = $1', [cycleId])).length ? true : undefined,
    );
    const issue = async (name: string) => {
      const [p] = await h.db.query('SELECT id FROM people WHERE name LIKE $1', [`%${name}%`]);
      return bearer((await h.app.get(IdentityService).issue(p.id, 'test')).token);
    };
    tokens.zhongjiang = bearer(h.tokens.branchSecretary);
    tokens.guanlang = await issue('刘芳');
    tokens.guidao = await issue('陈刚');
    tokens.lead = bearer(h.tokens.leadAdmin);
  });
  afterAll(() => h.close());

  /** Holds a lock that lets reads through but makes every write to the table wait, until released. */
  const blockWrites = async (table: string) => {
    const client = new Client({ connectionString: h.databaseUrl });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
    return async () => {
      await client.query('COMMIT');
      await client.end();
    };
  };
  const settled = (p: Promise<unknown>[], ms: number) => Promise.race([...p, new Promise((r) => setTimeout(r, ms))]);
  const finding = {
    criterionKey: 'staff_morale',
    description: '职工之家未开放',
    severity: 'minor',
    deduction: 2,
    requirement: '按时开放',
    deadline: '2030-03-31',
  };
  const selfCheck = (token: { Authorization: string }, findings: unknown[] = []) =>
    h
      .http()
      .post(`/cycles/${cycleId}/self-check`)
      .set(token)
      .send({ scores: marks(90), findings })
      .then((r) => r);
  const inspection = (token: { Authorization: string }, inspector: string) =>
    h
      .http()
      .post(`/cycles/${cycleId}/inspections`)
      .set(token)
      .send({
        inspecteeUnitId: pairs.find((p) => p.inspector === inspector)?.inspectee,
        scores: marks(80),
        findings: [],
      })
      .then((r) => r);
  const count = async (sql: string, ...args: unknown[]): Promise<number> =>
    (await h.db.query(sql, args))[0].n as number;

  it.each([
    ['without findings', 'guanlang', []],
    ['with a finding', 'guidao', [finding]],
  ] as const)(
    'two self-checks of one unit at once (%s): one accepted, the other refused with 409, one row each',
    async (_, unit, findings) => {
      const release = await blockWrites('cycle_submissions');
      const both = [selfCheck(tokens[unit], [...findings]), selfCheck(tokens[unit], [...findings])];
      // The refusal comes while the accepted one is still being recorded.
      await settled(both, 5_000);
      await release();
      const answers = await Promise.all(both);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const refused = answers.find((a) => a.status === 409);
      expect(refused?.body.error.code).toBe('CONFLICT');
      const unitId = region[unit];
      expect(
        await count(
          `SELECT count(*)::int AS n FROM cycle_submissions WHERE cycle_id = $1 AND inspector_unit_id = $2`,
          cycleId,
          unitId,
        ),
      ).toBe(1);
      expect(
        await count('SELECT count(*)::int AS n FROM findings WHERE cycle_id = $1 AND unit_id = $2', cycleId, unitId),
      ).toBe(findings.length);
      if (findings.length > 0) {
        await eventually(async () =>
          (await count('SELECT count(*)::int AS n FROM items WHERE cycle_id = $1', cycleId)) === 1 ? true : undefined,
        );
      }
    },
  );

  it('the report counts a submission accepted just before the meeting, and the cycle closes', async () => {
    await selfCheck(tokens.zhongjiang).then((r) => expect(r.status).toBe(200));
    await selfCheck(tokens.lead).then((r) => expect(r.status).toBe(200));
    const phase = async () => (await h.db.query('SELECT phase FROM cycles WHERE id = $1', [cycleId]))[0].phase;
    await eventually(async () => ((await phase()) === 'mutual_inspection' ? true : undefined));
    for (const [unit, inspector] of [
      ['lead', region.lead],
      ['guanlang', region.guanlang],
      ['zhongjiang', region.zhongjiang],
    ] as const) {
      await inspection(tokens[unit], inspector).then((r) => expect(r.status).toBe(200));
    }
    // The last inspection is accepted but cannot commit yet; everything is in, so the meeting phase begins and the
    // lead unit records the meeting, which would start the report.
    const release = await blockWrites('cycle_submissions');
    const last = inspection(tokens.guidao, region.guidao);
    await eventually(async () => ((await phase()) === 'meeting' ? true : undefined));
    const meeting = await h
      .http()
      .post(`/cycles/${cycleId}/meeting`)
      .set(tokens.lead)
      .send({ minutes: '通报互检情况', attendance: [] });
    expect(meeting.status).toBe(200);
    await eventually(async () => ((await phase()) === 'report' ? true : undefined));
    await new Promise((r) => setTimeout(r, 1_000));
    await release();
    expect((await last).status).toBe(200);
    await eventually(async () => ((await phase()) === 'closed' ? true : undefined));
    const [{ report }] = await h.db.query('SELECT report FROM cycles WHERE id = $1', [cycleId]);
    expect((report as CycleReport).unscored).toEqual([]);
    expect((report as CycleReport).ranking).toHaveLength(region.participants.length);
    expect((await h.app.get(TemporalClient).workflow.getHandle(workflowId).result()).phase).toBe('closed');
  });

  it('numbers concurrent ticks of one programme apart (a catch-up of several fires), one cycle per period', async () => {
    const programmeId = await insertProgramme(h.db, region);
    const { prepareCycle } = createProgrammeActivities(h.db, { orgTimeZone: 'Asia/Shanghai' });
    const fire = (month: string) => Date.parse(`2031-${month}-25T09:00:00+08:00`);
    const [january, february, againJanuary] = await Promise.all([
      prepareCycle(programmeId, fire('01')),
      prepareCycle(programmeId, fire('02')),
      prepareCycle(programmeId, fire('01')),
    ]);
    expect([january?.cycleNumber, february?.cycleNumber].sort()).toEqual([1, 2]);
    expect(againJanuary).toMatchObject({ cycleId: january?.cycleId, cycleNumber: january?.cycleNumber });
    // The later cycle's pairs rotate away from the earlier one's.
    const [first, second] = [january, february].sort((a, b) => (a?.cycleNumber ?? 0) - (b?.cycleNumber ?? 0));
    expect(second?.pairs).not.toEqual(first?.pairs);
    expect(await count('SELECT count(*)::int AS n FROM cycles WHERE programme_id = $1', programmeId)).toBe(2);
  });
});
