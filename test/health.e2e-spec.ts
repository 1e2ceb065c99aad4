import { join } from 'node:path';
import { runMigrations } from '../libs/persistence/src';
import { dataDir, freePort, startEmbeddedPostgres } from '../libs/runtime/src';
import { bearer, type Harness, startHarness } from './support/harness';

describe('GET /health', () => {
  it('is 200 with both dependencies up, and needs no token', async () => {
    const h = await startHarness();
    try {
      const res = await h.http().get('/health').expect(200);
      // Up or down only: where the database lives is for system admins.
      expect(res.body).toEqual({ status: 'ok', postgres: { status: 'up' }, temporal: { status: 'up' } });
      const details = await h.http().get('/health/details').set(bearer(h.tokens.systemAdmin)).expect(200);
      expect(details.body.postgres).toEqual({ status: 'up', target: expect.stringContaining('/t_') });
      await h.http().get('/health/details').set(bearer(h.tokens.leadAdmin)).expect(403);
      await h.http().get('/health/details').expect(401);
    } finally {
      await h.close();
    }
  });

  it('is 503 naming Temporal and where it was looked for when Temporal is unreachable', async () => {
    const deadPort = await freePort();
    const h: Harness = await startHarness({ env: { TEMPORAL_ADDRESS: `127.0.0.1:${deadPort}` } });
    try {
      const res = await h.http().get('/health').expect(503);
      expect(res.body).toEqual({ status: 'degraded', postgres: { status: 'up' }, temporal: { status: 'down' } });
      const details = await h.http().get('/health/details').set(bearer(h.tokens.systemAdmin)).expect(503);
      expect(details.body.temporal).toMatchObject({ status: 'down', target: `127.0.0.1:${deadPort}` });
    } finally {
      await h.close();
    }
  });

  it('reports Postgres down while the API stays up, and recovers when it is back', async () => {
    const port = await freePort();
    const clusterDir = join(dataDir(), `test-${process.pid}`, `health-pg-${port}`);
    let pg = await startEmbeddedPostgres({ clusterDir, port, database: 'huijian', fast: true });
    await runMigrations(pg.url);
    const h = await startHarness({ env: { DATABASE_URL: pg.url } });
    try {
      await h.http().get('/health').expect(200);
      await pg.stop();
      const down = await h.http().get('/health').expect(503);
      expect(down.body).toEqual({ status: 'degraded', postgres: { status: 'down' }, temporal: { status: 'up' } });

      pg = await startEmbeddedPostgres({ clusterDir, port, database: 'huijian', fast: true });
      const deadline = Date.now() + 15_000;
      let status = 503;
      while (status !== 200 && Date.now() < deadline) {
        status = (await h.http().get('/health')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
    } finally {
      await h.close();
      await pg.stop();
    }
  });
});
