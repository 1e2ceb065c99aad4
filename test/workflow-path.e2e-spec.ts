import { TemporalClient } from '../libs/temporal/src';
import { bearer, eventually, type Harness, startHarness } from './support/harness';

describe('API → Temporal → worker → activity → Postgres', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ worker: true });
  });
  afterAll(() => h.close());

  it('runs a probe workflow end to end and shows its result through the API', async () => {
    const admin = bearer(h.tokens.systemAdmin);
    const started = await h.http().post('/diagnostics/probes').set(admin).send({ message: '互检 ping' }).expect(201);
    expect(started.body.workflowId).toBe(`probe-${started.body.id}`);

    const done = await eventually(async () => {
      const res = await h.http().get(`/diagnostics/probes/${started.body.id}`).set(admin).expect(200);
      return res.body.status === 'completed' ? res.body : undefined;
    });
    expect(done.echo).toBe('回声: 互检 ping');
    const handle = h.app.get(TemporalClient).workflow.getHandle(started.body.workflowId);
    expect(await handle.result()).toEqual({ probeId: started.body.id, echo: '回声: 互检 ping' });
  });

  it('is for system admins only', async () => {
    await h.http().post('/diagnostics/probes').set(bearer(h.tokens.branchSecretary)).send({ message: 'x' }).expect(403);
  });
});
