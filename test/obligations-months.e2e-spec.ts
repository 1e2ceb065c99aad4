/**
 * Six months (January–June 2027) of a region of 4 units with a monthly and a quarterly obligation on Temporal's
 * time-skipping server, with the real worker code and a real Postgres: each period opened by its type's tick, every
 * unit recording on the 10th — except 轨道交通 in March (reminded, chased, escalated to the lead unit and the
 * committee, recording on the last day accepted: late), 管廊 in April (sent back, resubmitted, confirmed on time) and
 * 中江桥 in May (never: missed, and a record after the close refused with the reason). Then the exact ledgers, the
 * evaluation facts and the region feed.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { FilesService } from '../libs/files/src';
import { Clock, IdentityService, type Caller } from '../libs/identity/src';
import { createObligationActivities, obligationFacts, ObligationsService } from '../libs/obligations/src';
import { obligationWorkflowIds } from '../workflows/obligation-contracts';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/client';
import { PoliciesService } from '../libs/policies/src';
import type { TemporalClient } from '../libs/temporal/src';
import { DEFAULT_OBLIGATION_TYPES } from '../libs/obligations/src/obligation-types';
import { demoRegion, type DemoRegion } from './support/cycles';
import { tinyPdf, uploadIds } from './support/files';
import type { Harness } from './support/harness';
import { bearer, eventually } from './support/harness';
import { recordHistory } from './support/histories';
import { local, startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(900_000);

const TZ = 'Asia/Shanghai';
const MONTHLY = '6f1a0000-0000-4000-8000-000000000001';
const QUARTERLY = '6f1a0000-0000-4000-8000-000000000002';

describe('six months of obligations on the time-skipping server', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  let region: DemoRegion;
  let service: ObligationsService;
  const clock = new Clock();
  let activities: ReturnType<typeof createObligationActivities>;
  const callers: Record<string, Caller> = {};
  const fileOf: Record<string, string> = {};
  const units = () => ({
    lead: region.lead,
    guanlang: region.guanlang,
    zhongjiang: region.zhongjiang,
    guidao: region.guidao,
  });

  beforeAll(async () => {
    world = await startTimeSkippingWorld('obligations-months');
    ({ h, env } = world);
    region = await demoRegion(h.db);
    await insertType(h.db, MONTHLY, 'test-monthly', '支委会', { kind: 'monthly' }, 25);
    await insertType(h.db, QUARTERLY, 'test-quarterly', '党课', { kind: 'quarterly' }, 31);
    // 2027 has no built-in holiday data yet (Mon–Fri); an admin's override makes 31 March a day off.
    await h.db.query(`INSERT INTO calendar_overrides (day, kind, note) VALUES ('2027-03-31', 'holiday', '片区停工日')`);
    const identity = h.app.get(IdentityService);
    const person = async (name: string) =>
      (await h.db.query('SELECT id FROM people WHERE name LIKE $1', [`%${name}%`]))[0].id as string;
    const names = { lead: '李强', zhongjiang: '张华', guanlang: '刘芳', guidao: '陈刚', committee: '王明' };
    for (const [key, name] of Object.entries(names)) {
      callers[key] = (await identity.callerOf(await person(name))) as Caller;
      if (key !== 'committee') {
        const { token } = await identity.issue(callers[key].personId, 'test');
        [fileOf[key]] = await uploadIds(h, token, [{ name: '签到表.pdf', bytes: tinyPdf(key) }]);
      }
    }
    activities = createObligationActivities(h.db, { orgTimeZone: TZ });
    // The API's service, with its Temporal client on the time-skipping server and its clock on the server's.
    service = new ObligationsService(
      h.db,
      env.client as unknown as TemporalClient,
      h.app.get(FilesService),
      h.app.get(PoliciesService),
      { orgTimeZone: TZ },
      clock,
    );
  });
  afterAll(() => world?.close());

  const until = async (minute: string) => {
    await world.until(minute);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(local(minute)));
  };
  const obligation = async (typeId: string, unitId: string, period: string) =>
    (
      await h.db.query('SELECT id FROM obligations WHERE type_id = $1 AND unit_id = $2 AND period = $3', [
        typeId,
        unitId,
        period,
      ])
    )[0]?.id as string;
  /**
   * One fire of the type's Schedule (the test server has no Schedules): what its tick does — the tick's activity
   * prepares the period's inputs, and each unit's workflow starts under its deterministic id — but started from here
   * rather than as the tick's children: the Java test server keeps a time-skipping lock for every abandoned child
   * that completes after its parent, and the clock would then stop skipping. (The tick itself runs on the dev server
   * in test/obligations.e2e-spec.ts.) Answers the number of the period's obligations opened.
   */
  const tick = async (typeId: string, period: string) => {
    const inputs = await activities.prepareObligations(typeId, await env.currentTimeMs());
    expect(inputs.map((i) => i.dates.period.key)).toEqual(Array(inputs.length).fill(period));
    for (const input of inputs) {
      await env.client.workflow
        .start('obligationWorkflow', {
          workflowId: obligationWorkflowIds.obligation(typeId, input.unitId, period),
          taskQueue: world.taskQueue,
          args: [input],
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        })
        .catch((error: unknown) => {
          if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        });
    }
    // Each workflow writes its opening in its first task: wait until the four units' are in.
    return eventually(async () => {
      const [{ n }] = await h.db.query(
        `SELECT count(*)::int AS n FROM obligation_events e JOIN obligations o ON o.id = e.obligation_id
          WHERE o.type_id = $1 AND o.period = $2 AND e.kind = 'opened'`,
        [typeId, period],
      );
      return n >= 4 ? (n as number) : undefined;
    }, 60_000);
  };
  const record = async (who: keyof ReturnType<typeof units>, typeId: string, period: string, heldOn: string) =>
    service.submitRecord(callers[who], await obligation(typeId, units()[who], period), {
      title: `${period} 会议`,
      heldOn,
      attendeesCount: 6,
      attendeeIds: [callers[who].personId],
      minutes: '学习传达上级精神',
      files: [fileOf[who]],
    });
  const confirm = async (typeId: string, unit: keyof ReturnType<typeof units>, period: string) =>
    service.decide(callers.lead, await obligation(typeId, units()[unit], period), { decision: 'confirm' });
  /** Everyone records on the 10th (some may be left out) and the lead unit confirms on the same day. */
  const tenth = async (typeId: string, period: string, month: string, except: string[] = []) => {
    await until(`2027-${month}-10T10:00`);
    for (const who of ['lead', 'guanlang', 'zhongjiang', 'guidao'] as const) {
      if (except.includes(who)) continue;
      const after = await record(who, typeId, period, `2027-${month}-10`);
      // The lead unit's own obligation has nobody above it to confirm it.
      expect(after.status).toBe(who === 'lead' ? 'done' : 'recorded');
      if (who !== 'lead') expect((await confirm(typeId, who, period)).status).toBe('done');
    }
  };

  it('runs January to June: on time, late (chased and escalated), sent back and resubmitted, missed', async () => {
    for (const [month, quarter] of [
      ['01', '2027-Q1'],
      ['02', null],
      ['03', null],
      ['04', '2027-Q2'],
      ['05', null],
      ['06', null],
    ] as const) {
      await until(`2027-${month}-01T08:00`);
      expect(await tick(MONTHLY, `2027-${month}`)).toBe(4);
      if (quarter) expect(await tick(QUARTERLY, quarter)).toBe(4);
      // A second tick in the period (a catch-up) opens nothing new.
      if (month === '01') expect(await tick(MONTHLY, '2027-01')).toBe(4);

      if (month === '03') {
        await tenth(MONTHLY, '2027-03', '03', ['guidao']);
        await until('2027-03-15T10:00');
        for (const who of ['lead', 'guanlang', 'zhongjiang', 'guidao'] as const) {
          await record(who, QUARTERLY, '2027-Q1', '2027-03-15');
          if (who !== 'lead') await confirm(QUARTERLY, who, '2027-Q1');
        }
      } else if (month === '04') {
        // 轨道交通 records March on the last day a record is accepted (2 April), after the level-2 督办 at 09:00.
        await until('2027-04-02T10:00');
        expect((await record('guidao', MONTHLY, '2027-03', '2027-04-01')).status).toBe('recorded');
        expect((await confirm(MONTHLY, 'guidao', '2027-03')).outcome).toBe('late');
        await tenth(MONTHLY, '2027-04', '04', ['guanlang']);
        await record('guanlang', MONTHLY, '2027-04', '2027-04-09');
        const id = await obligation(MONTHLY, region.guanlang, '2027-04');
        const back = await service.decide(callers.lead, id, { decision: 'send_back', reason: '缺少会议照片' });
        expect(back.status).toBe('sent_back');
        await until('2027-04-12T10:00');
        await record('guanlang', MONTHLY, '2027-04', '2027-04-09');
        expect((await confirm(MONTHLY, 'guanlang', '2027-04')).outcome).toBe('on_time');
      } else if (month === '05') {
        await tenth(MONTHLY, '2027-05', '05', ['zhongjiang']);
      } else {
        await tenth(MONTHLY, `2027-${month}`, month);
      }
      if (month === '06') {
        await until('2027-06-11T10:00');
        for (const who of ['lead', 'guanlang', 'zhongjiang', 'guidao'] as const) {
          await record(who, QUARTERLY, '2027-Q2', '2027-06-11');
          if (who !== 'lead') await confirm(QUARTERLY, who, '2027-Q2');
        }
      }
    }

    // 中江桥's May: missed at the close (1 June); a record on 2 June is refused with the reason.
    await until('2027-06-12T10:00');
    const may = await obligation(MONTHLY, region.zhongjiang, '2027-05');
    await expect(record('zhongjiang', MONTHLY, '2027-05', '2027-05-20')).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { currentState: 'missed', closes: '2027-06-01' },
    });
    // Another unit's obligation: 轨道交通's secretary cannot record for 中江桥 (it does not even see it).
    await expect(
      service.submitRecord(callers.guidao, await obligation(MONTHLY, region.zhongjiang, '2027-06'), {}),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const timeline = async (id: string) =>
      (
        await h.db.query(
          `SELECT kind, to_char(at AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24:MI') AS at FROM obligation_events
            WHERE obligation_id = $1 ORDER BY seq`,
          [id],
        )
      ).map((e: { kind: string; at: string }) => `${e.at} ${e.kind}`);
    expect(await timeline(await obligation(MONTHLY, region.guidao, '2027-03'))).toEqual([
      '03-01 08:00 opened',
      '03-22 09:00 reminder', // T−3
      '03-24 09:00 reminder',
      '03-25 09:00 reminder', // due: 25 March
      '03-26 09:00 escalated_level_1',
      '03-26 09:00 overdue_chase',
      '03-29 09:00 overdue_chase',
      '03-30 09:00 overdue_chase', // 31 March is the override's day off
      '04-01 09:00 overdue_chase',
      '04-02 09:00 escalated_level_2',
      '04-02 09:00 overdue_chase',
      '04-02 10:00 recorded',
      '04-02 10:00 confirmed',
    ]);
    expect(await timeline(may)).toEqual([
      '05-01 08:00 opened',
      '05-21 09:00 reminder', // T−3 is Saturday the 22nd: the working day before
      '05-24 09:00 reminder',
      '05-25 09:00 reminder',
      '05-26 09:00 escalated_level_1',
      '05-26 09:00 overdue_chase',
      '05-27 09:00 overdue_chase',
      '05-28 09:00 overdue_chase',
      '05-31 09:00 overdue_chase',
      '06-01 09:00 escalated_level_2',
      '06-01 09:00 overdue_chase',
      '06-02 00:00 missed',
    ]);
    expect(await timeline(await obligation(MONTHLY, region.guanlang, '2027-04'))).toEqual([
      '04-01 08:00 opened',
      '04-10 10:00 recorded',
      '04-10 10:00 sent_back',
      '04-12 10:00 recorded',
      '04-12 10:00 confirmed',
    ]);
    // Recorded for the replay suite when asked to (RECORD_HISTORIES=1): the late obligation.
    if (process.env.RECORD_HISTORIES) {
      const march = `obligation-${MONTHLY}-${region.guidao}-2027-03`;
      recordHistory('obligation-late', await env.client.workflow.getHandle(march).fetchHistory());
    }
    // The late unit's 督办 went up: to the lead unit at level 1, to the committee at level 2.
    const escalations: { audience: string; recipient: string; title: string }[] = await h.db.query(
      `SELECT n.audience, n.recipient_unit_id AS recipient, n.title FROM notifications n
        WHERE n.obligation_id = $1 AND n.kind = 'escalation' ORDER BY n.due_at, n.audience`,
      [await obligation(MONTHLY, region.guidao, '2027-03')],
    );
    expect(escalations.map((n) => `${n.audience} ${n.recipient}`)).toEqual([
      `responsible ${region.guidao}`,
      `verifier ${region.lead}`,
      `committee ${region.committee}`,
      `responsible ${region.guidao}`,
      `verifier ${region.lead}`,
    ]);
    expect(escalations[2].title).toBe('【督办】芜湖轨道交通项目党支部 2027-03支委会');

    // 总台账: 6 months × 4 units + 2 quarters × 4 units, each on the ledger with its outcome.
    const lead = bearer(h.tokens.leadAdmin);
    const counts = await h.http().get(`/obligations/counts?regionId=${region.regionId}`).set(lead).expect(200);
    expect(counts.body).toMatchObject({
      total: 32,
      byOutcome: { on_time: 30, late: 1, missed: 1, pending: 0 },
      byLight: { green: 30, yellow: 1, red: 1 },
    });
    const late = await h.http().get('/obligations?outcome=late,missed').set(lead).expect(200);
    expect(
      late.body.items.map(
        (e: {
          unitName: string;
          period: string;
          status: string;
          light: string;
          escalationLevel: number;
          chases: number;
        }) => `${e.period} ${e.unitName} ${e.status} ${e.light} 督办${e.escalationLevel} 催办${e.chases}`,
      ),
    ).toEqual([
      '2027-05 芜湖中江桥项目党支部 missed red 督办2 催办5',
      '2027-03 芜湖轨道交通项目党支部 done yellow 督办2 催办5',
    ]);
    const branch = await h.http().get('/obligations').set(bearer(h.tokens.branchSecretary)).expect(200);
    expect(branch.body.total).toBe(8);
    expect(new Set(branch.body.items.map((e: { unitId: string }) => e.unitId))).toEqual(new Set([region.zhongjiang]));
    const quarterly = await h.http().get(`/obligations?typeId=${QUARTERLY}&period=2027-Q1`).set(lead).expect(200);
    expect(quarterly.body.items.map((e: { due: string; closes: string }) => `${e.due} ${e.closes}`)).toEqual(
      Array(4).fill('2027-03-30 2027-04-07'),
    );

    // Evaluation's facts: 31 confirmed records (one late) and the missed obligation.
    const facts = await obligationFacts(h.db, { from: '2027-01-01', to: '2027-06-30', regionId: region.regionId });
    expect(facts.filter((f) => f.fact === 'confirmed_record')).toHaveLength(31);
    expect(
      facts.filter((f) => f.fact === 'confirmed_record' && !f.onTime).map((f) => `${f.unitId} ${f.period}`),
    ).toEqual([`${region.guidao} 2027-03`]);
    expect(facts.filter((f) => f.fact === 'missed').map((f) => `${f.unitId} ${f.period} ${f.typeName}`)).toEqual([
      `${region.zhongjiang} 2027-05 支委会`,
    ]);

    // 晒: the feed shows every confirmed record, newest first, to another unit of the region.
    const feed = await h.http().get(`/regions/${region.regionId}/feed`).set(lead).expect(200);
    const records = feed.body.items.filter((e: { kind: string }) => e.kind === 'record');
    expect(records).toHaveLength(31);
    expect(records[0]).toMatchObject({ typeName: '党课', period: '2027-Q2', heldOn: '2027-06-11' });
    expect(records.every((r: { photos: unknown[] }) => r.photos.length === 1)).toBe(true);
    // 明细账: the secretary of 中江桥 attended 7 recorded meetings (5 monthly, 2 quarterly).
    const attendance = await service.attendance(callers.zhongjiang);
    expect(attendance.items).toHaveLength(7);
  });
});

/** A type row and its first version (its Schedule is the API suite's concern; this suite runs the ticks itself). */
async function insertType(
  db: DataSource,
  id: string,
  code: string,
  name: string,
  cadence: { kind: string },
  day: number,
): Promise<void> {
  const definition = {
    ...DEFAULT_OBLIGATION_TYPES[0],
    name,
    appliesTo: { kind: 'unit_kinds', unitKinds: ['general_branch', 'branch'] },
    cadence,
    window: { kind: 'day_of_last_month', day },
  };
  const { code: _code, ...body } = definition;
  await db.query(
    `INSERT INTO obligation_types (id, code, version, definition, schedule_id) VALUES ($1, $2, 1, $3, $4)`,
    [id, code, JSON.stringify(body), `obligation-type-${id}`],
  );
  await db.query(
    `INSERT INTO obligation_type_versions (type_id, version, definition, effective_from) VALUES ($1, 1, $2, '2027-01-01')`,
    [id, JSON.stringify(body)],
  );
}
