import { addCalendarDays, DEFAULT_RUBRIC, localDateOf, type Pair } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import { TemporalClient } from '../libs/temporal/src';
import { type DemoRegion, demoRegion, insertProgramme, marks, nextCycleInput } from './support/cycles';
import { bearer, eventually, type Harness, startHarness } from './support/harness';

describe('cycles API (real Temporal dev server)', () => {
  let h: Harness;
  let region: DemoRegion;
  let cycleId: string;
  let pairs: Pair[];
  const tokens: Record<string, { Authorization: string }> = {};
  const deadline = addCalendarDays(localDateOf(Date.now(), 'Asia/Shanghai'), 30);

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    region = await demoRegion(h.db);
    const programmeId = await insertProgramme(h.db, region);
    const input = await nextCycleInput(h.db, region, programmeId, 1, '2030-01', [] as Pair[][]);
    ({ cycleId, pairs } = input);
    await h.app.get(TemporalClient).workflow.start('cycleWorkflow', {
      workflowId: `cycle-${programmeId}-2030-01`,
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
    tokens.committee = bearer(h.tokens.committeeMember);
  });
  afterAll(() => h.close());

  const selfCheck = (token: { Authorization: string }, body: Record<string, unknown> = {}) =>
    h
      .http()
      .post(`/cycles/${cycleId}/self-check`)
      .set(token)
      .send({ scores: marks(90), findings: [], ...body });

  it('shows the cycle to the region and hides it from nobody else', async () => {
    const res = await h.http().get(`/cycles/${cycleId}`).set(tokens.zhongjiang).expect(200);
    expect(res.body).toMatchObject({ phase: 'self_check', cycleNumber: 1, participants: region.participants });
    expect(res.body.pairs).toHaveLength(4);
    expect(res.body.leadUnitId).toBe(region.lead);
    expect(res.body.rubric).toEqual(DEFAULT_RUBRIC);
    // The programme's rubric changes for later cycles; this one is still scored by the rubric it started with.
    const [{ programme_id: programmeId }] = await h.db.query('SELECT programme_id FROM cycles WHERE id = $1', [
      cycleId,
    ]);
    await h.db.query(`UPDATE programmes SET rubric = '{"criteria":[]}' WHERE id = $1`, [programmeId]);
    const later = await h.http().get(`/cycles/${cycleId}`).set(tokens.committee).expect(200);
    expect(later.body.rubric).toEqual(DEFAULT_RUBRIC);
    await h.db.query('UPDATE programmes SET rubric = $2 WHERE id = $1', [programmeId, JSON.stringify(DEFAULT_RUBRIC)]);
    await h.http().get(`/cycles/${cycleId}/report`).set(tokens.lead).expect(404);
    await h.http().get('/cycles/00000000-0000-4000-8000-000000000000').set(tokens.lead).expect(404);
  });

  it('answers a cycle its workflow has not planned yet with no due times, not a 500', async () => {
    const [{ programme_id: programmeId }] = await h.db.query('SELECT programme_id FROM cycles WHERE id = $1', [
      cycleId,
    ]);
    // Reserved by the programme's tick, the instant before the cycle's workflow projects its plan.
    const [{ id }] = await h.db.query(
      `INSERT INTO cycles (id, programme_id, period, cycle_number, workflow_id, phase, started_at, due_times,
                           participants, pairs, projection_seq)
       VALUES (gen_random_uuid(), $1, '2099-01', 99, 'cycle-unplanned', 'open', now(), '{}', $2, '[]', 0)
       RETURNING id`,
      [programmeId, region.participants],
    );
    try {
      const detail = await h.http().get(`/cycles/${id}`).set(tokens.lead).expect(200);
      expect(detail.body).toMatchObject({ phase: 'open', dueTimes: null, submitted: [] });
      const listed = (await h.http().get('/cycles').set(tokens.lead).expect(200)).body.items;
      expect(listed.find((c: { id: string }) => c.id === id)).toMatchObject({ dueTimes: null });
    } finally {
      await h.db.query('DELETE FROM cycles WHERE id = $1', [id]);
    }
  });

  it('validates a submission: marks against the rubric, findings with deadlines, unknown fields', async () => {
    const bad = await selfCheck(tokens.zhongjiang, {
      scores: { ...marks(90), party_members_lead: 101, extra: 1 },
    }).expect(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['scores.party_members_lead', 'scores.extra']),
    );
    const past = await selfCheck(tokens.zhongjiang, {
      findings: [
        {
          criterionKey: 'staff_morale',
          description: '士气低',
          severity: 'minor',
          deduction: 1,
          requirement: '谈心',
          deadline: '2020-01-01',
        },
      ],
    }).expect(400);
    expect(past.body.error.details.fields[0].field).toBe('findings[0].deadline');
    await selfCheck(tokens.zhongjiang, { colour: 'red' }).expect(400);
    expect(
      (await h.db.query('SELECT count(*)::int AS n FROM cycle_submissions')).map((r: { n: number }) => r.n),
    ).toEqual([0]);
  });

  it('takes one self-check per unit: a retry with the same Idempotency-Key is answered once, a second submission refused', async () => {
    const withFinding = {
      findings: [
        {
          criterionKey: 'staff_morale',
          description: '职工之家未开放',
          severity: 'minor',
          deduction: 2,
          requirement: '按时开放',
          deadline,
        },
      ],
    };
    const first = await selfCheck(tokens.zhongjiang, withFinding).set('Idempotency-Key', 'zjq-self-1').expect(200);
    expect(first.body.selfChecksIn).toEqual([region.zhongjiang]);
    const retried = await selfCheck(tokens.zhongjiang, withFinding).set('Idempotency-Key', 'zjq-self-1').expect(200);
    expect(retried.body).toEqual(first.body);
    await selfCheck(tokens.zhongjiang, withFinding).set('Idempotency-Key', 'not ok!').expect(400);
    const again = await selfCheck(tokens.zhongjiang, withFinding).expect(409);
    expect(again.body.error.code).toBe('CONFLICT');
    // The list says who has submitted what, with the pairs and due times: 我的待办 needs no request per cycle.
    const listed = (await h.http().get('/cycles').set(tokens.zhongjiang).expect(200)).body.items.find(
      (c: { id: string }) => c.id === cycleId,
    );
    expect(listed.submitted).toEqual([{ kind: 'self_check', inspectorUnitId: region.zhongjiang }]);
    expect(listed.pairs).toHaveLength(4);
    expect(Object.keys(listed.dueTimes).sort()).toEqual([
      'meeting',
      'mutualInspectionDue',
      'reportDue',
      'selfCheckDue',
    ]);
    await eventually(async () =>
      (await h.db.query('SELECT 1 FROM items WHERE cycle_id = $1', [cycleId])).length ? true : undefined,
    );
    const items = await h.db.query(
      'SELECT responsible_unit_id, verifier_unit_id, source FROM items WHERE cycle_id = $1',
      [cycleId],
    );
    expect(items).toEqual([
      { responsible_unit_id: region.zhongjiang, verifier_unit_id: region.lead, source: 'inspection' },
    ]);
  });

  it('refuses the wrong actor: an inspection of someone else’s peer, a meeting by a branch, out-of-phase steps', async () => {
    const inspecteeOfGuanlang = pairs.find((p) => p.inspector === region.guanlang)?.inspectee as string;
    const notMine = region.participants.find((u) => u !== inspecteeOfGuanlang && u !== region.guanlang) as string;
    const early = await h
      .http()
      .post(`/cycles/${cycleId}/inspections`)
      .set(tokens.guanlang)
      .send({ inspecteeUnitId: inspecteeOfGuanlang, scores: marks(80), findings: [] })
      .expect(409);
    expect(early.body.error.details).toMatchObject({ currentState: 'self_check', submission: 'mutual_inspection' });
    // The message says when the window opens, in Chinese unless the caller asks for English.
    expect(early.body.error.message).toMatch(/^本期互检尚在自检阶段，互检将于\d+月\d+日（周.）开始$/);
    const earlyEn = await h
      .http()
      .post(`/cycles/${cycleId}/inspections`)
      .set(tokens.guanlang)
      .set('Accept-Language', 'en-GB,en;q=0.9,zh;q=0.5')
      .send({ inspecteeUnitId: inspecteeOfGuanlang, scores: marks(80), findings: [] })
      .expect(409);
    expect(earlyEn.body.error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: `The cycle is in self_check; mutual_inspection is not accepted before ${early.body.error.details.opensAt}`,
      requestId: expect.any(String),
    });
    await selfCheck(tokens.guanlang).expect(200);
    await selfCheck(tokens.guidao).expect(200);
    await selfCheck(tokens.lead).expect(200); // the lead unit is a participant too: all in → mutual inspection
    const wrongPeer = await h
      .http()
      .post(`/cycles/${cycleId}/inspections`)
      .set(tokens.guanlang)
      .send({ inspecteeUnitId: notMine, scores: marks(80), findings: [] })
      .expect(400);
    expect(wrongPeer.body.error.details).toMatchObject({
      field: 'inspecteeUnitId',
      assignedInspectee: inspecteeOfGuanlang,
    });
    await h
      .http()
      .post(`/cycles/${cycleId}/meeting`)
      .set(tokens.guanlang)
      .send({ minutes: 'x', attendance: [] })
      .expect(403);
    await h
      .http()
      .post(`/cycles/${cycleId}/self-check`)
      .set(tokens.committee)
      .send({ scores: marks(90), findings: [] })
      .expect(403);
  });
});
