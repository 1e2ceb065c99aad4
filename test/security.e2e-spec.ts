import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, type Harness, startHarness } from './support/harness';
import { captureLogs } from './support/logs';

describe('security: headers, audit log, rate limits', () => {
  describe('with default limits', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(() => h.close());

    it("bounds every statement of the API's pool (statement_timeout), so a heavy read cannot hold a connection", async () => {
      const pool = h.app.get(DataSource);
      expect(await pool.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '30s' }]);
    });

    it('answers out-of-range numbers and forged cursors with 400 naming the field, never 500', async () => {
      const admin = bearer(h.tokens.systemAdmin);
      const field = async (url: string) => {
        const res = await h.http().get(url).set(admin).expect(400);
        return res.body.error.details.fields.map((f: { field: string }) => f.field);
      };
      expect(await field('/items?offset=1e21')).toEqual(['offset']);
      expect(await field('/inbox?offset=1e21')).toEqual(['offset']);
      expect(await field('/ledger?minOverdueDays=1000000000')).toEqual(['minOverdueDays']);
      expect(await field('/items?minOverdueDays=1e21')).toEqual(['minOverdueDays']);
      // A cursor as the old format made it (plain base64 JSON), with a key that does not cast to the sort's type.
      const forged = Buffer.from(
        JSON.stringify({ s: 'deadline', k: 'not a date', id: '00000000-0000-4000-8000-000000000000' }),
      ).toString('base64url');
      expect(await field(`/ledger?cursor=${forged}`)).toEqual(['cursor']);
      expect(await field(`/ledger?cursor=${forged}.${'A'.repeat(43)}`)).toEqual(['cursor']);
      expect(await field(`/board/items?cursor=${forged}`)).toEqual(['cursor']);
    });

    it('sends security headers and never a stack trace', async () => {
      const res = await h.http().get('/health');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      // PUBLIC_URL is http here (a LAN without TLS): browsers must not be told to fetch the console over https.
      for (const path of ['/health', '/app/', '/docs'])
        expect((await h.http().get(path)).headers['content-security-policy']).not.toContain(
          'upgrade-insecure-requests',
        );
      expect(res.headers['x-powered-by']).toBeUndefined();
      const bad = await h
        .http()
        .post('/units')
        .set(bearer(h.tokens.systemAdmin))
        .set('content-type', 'application/json')
        .send('{"x":');
      expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.js:\d+/);
      expect(bad.body.error.requestId).toBe(bad.headers['x-request-id']);
    });

    it('audits every write, refused ones too, without secrets; only system admins read it; rows are append-only', async () => {
      const admin = bearer(h.tokens.systemAdmin);
      const created = await h
        .http()
        .post('/units')
        .set(admin)
        .set('x-request-id', 'audit-test-1')
        .send({ code: 'aud-1', name: '审计', kind: 'branch' })
        .expect(201);
      await h.http().post('/units').set(admin).send({ code: 'bad code' }).expect(400);
      const people = await h.http().get('/people').set(admin).expect(200);
      const issued = await h
        .http()
        .post('/tokens')
        .set(admin)
        .send({ personId: people.body.items[0].id, label: 'audit' })
        .expect(201);

      const log = await h.http().get('/audit?action=POST%20/units').set(admin).expect(200);
      expect(log.body.items.map((r: { status: number }) => r.status)).toEqual([400, 201]);
      expect(log.body.items[1]).toMatchObject({
        action: 'POST /units',
        requestId: 'audit-test-1',
        actorName: '系统管理员',
        request: { code: 'aud-1', name: '审计', kind: 'branch' },
        outcome: { status: 201, id: created.body.id },
      });
      const tokenRows = await h.http().get('/audit?action=POST%20/tokens').set(admin).expect(200);
      expect(JSON.stringify(tokenRows.body)).not.toContain(issued.body.token);

      await h.http().get('/audit').set(bearer(h.tokens.leadAdmin)).expect(403);
      // A year Postgres cannot store is the caller's mistake, named by field (the input fuzz found it as a 500).
      const farPast = await h.http().get('/audit?until=-021247-02-11T21:08:25.518Z').set(admin).expect(400);
      expect(farPast.body.error.details.fields).toEqual([
        { field: 'until', reason: 'must be a date-time from 1970 to 9999' },
      ]);
      const notADate = await h.http().get('/audit?since=yesterday').set(admin).expect(400);
      expect(notADate.body.error.message).toContain('since（须为日期时间（ISO 8601））');
      await expect(h.db.query('UPDATE audit_log SET status = 200')).rejects.toThrow(/append-only/);
      await expect(h.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    });
  });

  describe('with low limits', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ env: { RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '5', RATE_LIMIT_WRITES_PER_MINUTE: '3' } });
    });
    afterAll(() => h.close());

    it('answers 429 to a person writing too fast, and reads stay allowed', async () => {
      const lead = bearer(h.tokens.leadAdmin);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await h.http().post('/items').set(lead).send({})).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
      const limited = await h.http().post('/items').set(lead).send({});
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      await h.http().get('/items').set(lead).expect(200);
    });

    it('answers 429 to an address that keeps failing authentication', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push(
          (
            await h
              .http()
              .get('/units')
              .set(bearer(`hj_guess_${i}`))
          ).status,
        );
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      // The failures never block a valid credential from the same address (behind a proxy: everybody's address).
      await h.http().get('/units').set(bearer(h.tokens.branchSecretary)).expect(200);
      await h.http().get('/units').set(bearer('hj_guess_again')).expect(429);
    });

    it('takes the client address from X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
      const guess = (forwardedFor: string) =>
        h
          .http()
          .get('/units')
          .set('X-Forwarded-For', forwardedFor)
          .set(bearer('hj_guess'))
          .then((r) => r.status);
      // TRUST_PROXY=false (the default): a client cannot pick a fresh address for each guess.
      expect(await guess('203.0.113.7')).toBe(429);
    });
  });

  describe('with its logs captured', () => {
    const logs = captureLogs();
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ logs, env: { LOG_LEVEL: 'info' } });
    });
    afterAll(() => h.close());

    it("logs a failed query's statement and SQLSTATE, never its parameters (the request's values)", async () => {
      await h.db.query(`CREATE FUNCTION refuse_unit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'no new units in this test'; END $$`);
      await h.db.query(`CREATE TRIGGER refuse_unit BEFORE INSERT ON units FOR EACH ROW EXECUTE FUNCTION refuse_unit()`);
      const marker = 'leakcheck7f3a';
      // Past the contract checker: an unexpected 500 is what this test provokes.
      const res = await request(h.app.getHttpServer())
        .post('/units')
        .set(bearer(h.tokens.systemAdmin))
        .set('x-request-id', 'db-error-1')
        .send({ code: marker, name: `单位${marker}`, kind: 'branch' })
        .expect(500);
      expect(res.body.error).toMatchObject({ code: 'INTERNAL', requestId: 'db-error-1' });
      const unhandled = logs.lines().find((l) => l.msg === 'Unhandled error');
      expect(unhandled).toMatchObject({
        requestId: 'db-error-1',
        error: { type: 'QueryFailedError', code: 'P0001', query: expect.stringContaining('INSERT INTO "units"') },
      });
      expect(logs.text()).not.toContain(marker);
    });

    it('masks tokens wherever they stand in a logged URL, and credential-named query values', async () => {
      const token = 'Zy8xWv7uTs6rQp5oNm4lKj3i';
      await request(h.app.getHttpServer()).get(`/INBOX/Acknowledge/${token}/confirm`);
      await request(h.app.getHttpServer()).get(`/units/${token}/tree`).set(bearer(h.tokens.systemAdmin));
      await request(h.app.getHttpServer()).get(`/auth/oidc/callback?code=${token}&state=s1`);
      const urls = logs
        .lines()
        .map((l) => (l.req as { url?: string } | undefined)?.url)
        .filter((u) => u !== undefined);
      expect(urls).toEqual(
        expect.arrayContaining([
          '/INBOX/Acknowledge/[redacted]/confirm',
          '/units/[redacted]/tree',
          '/auth/oidc/callback?code=[redacted]&state=s1',
        ]),
      );
      expect(logs.text()).not.toContain(token);
    });
  });

  describe('behind TLS (PUBLIC_URL https)', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ env: { PUBLIC_URL: 'https://huijian.example.cn' } });
    });
    afterAll(() => h.close());

    it('tells browsers to fetch everything over https (upgrade-insecure-requests)', async () => {
      for (const path of ['/health', '/app/', '/docs'])
        expect((await h.http().get(path)).headers['content-security-policy']).toContain('upgrade-insecure-requests');
    });
  });
});
