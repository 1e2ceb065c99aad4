/**
 * Operators find workflows by their search attributes on the real Temporal dev server: items by unit, status and
 * light (kept current on each transition: a reassignment moves the unit, a cancellation the status), cycles by
 * region and period.
 */
import { addCalendarDays, localDateOf } from '../libs/domain/src';
import { TemporalClient } from '../libs/temporal/src';
import { bearer, eventually, type Harness, startHarness } from './support/harness';

jest.setTimeout(120_000);

describe('search attributes on the real Temporal dev server', () => {
  let h: Harness;
  let units: Record<string, string>;
  let names: Record<string, string>;
  const lead = () => bearer(h.tokens.leadAdmin);
  const today = localDateOf(Date.now(), 'Asia/Shanghai');

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    const all = await h.http().get('/units').set(bearer(h.tokens.systemAdmin)).expect(200);
    units = Object.fromEntries(all.body.items.map((u: { code: string; id: string }) => [u.code, u.id]));
    names = Object.fromEntries(all.body.items.map((u: { code: string; name: string }) => [u.code, u.name]));
  });
  afterAll(() => h.close());

  const create = async (unit: string, title: string, deadlineIn: number): Promise<string> =>
    (
      await h
        .http()
        .post('/items')
        .set(lead())
        .send({
          responsibleUnitId: units[unit],
          title,
          requirement: '补齐',
          severity: 'major',
          deadline: addCalendarDays(today, deadlineIn),
        })
        .expect(201)
    ).body.id;

  /** The item workflow ids of this suite (its task queue) that the query lists, sorted. */
  const list = async (query: string): Promise<string[]> => {
    const ids: string[] = [];
    const temporal = h.app.get(TemporalClient);
    for await (const w of temporal.workflow.list({ query: `TaskQueue = '${h.taskQueue}' AND ${query}` })) {
      if (w.type === 'itemWorkflow') ids.push(w.workflowId);
    }
    return ids.sort();
  };
  const item = (...ids: string[]) => ids.map((id) => `item-${id}`).sort();
  /** Visibility follows the workflows a moment later: wait until the query lists exactly these, then say so. */
  const listed = async (query: string, expected: string[]): Promise<void> => {
    const same = (ids: string[]) => JSON.stringify(ids) === JSON.stringify(expected);
    await eventually(async () => (same(await list(query)) ? true : undefined)).catch(() => undefined);
    expect(await list(query)).toEqual(expected);
  };

  it('lists items by unit, status and light, and keeps them current on reassignment and cancellation', async () => {
    const zhongjiang = names['wuhu-zjq-dzb'];
    const a = await create('wuhu-zjq-dzb', '标识不全', 30); // green: on schedule
    const b = await create('wuhu-zjq-dzb', '记录缺页', 2); // yellow: 临期, two days before its deadline
    const c = await create('wuhu-glgj-dzb', '台账未更新', 30);

    await listed(`HuijianUnits = '${zhongjiang}'`, item(a, b));
    await listed(`HuijianLight = 'yellow'`, item(b));
    await listed(`HuijianLight = 'green' AND HuijianStatus = 'open'`, item(a, c));
    await listed(`HuijianRegion = '芜湖片区' AND HuijianEscalationLevel = 0`, item(a, b, c));
    await listed(`HuijianDeadline < '${addCalendarDays(today, 10)}T00:00:00+08:00'`, item(b));

    await h
      .http()
      .post(`/items/${c}/reassignment`)
      .set(lead())
      .send({ responsibleUnitId: units['wuhu-zjq-dzb'], responsiblePersonId: null, reason: '职责调整' })
      .expect(200);
    await h.http().post(`/items/${b}/cancellation`).set(lead()).send({ reason: '重复登记' }).expect(200);

    await listed(`HuijianUnits = '${zhongjiang}'`, item(a, b, c));
    await listed(`HuijianStatus = 'cancelled'`, item(b));
    await listed(`HuijianUnits = '${zhongjiang}' AND HuijianStatus = 'open'`, item(a, c));
    await listed(`HuijianUnits = '${names['wuhu-glgj-dzb']}'`, []);

    const memo = (await h.app.get(TemporalClient).workflow.getHandle(`item-${a}`).describe()).memo;
    expect(memo).toEqual({ title: '标识不全', responsibleUnit: zhongjiang, region: '芜湖片区' });
  });
});
