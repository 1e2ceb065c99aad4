/**
 * Sign-in for people against the real stack (Postgres, Temporal, the API in-process): invitation → activation →
 * sign-in → GET /me → an action on an item with the session → logout; lockout and its release on a moved clock;
 * CSRF; idle expiry; ended sessions; the audit trail.
 */
import { addCalendarDays, localDateOf } from '../libs/domain/src';
import { Clock, sessionCookie } from '../libs/identity/src';
import { bearer, type Harness, startHarness } from './support/harness';
import { demoOrg } from './support/ledger-fixtures';
import { cookieOf, signIn } from './support/sign-in';

const PASSWORD = '江边的桥2026年冬';

describe('sign-in for people', () => {
  let h: Harness;
  let org: Awaited<ReturnType<typeof demoOrg>>;
  let zhang: string;
  let clockNow: jest.SpyInstance<Date, []>;
  /** Moves the API's clock (sessions, lockouts, links) forward, as a long wait would, without waiting. */
  let shift = 0;
  const admin = () => bearer(h.tokens.systemAdmin);

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    org = await demoOrg(h.db);
    // A person who has no login yet (the demo people all have one), secretary of the same branch as 张华.
    const created = await h
      .http()
      .post('/people')
      .set(admin())
      .send({ name: '中江桥党支部副书记 赵敏', unitId: org.units['wuhu-zjq-dzb'] })
      .expect(201);
    zhang = created.body.id;
    // Without a role yet, a signed-in person still has their own account (GET /me), and nothing else.
    const token = await h.http().post('/tokens').set(admin()).send({ personId: zhang, label: 'test' }).expect(201);
    const bare = await h.http().get('/me').set(bearer(token.body.token)).expect(200);
    expect(bare.body).toMatchObject({ roles: [], permissions: ['account:self'] });
    await h.http().get('/inbox').set(bearer(token.body.token)).expect(403);
    await h
      .http()
      .post(`/people/${zhang}/roles`)
      .set(admin())
      .send({ role: 'branch_secretary', unitId: org.units['wuhu-zjq-dzb'] })
      .expect(201);
    const clock = h.app.get(Clock);
    const real = clock.now.bind(clock);
    clockNow = jest.spyOn(clock, 'now').mockImplementation(() => new Date(real().getTime() + shift));
  });
  afterAll(async () => {
    clockNow.mockRestore();
    await h.close();
  });
  const later = (ms: number) => {
    shift += ms;
  };

  async function invite(personId: string, login?: string): Promise<string> {
    const res = await h
      .http()
      .post(`/people/${personId}/invitation`)
      .set(admin())
      .send(login ? { login } : {})
      .expect(201);
    return (res.body.link as string).split('#')[1];
  }

  it('gives every demo person a login with the one password the seed made up', async () => {
    for (const login of ['admin', 'wangming', 'liqiang', 'ZHANGHUA', 'liufang', 'chengang']) {
      const session = await signIn(h, login, h.demoPassword);
      await h.http().get('/me').set('Cookie', session.cookie).expect(200);
    }
  });

  it('invites, activates, signs in, acts on an item with the session, logs out and is then refused', async () => {
    const invitation = await h.http().post(`/people/${zhang}/invitation`).set(admin()).send({ login: 'ZhaoMin' });
    expect(invitation.status).toBe(201);
    expect(invitation.body).toMatchObject({ personId: zhang, login: 'ZhaoMin', reset: false, endedSessions: 0 });
    expect(invitation.body.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/app\/activate#hji_[\w-]{43}$/);
    const token = (invitation.body.link as string).split('#')[1];
    const [stored] = await h.db.query(`SELECT token_hash FROM invitations WHERE person_id = $1`, [zhang]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);

    const preview = await h.http().post('/auth/activation/preview').send({ token }).expect(200);
    expect(preview.body).toMatchObject({ name: '中江桥党支部副书记 赵敏', login: 'ZhaoMin' });

    // Weak passwords are refused by name, and the link stays usable.
    for (const [password, reason] of [
      ['short', '密码至少 10 个字符'],
      ['zhaomin', '密码至少 10 个字符'],
      ['1234567890', '这是最常见的密码之一，容易被猜中，请换一个'],
      ['qwertyuiop', '这是最常见的密码之一，容易被猜中，请换一个'],
    ]) {
      const weak = await h.http().post('/auth/activation').send({ token, password }).expect(400);
      expect(weak.body.error.details.fields).toEqual([{ field: 'password', reason }]);
    }
    const activated = await h.http().post('/auth/activation').send({ token, password: PASSWORD }).expect(200);
    expect(activated.body).toMatchObject({ person: { id: zhang }, redirectTo: '/app/inbox', remember: false });
    expect(cookieOf(activated)).toBeDefined();
    const reuse = await h.http().post('/auth/activation').send({ token, password: PASSWORD }).expect(410);
    expect(reuse.body.error.code).toBe('LINK_EXPIRED');
    expect(reuse.body.error.message).toContain('请联系管理员重新邀请');

    const session = await signIn(h, 'zhaomin', PASSWORD);
    const me = await h.http().get('/me').set('Cookie', session.cookie).expect(200);
    expect(me.body.person).toMatchObject({ id: zhang, name: '中江桥党支部副书记 赵敏', login: 'ZhaoMin' });
    expect(me.body.roles).toEqual([
      { role: 'branch_secretary', unitId: org.units['wuhu-zjq-dzb'], unitName: '芜湖中江桥项目党支部' },
    ]);
    expect(me.body.permissions).toEqual(expect.arrayContaining(['items:act', 'inbox:read', 'account:self']));
    expect(me.body.permissions).not.toContain('items:create');
    expect(me.body.session).toMatchObject({ kind: 'session', remember: false, csrfToken: session.csrfToken });
    expect(typeof me.body.unreadCount).toBe('number');

    const today = localDateOf(Date.now(), 'Asia/Shanghai');
    const item = await h
      .http()
      .post('/items')
      .set(bearer(h.tokens.leadAdmin))
      .send({
        responsibleUnitId: org.units['wuhu-zjq-dzb'],
        title: '党员示范岗标识不全',
        requirement: '补齐标识',
        severity: 'major',
        deadline: addCalendarDays(today, 30),
      })
      .expect(201);
    const itemId = item.body.id as string;

    // A write with the cookie but without the CSRF token: 403, and nothing happened to the item.
    for (const csrf of [undefined, 'not-the-token', session.csrfToken.slice(0, -1) + 'x']) {
      const req = h.http().post(`/items/${itemId}/plan`).set('Cookie', session.cookie);
      const refused = await (csrf ? req.set('X-CSRF-Token', csrf) : req).send({ plan: '两周内补齐' }).expect(403);
      expect(refused.body.error.code).toBe('CSRF_REJECTED');
    }
    const untouched = await h.http().get(`/items/${itemId}`).set('Cookie', session.cookie).expect(200);
    expect(untouched.body.status).toBe('open');
    expect(untouched.body.timeline.map((e: { kind: string }) => e.kind)).not.toContain('plan_submitted');

    const planned = await h
      .http()
      .post(`/items/${itemId}/plan`)
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .send({ plan: '两周内补齐' })
      .expect(200);
    expect(planned.body.status).toBe('in_progress');
    const [actor] = await h.db.query(
      `SELECT actor_person_id FROM item_events WHERE item_id = $1 AND kind = 'plan_submitted'`,
      [itemId],
    );
    expect(actor.actor_person_id).toBe(zhang);

    const logout = await h
      .http()
      .post('/auth/logout')
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .expect(204);
    expect(logout.headers['set-cookie'][0]).toMatch(/^hj_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0$/);
    const after = await h.http().get('/me').set('Cookie', session.cookie).expect(401);
    expect(after.body.error.message).toBe('登录已过期或已退出，请重新登录');
    const [ended] = await h.db.query(
      `SELECT ended_at, end_reason FROM sessions WHERE id = (
      SELECT id FROM sessions WHERE person_id = $1 ORDER BY created_at DESC LIMIT 1)`,
      [zhang],
    );
    expect(ended.end_reason).toBe('logout');
  });

  it('sets the session cookie opaque, HttpOnly, SameSite=Lax on path /, persistent only with 记住此设备', async () => {
    const plain = await h.http().post('/auth/login').send({ login: 'zhaomin', password: PASSWORD }).expect(200);
    const cookie = plain.headers['set-cookie'][0] as string;
    expect(cookie).toMatch(/^hj_session=hjs_[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const value = cookie.split(';')[0].split('=')[1];
    const stored = await h.db.query(`SELECT token_hash FROM sessions WHERE token_hash LIKE $1`, [`%${value}%`]);
    expect(stored).toEqual([]);

    const remembered = await h
      .http()
      .post('/auth/login')
      .send({ login: 'zhaomin', password: PASSWORD, remember: true })
      .expect(200);
    expect(remembered.headers['set-cookie'][0]).toMatch(/; HttpOnly; SameSite=Lax; Max-Age=2592000$/);
    // Not Secure here (PUBLIC_URL is http://127.0.0.1); with an https PUBLIC_URL it is.
    expect(remembered.headers['set-cookie'][0]).not.toContain('Secure');
    const https = sessionCookie(
      'hjs_x',
      { remember: false, expiresAt: new Date() },
      'https://hj.example.cn',
      new Date(),
    );
    expect(https).toBe('hj_session=hjs_x; Path=/; HttpOnly; SameSite=Lax; Secure');
  });

  it('ends an idle session after 12 hours, a remembered one after 30 days, and keeps an active one alive', async () => {
    const plain = await signIn(h, 'zhaomin', PASSWORD);
    const remembered = await signIn(h, 'zhaomin', PASSWORD, { remember: true });
    later(11 * 3_600_000);
    await h.http().get('/me').set('Cookie', plain.cookie).expect(200); // used: idle time starts again
    later(11 * 3_600_000);
    await h.http().get('/me').set('Cookie', plain.cookie).expect(200);
    later(12 * 3_600_000 + 60_000);
    await h.http().get('/me').set('Cookie', plain.cookie).expect(401);
    await h.http().get('/me').set('Cookie', remembered.cookie).expect(200);
    later(30 * 86_400_000 + 60_000);
    await h.http().get('/me').set('Cookie', remembered.cookie).expect(401);
  });

  it('locks a login after 5 wrong passwords for 15 minutes, alike for an unknown login, then lets it in', async () => {
    const attempt = (login: string, password: string) => h.http().post('/auth/login').send({ login, password });
    const answers: { status: number; code: string; message: string }[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await attempt('zhaomin', 'wrong password');
      answers.push({ status: res.status, code: res.body.error.code, message: res.body.error.message });
    }
    expect(answers.slice(0, 4)).toEqual(
      Array(4).fill({ status: 401, code: 'UNAUTHENTICATED', message: '登录名或密码不正确' }),
    );
    expect(answers[4]).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(answers[4].message).toMatch(/^登录失败次数过多，已暂时锁定；请于 .+ 后重试$/);
    const locked = await attempt('zhaomin', PASSWORD).expect(401);
    expect(locked.body.error.details.retryAt).toBeDefined();

    // An unknown login answers the same, word for word, and locks the same.
    const unknown: string[] = [];
    for (let i = 0; i < 5; i += 1) unknown.push((await attempt('nobody-here', 'wrong password')).body.error.message);
    expect(unknown.slice(0, 4)).toEqual(Array(4).fill('登录名或密码不正确'));
    expect(unknown[4]).toMatch(/^登录失败次数过多/);

    later(14 * 60_000);
    await attempt('zhaomin', PASSWORD).expect(401);
    later(60_000 + 1_000);
    await attempt('zhaomin', PASSWORD).expect(200);

    // The next lock after a success starts at 15 minutes again; a second lock in a row doubles.
    for (let i = 0; i < 5; i += 1) await attempt('zhaomin', 'wrong password');
    later(15 * 60_000 + 1_000);
    for (let i = 0; i < 5; i += 1) await attempt('zhaomin', 'wrong password');
    later(15 * 60_000 + 1_000);
    await attempt('zhaomin', PASSWORD).expect(401);
    later(15 * 60_000);
    await attempt('zhaomin', PASSWORD).expect(200);

    const bad = await h.http().post('/auth/login').send({ login: '', password: 1 }).expect(400);
    const named = new Set(bad.body.error.details.fields.map((f: { field: string }) => f.field));
    expect([...named].sort()).toEqual(['login', 'password']);
  });

  it('lets an admin end every session of a person, and a reset ends them too', async () => {
    const one = await signIn(h, 'zhaomin', PASSWORD);
    const two = await signIn(h, 'zhaomin', PASSWORD, { remember: true });
    const ended = await h.http().delete(`/people/${zhang}/sessions`).set(admin()).expect(200);
    expect(ended.body.endedSessions).toBeGreaterThanOrEqual(2);
    await h.http().get('/me').set('Cookie', one.cookie).expect(401);
    await h.http().get('/me').set('Cookie', two.cookie).expect(401);

    const three = await signIn(h, 'zhaomin', PASSWORD);
    const [{ live }] = await h.db.query(
      `SELECT count(*)::int AS live FROM sessions WHERE person_id = $1 AND ended_at IS NULL AND expires_at > $2`,
      [zhang, new Date(Date.now() + shift)],
    );
    expect(live).toBeGreaterThanOrEqual(1);
    const reset = await h.http().post(`/people/${zhang}/invitation`).set(admin()).send({}).expect(201);
    expect(reset.body).toMatchObject({ login: 'ZhaoMin', reset: true, endedSessions: live });
    await h.http().get('/me').set('Cookie', three.cookie).expect(401);
    const token = (reset.body.link as string).split('#')[1];
    const newPassword = '新的密码 2026 年冬至';
    await h.http().post('/auth/activation').send({ token, password: newPassword }).expect(200);
    await h.http().post('/auth/login').send({ login: 'zhaomin', password: PASSWORD }).expect(401);
    const four = await signIn(h, 'zhaomin', newPassword);

    // Changing one's own password needs the current one, and ends the other sessions but this one.
    const five = await signIn(h, 'zhaomin', newPassword);
    const change = (body: object) =>
      h.http().post('/auth/password').set('Cookie', four.cookie).set('X-CSRF-Token', four.csrfToken).send(body);
    const wrong = await change({ currentPassword: 'not it at all', newPassword: PASSWORD }).expect(400);
    expect(wrong.body.error.details.fields).toEqual([{ field: 'currentPassword', reason: '当前密码不正确' }]);
    // Ended: the session the activation opened, and five.
    await change({ currentPassword: newPassword, newPassword: PASSWORD }).expect(200, { endedSessions: 2 });
    await h.http().get('/me').set('Cookie', five.cookie).expect(401);
    await h.http().get('/me').set('Cookie', four.cookie).expect(200);
  });

  it('sees changed roles on the next request, and bearer tokens keep working without CSRF', async () => {
    const session = await signIn(h, 'zhaomin', PASSWORD);
    const grant = await h
      .http()
      .post(`/people/${zhang}/roles`)
      .set(admin())
      .send({ role: 'branch_secretary', unitId: org.units['wuhu-gdjt-dzb'] })
      .expect(201);
    const me = await h.http().get('/me').set('Cookie', session.cookie).expect(200);
    expect(me.body.roles.map((r: { unitName: string }) => r.unitName)).toEqual([
      '芜湖中江桥项目党支部',
      '芜湖轨道交通项目党支部',
    ]);
    const added = (grant.body.roles as { id: string; unitId: string }[]).find(
      (r) => r.unitId === org.units['wuhu-gdjt-dzb'],
    );
    await h.http().delete(`/people/${zhang}/roles/${added?.id}`).set(admin()).expect(200);
    const token = await h.http().get('/me').set(bearer(h.tokens.branchSecretary)).expect(200);
    expect(token.body.session).toEqual({ kind: 'token' });
    expect(token.body.roles).toHaveLength(1);
  });

  it('lets a lead unit admin invite the people of its region only, and nobody else invite at all', async () => {
    const lead = bearer(h.tokens.leadAdmin);
    const liu = org.people['管廊党支部书记 刘芳'];
    const ok = await h.http().post(`/people/${liu}/invitation`).set(lead).send({ login: '13900000002' }).expect(201);
    expect(ok.body.login).toBe('13900000002');
    // The system admin sits on the committee, outside the region: as if it did not exist.
    await h.http().post(`/people/${org.people['系统管理员']}/invitation`).set(lead).send({}).expect(404);
    const denied = await h
      .http()
      .post(`/people/${liu}/invitation`)
      .set(bearer(h.tokens.branchSecretary))
      .send({})
      .expect(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
    await h.http().delete(`/people/${liu}/sessions`).set(bearer(h.tokens.committeeMember)).expect(403);
    // A login someone else has: 409; none and no phone: 400 naming login.
    const taken = await h.http().post(`/people/${liu}/invitation`).set(admin()).send({ login: 'zhaomin' }).expect(409);
    expect(taken.body.error.message).toBe('登录名 zhaomin 已被他人使用，请换一个');
    const chen = org.people['轨道交通党支部书记 陈刚'];
    await h.db.query(`DELETE FROM accounts WHERE person_id = $1`, [chen]);
    const none = await h.http().post(`/people/${chen}/invitation`).set(admin()).send({}).expect(400);
    expect(none.body.error.details.fields[0].field).toBe('login');
    // A newer invitation replaces the older one.
    const first = await invite(liu);
    const second = await invite(liu);
    await h.http().post('/auth/activation/preview').send({ token: first }).expect(410);
    await h.http().post('/auth/activation/preview').send({ token: second }).expect(200);
    later(72 * 3_600_000 + 1_000);
    await h.http().post('/auth/activation/preview').send({ token: second }).expect(410);
  });

  it('serves the console routes a message or an invitation links to under a strict CSP', async () => {
    for (const path of [
      '/app/activate',
      '/app/login',
      '/app/items/8f0c2a6e-8d7e-4e63-9d55-2b1f3c4d5e6f',
      '/app/inbox',
    ]) {
      const page = await h.http().get(path).expect(200);
      const csp = page.headers['content-security-policy'] as string;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
    }
  });

  it('writes every sign-in event to the audit log, never a password', async () => {
    const rows: { action: string; request: unknown; outcome: unknown }[] = await h.db.query(
      `SELECT action, request, outcome FROM audit_log WHERE action LIKE 'auth.%' OR action LIKE '%/auth/%'`,
    );
    const actions = new Set(rows.map((r) => r.action));
    for (const event of [
      'auth.invited',
      'auth.activated',
      'auth.signed_in',
      'auth.sign_in_failed',
      'auth.locked',
      'auth.signed_out',
      'auth.password_changed',
      'auth.sessions_ended',
    ]) {
      expect(actions).toContain(event);
    }
    const everything = JSON.stringify(await h.db.query(`SELECT * FROM audit_log`));
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('wrong password');
    expect(everything).not.toMatch(/hj[si]_[\w-]{43}/);
  });
});
