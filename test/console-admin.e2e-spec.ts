/**
 * 系统管理 in the console, walked by the system admin in Chromium against the real API, Temporal and Postgres: the
 * organisation tree, regions, people (invite → the person activates, signs in and sees exactly their menus), policies
 * and the calendar, group robots with 测试发送 (to a real HTTP receiver), dead letters replayed, the audit log; and
 * 我的设置 in full. Every screen is checked at 390 and 1366 px (sideways scroll, axe, hostile names as text).
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../libs/runtime/src';
import { ARTIFACTS, checkScreen, DESK, launchChromium, PHONE } from './support/browser';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { addUnit, demoOrg, type DemoOrg } from './support/ledger-fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';
const LONG = 5 * 60_000;

describe('系统管理 and 我的设置 in a real browser', () => {
  let h: Harness;
  let browser: Browser;
  let base: string;
  let org: DemoOrg;
  let receiver: Server;
  let robotBase: string;
  /** What the robot receiver got, by path; `answers` says how each path replies (default: accepted). */
  const received: { path: string; body: { markdown?: { content?: string } } }[] = [];
  const answers: Record<string, () => { status: number; body: string }> = {};
  const problems: string[] = [];
  let hostileUnitId: string;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        received.push({ path, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') });
        const answer = answers[path]?.() ?? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body);
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    robotBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    h = await startHarness({
      worker: true,
      env: {
        PUBLIC_URL: base,
        // The receiver is on loopback over http, which the webhook policy refuses outside tests.
        ROBOT_WEBHOOK_TEST_LOOPBACK: 'true',
        NOTIFY_MAX_ATTEMPTS: '1',
        NOTIFY_RETRY_INITIAL_MS: '200',
      },
    });
    org = await demoOrg(h.db);
    // A unit and a person whose names look like markup: every screen must show them as text.
    hostileUnitId = await addUnit(h.db, 'wuhu-hostile-dxz', HOSTILE, 'group', org.units['wuhu-glgj-dzb']);
    await h
      .http()
      .post('/people')
      .set(bearer(h.tokens.systemAdmin))
      .send({ name: HOSTILE, unitId: hostileUnitId })
      .expect(201);
    await h.app.listen(port, '127.0.0.1');
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  }, LONG);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
    await new Promise<void>((r) => receiver?.close(() => r()));
  });
  afterEach(() => {
    // Collected on every page: a CSP refusal, a script dialog (a hostile name run as markup), an uncaught error.
    expect(problems).toEqual([]);
  });

  async function context(viewport: { width: number; height: number }): Promise<BrowserContext> {
    const ctx = await browser.newContext({
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}),
    });
    ctx.on('page', (page) => {
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) problems.push(`CSP: ${m.text()}`);
      });
    });
    return ctx;
  }

  /** Opens a path; at the sign-in page, signs in with login and password as a person would, landing back on it. */
  async function signedIn(ctx: BrowserContext, path: string, login: string, password = h.demoPassword): Promise<Page> {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.login, .shell.signed-in');
    if (await page.locator('.login').isVisible()) {
      await page.getByLabel('登录名', { exact: true }).fill(login);
      await page.getByLabel('密码', { exact: true }).fill(password);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForSelector('.shell.signed-in');
    }
    return page;
  }
  const check = (page: Page, name: string) => checkScreen(page, `admin-${name}`);
  /** The menu as the person sees it: the sidebar at a desk, the tab bar on a phone. */
  const menus = async (page: Page): Promise<string[]> => {
    const desk = (page.viewportSize()?.width ?? 0) >= 900;
    const items = page.locator(desk ? '.sidebar .side-link' : '.tabbar .van-tabbar-item__text');
    await items.first().waitFor();
    return items.allTextContents();
  };

  it(
    'organisation: the unit tree with a unit added below another, and a region given a new member',
    async () => {
      const ctx = await context(DESK);
      const page = await signedIn(ctx, '/app/admin', 'admin');
      expect(new URL(page.url()).pathname).toBe('/app/admin/organisation');
      expect(await menus(page)).toEqual(['督办', '台账', '互检', '评星', '消息', '管理', '我的']);
      const tree = page.locator('.tree');
      await tree.locator('.unit', { hasText: '芜湖中江桥项目党支部' }).first().waitFor();
      expect(await page.locator('.unit[data-code="wuhu-hostile-dxz"] strong').textContent()).toBe(HOSTILE);
      await check(page, 'organisation');

      await page.getByRole('button', { name: '新增下级：芜湖中江桥项目党支部' }).click();
      await page.getByLabel('单位名称').fill('中江桥项目第二党小组');
      await page.getByLabel(/^编码/).fill('wuhu-zjq-dxz2');
      await page.getByLabel('类型').selectOption('group');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('已添加「中江桥项目第二党小组」。').waitFor();
      const [unit] = await h.db.query(`SELECT parent_id, kind FROM units WHERE code = 'wuhu-zjq-dxz2'`);
      expect(unit).toEqual({ parent_id: org.units['wuhu-zjq-dzb'], kind: 'group' });
      // A code already taken is refused in Chinese, from the error's code.
      await page.getByRole('button', { name: '新增下级：芜湖中江桥项目党支部' }).click();
      await page.getByLabel('单位名称').fill('重复的党小组');
      await page.getByLabel(/^编码/).fill('wuhu-zjq-dxz2');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/[\u4e00-\u9fa5]/);
      expect(await page.getByRole('alert').textContent()).not.toMatch(/[A-Za-z]{4,}/);
      await check(page, 'organisation-form');

      await page.getByRole('link', { name: '片区' }).click();
      await page.locator('.region', { hasText: '芜湖片区' }).waitFor();
      await check(page, 'regions');
      await page.getByRole('button', { name: '修改：芜湖片区' }).click();
      await page.getByLabel('中江桥项目第一党小组').check();
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('已保存片区「芜湖片区」。').waitFor();
      const region = await h.http().get(`/regions/${org.regionId}`).set(bearer(h.tokens.systemAdmin)).expect(200);
      expect(region.body.members.map((m: { id: string }) => m.id)).toContain(org.units['wuhu-zjq-dxz1']);
      await ctx.close();
    },
    LONG,
  );

  it(
    'journey 4: the admin invites a person and gives a role; the person activates, signs in and sees exactly their menus',
    async () => {
      const desk = await context(DESK);
      const admin = await signedIn(desk, '/app/admin/people', 'admin');
      await admin.locator('.person').first().waitFor();
      expect(await admin.locator('.person-name').allTextContents()).toContain(HOSTILE);
      await check(admin, 'people');
      await admin.getByRole('button', { name: '新增人员' }).click();
      await admin.getByLabel('姓名').fill('中江桥党支部组织委员 赵敏');
      await admin.getByLabel('所在单位').selectOption({ label: '芜湖中江桥项目党支部' });
      await admin.getByLabel(/^手机号/).fill('139 0000 0123');
      await admin.getByRole('button', { name: '新增', exact: true }).click();
      await admin.getByText('已新增「中江桥党支部组织委员 赵敏」。', { exact: false }).waitFor();
      // The new person's panel is open: no role yet.
      const panel = admin.locator('.person', { hasText: '中江桥党支部组织委员 赵敏' });
      await panel.getByText('尚无角色：他登录后只能看到「我的」。').waitFor();
      await panel.getByLabel('角色', { exact: true }).selectOption('branch_secretary');
      await panel.getByLabel(/^管辖单位/).selectOption({ label: '芜湖中江桥项目党支部' });
      await panel.getByRole('button', { name: '分配角色' }).click();
      await admin.getByText('已授予「党支部书记」。').waitFor();
      await panel.getByRole('button', { name: '发送激活链接 / 重置密码' }).click();
      const link = (await panel.getByTestId('invitation-link').textContent()) as string;
      expect(link).toMatch(new RegExp(`^${base}/app/activate#`));
      expect(await panel.locator('.invitation').textContent()).toContain('登录名：13900000123');
      await check(admin, 'people-invited');

      // The person, on a phone: the link, a password, and they are in, with a branch secretary's menus.
      const phone = await context(PHONE);
      const person = await phone.newPage();
      await person.goto(link);
      await person.getByText('中江桥党支部组织委员 赵敏，您的登录名是 13900000123。请设置密码。').waitFor();
      await person.getByLabel('新密码', { exact: true }).fill('中江桥 2026 整改');
      await person.getByLabel('再输一次', { exact: true }).fill('中江桥 2026 不同');
      await person.getByRole('button', { name: '设置密码并登录' }).click();
      await expect(person.getByRole('alert').textContent()).resolves.toBe('两次输入的密码不一致。');
      await person.getByLabel('再输一次', { exact: true }).fill('中江桥 2026 整改');
      await person.getByRole('button', { name: '设置密码并登录' }).click();
      await person.waitForURL(`${base}/app/todo`);
      expect(await menus(person)).toEqual(['我的待办', '台账', '互检', '评星', '消息', '我的']);
      // Screens outside their roles stay away even by address.
      await person.goto(`${base}/app/admin/people`);
      await person.waitForURL(`${base}/app/todo`);
      await person.getByRole('tab', { name: /我的$/ }).click();
      await person.getByRole('button', { name: '退出' }).click();
      await person.locator('.login').waitFor();
      const again = await signedIn(phone, '/app/settings', '13900000123', '中江桥 2026 整改');
      expect(await menus(again)).toEqual(['我的待办', '台账', '互检', '评星', '消息', '我的']);
      expect(await again.locator('.section').first().textContent()).toContain('党支部书记 · 芜湖中江桥项目党支部');

      // The admin takes the role back: signed in again, the person sees only 我的 and is told why.
      await panel.getByRole('button', { name: '收回：党支部书记' }).click();
      await admin.getByText('已收回该角色。').waitFor();
      await panel.getByRole('button', { name: '结束全部登录' }).click();
      await admin.getByText(/已结束「中江桥党支部组织委员 赵敏」的 \d+ 个登录。/).waitFor();
      const bare = await signedIn(await context(PHONE), '/app/todo', '13900000123', '中江桥 2026 整改');
      await bare.waitForURL(`${base}/app/settings`);
      expect(await menus(bare)).toEqual(['我的']);
      await bare.getByText('您还没有角色，所以只看到「我的」。', { exact: false }).waitFor();
      await check(bare, 'settings-no-role');
      await desk.close();
      await phone.close();
    },
    LONG,
  );

  it(
    'policies and the calendar: a new policy version from the form, a holiday and a 调休 workday',
    async () => {
      const versions = await h.http().get('/policies').set(bearer(h.tokens.systemAdmin)).expect(200);
      const latest = Math.max(...versions.body.items.map((v: { version: number }) => v.version));
      const ctx = await context(PHONE);
      const page = await signedIn(ctx, '/app/admin/calendar', 'admin');
      await page.locator('#h-policy', { hasText: `整改规则（第${latest}版）` }).waitFor();
      await check(page, 'calendar');
      await page.getByRole('button', { name: '修改规则' }).click();
      await page.getByLabel(/^节点提醒/).fill('5,1,0');
      await page.getByLabel('逾期几个工作日后升级为党委督办').fill('4');
      await page.getByLabel('修改说明').fill('提醒提前到前5天');
      await check(page, 'calendar-policy-form');
      await page.getByRole('button', { name: '保存为新版本' }).click();
      await page.getByText(`已保存为第${latest + 1}版。`).waitFor();
      const made = await h
        .http()
        .get(`/policies/${latest + 1}`)
        .set(bearer(h.tokens.systemAdmin))
        .expect(200);
      expect(made.body.base.reminderOffsetsDays).toEqual([5, 1, 0]);
      expect(made.body.base.escalation.level2AfterWorkingDays).toBe(4);
      // The fields not on the form are the previous version's.
      expect(made.body.base.milestoneTemplate).toEqual(
        versions.body.items.find((v: { version: number }) => v.version === latest).base.milestoneTemplate,
      );
      await page.getByRole('button', { name: '把进行中的整改项切换到此版本' }).click();
      await page.getByText(/已切换 \d+ 项/).waitFor();

      await page.getByLabel('日期', { exact: true }).fill('2027-02-08');
      await page.getByLabel('调整为').selectOption('holiday');
      await page.getByLabel('说明').fill('春节加休');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('已设置 2027-02-08 为放假。').waitFor();
      await page.getByLabel('日期', { exact: true }).fill('2027-02-20');
      await page.getByLabel('调整为').selectOption('workday');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('已设置 2027-02-20 为调休上班。').waitFor();
      const overrides = await h.http().get('/calendar/overrides').set(bearer(h.tokens.systemAdmin)).expect(200);
      expect(overrides.body.items).toEqual(
        expect.arrayContaining([
          { date: '2027-02-08', kind: 'holiday', note: '春节加休' },
          { date: '2027-02-20', kind: 'workday' },
        ]),
      );
      await check(page, 'calendar-overrides');
      await page.getByRole('button', { name: '取消：2027-02-20' }).click();
      await page.getByText('已取消 2027-02-20 的调整。').waitFor();
      await page.locator('.override[data-date="2027-02-20"]').waitFor({ state: 'detached' });
      expect(await page.locator('.override[data-date="2027-02-08"]').textContent()).toContain('春节加休');
      await ctx.close();
    },
    LONG,
  );

  it(
    'group robots: saved for a unit, 测试发送 reaches the receiver, a refusing platform is said in Chinese',
    async () => {
      const ctx = await context(DESK);
      const page = await signedIn(ctx, '/app/admin/robots', 'admin');
      await page.getByLabel('单位', { exact: true }).selectOption({ label: '芜湖中江桥项目党支部' });
      await page.getByText('这个单位还没有群机器人。', { exact: false }).waitFor();
      await check(page, 'robots-empty');
      await page.getByRole('button', { name: '添加机器人' }).click();
      await page.getByLabel('平台').selectOption('wecom');
      await page.getByLabel(/^Webhook 地址/).fill(`${robotBase}/wecom/send?key=zjq-secret-key`);
      await page.getByLabel('任何时间都可接收').check();
      await check(page, 'robots-form');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('已保存企业微信机器人。', { exact: false }).waitFor();
      const card = page.locator('.robot[data-channel="wecom"]');
      // The key never comes back to the page.
      expect(await card.textContent()).not.toContain('zjq-secret-key');
      await card.getByRole('button', { name: '测试发送' }).click();
      await card.getByText('测试消息已发出，平台已接收。', { exact: false }).waitFor();
      const test = received.filter((r) => r.path === '/wecom/send');
      expect(test).toHaveLength(1);
      expect(test[0].body.markdown?.content).toContain('【测试】互检群机器人');
      expect(test[0].body.markdown?.content).toContain('芜湖中江桥项目党支部的群机器人已接通');
      await check(page, 'robots-tested');

      // The platform refuses (a wrong key): the page says what to check, in Chinese.
      answers['/wecom/send'] = () => ({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
      await card.getByRole('button', { name: '测试发送' }).click();
      await card.getByText('未送达：平台拒收了消息。', { exact: false }).waitFor();
      delete answers['/wecom/send'];
      await ctx.close();
    },
    LONG,
  );

  it('测试发送 is refused to those who may not configure the unit, and for a robot not set up', async () => {
    const unit = org.units['wuhu-zjq-dzb'];
    const path = (u: string, channel = 'wecom') => `/units/${u}/notification-channels/${channel}/test`;
    const refused = await h.http().post(path(unit)).set(bearer(h.tokens.committeeMember)).expect(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    // The branch secretary of 中江桥 may configure (and test) its own robot, not another unit's.
    await h.http().post(path(org.units['wuhu-gdjt-dzb'])).set(bearer(h.tokens.branchSecretary)).expect(404);
    const none = await h.http().post(path(unit, 'feishu')).set(bearer(h.tokens.systemAdmin)).expect(404);
    expect(none.body.error.code).toBe('NOT_FOUND');
    await h.http().post(path('not-a-uuid')).set(bearer(h.tokens.systemAdmin)).expect(400);
    await h.http().post(path(unit)).expect(401);
  });

  it(
    'dead letters: a delivery every attempt failed for is listed, and 重新投递 sends it once the robot answers',
    async () => {
      const unit = org.units['wuhu-gdjt-dzb'];
      let healthy = false;
      answers['/down'] = () => (healthy ? { status: 200, body: '{"errcode":0}' } : { status: 503, body: '{}' });
      await h
        .http()
        .put(`/units/${unit}/notification-channels/dingtalk`)
        .set(bearer(h.tokens.systemAdmin))
        .send({ webhookUrl: `${robotBase}/down`, deliveryWindow: null })
        .expect(200);
      const [{ id }] = await h.db.query(
        `INSERT INTO notifications (idempotency_key, kind, recipient_unit_id, audience, title, body, due_at)
         VALUES ('console-admin-dead', 'escalation', $1, 'unit', $2, '请及时办理。', now()) RETURNING id::text AS id`,
        [unit, `【督办】${HOSTILE}`],
      );
      const state = async () =>
        (await h.db.query(`SELECT state FROM deliveries WHERE notification_id = $1 AND channel = 'dingtalk'`, [id]))[0]
          ?.state as string | undefined;
      await eventually(async () => ((await state()) === 'dead' ? true : undefined), 60_000);

      const ctx = await context(PHONE);
      const page = await signedIn(ctx, '/app/admin/dead-letters', 'admin');
      const entry = page.locator('.dead', { hasText: `【督办】${HOSTILE}` });
      await entry.waitFor();
      expect(await entry.textContent()).toContain('未送达：对方返回错误（HTTP 503）。');
      expect(await entry.textContent()).toContain('发给 芜湖轨道交通项目党支部');
      await check(page, 'dead-letters');
      healthy = true;
      await entry.getByRole('button', { name: '重新投递' }).click();
      await entry.getByText('已重新投递，稍后刷新查看结果。').waitFor();
      await eventually(async () => ((await state()) === 'sent' ? true : undefined), 60_000);
      expect(received.filter((r) => r.path === '/down')).toHaveLength(2);
      await page.getByRole('button', { name: '刷新' }).click();
      await entry.waitFor({ state: 'detached' });
      await ctx.close();
    },
    LONG,
  );

  it(
    'the audit log: searched by operation and by person, newest first',
    async () => {
      const ctx = await context(DESK);
      const page = await signedIn(ctx, '/app/admin/audit', 'admin');
      await page.locator('.entry').first().waitFor();
      await check(page, 'audit');
      await page.getByLabel('操作', { exact: true }).selectOption({ label: '分配角色' });
      await page.getByRole('button', { name: '查询' }).click();
      await eventually(async () => {
        const actions = await page.locator('.entry').evaluateAll((es) => es.map((e) => e.getAttribute('data-action')));
        return actions.length > 0 && actions.every((a) => a === 'POST /people/:id/roles') ? actions : undefined;
      });
      expect(await page.locator('.entry').first().textContent()).toContain('系统管理员');
      await page.getByLabel('操作人').selectOption({ label: '党委委员 王明' });
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByText('没有符合条件的记录。', { exact: false }).waitFor();
      await check(page, 'audit-empty');
      await ctx.close();
    },
    LONG,
  );

  it(
    '我的设置: channels per kind, e-mail, quiet hours and the password, each kept',
    async () => {
      const ctx = await context(PHONE);
      const page = await signedIn(ctx, '/app/settings', 'liufang');
      await page.getByRole('button', { name: '保存设置' }).waitFor();
      await check(page, 'settings');
      const reminder = page.locator('fieldset', { hasText: '节点提醒' });
      await reminder.getByLabel('电子邮件').check();
      await page.getByLabel('电子邮箱').fill('');
      await page.getByRole('button', { name: '保存设置' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe('选择了电子邮件接收，请填写电子邮箱。');
      await page.getByLabel('电子邮箱').fill('liufang@example.cn');
      const events = page.locator('fieldset', { hasText: '办理动态' });
      for (const channel of ['站内消息', '电子邮件']) await events.getByLabel(channel).uncheck();
      const anyTime = page.getByLabel('任何时间都可接收');
      if (await anyTime.isChecked()) await anyTime.uncheck();
      await page.getByLabel('每天从').fill('08:30');
      await page.getByLabel('到', { exact: true }).fill('21:00');
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText('已保存。').waitFor();
      const [liufang] = await h.db.query(`SELECT id FROM people WHERE name = '管廊党支部书记 刘芳'`);
      const prefs = await h.db.query(
        `SELECT email, channels, delivery_window FROM notification_preferences WHERE person_id = $1`,
        [liufang.id],
      );
      expect(prefs[0].email).toBe('liufang@example.cn');
      expect(prefs[0].channels.reminder.sort()).toEqual(['email', 'inbox']);
      expect(prefs[0].channels.event).toEqual([]);
      expect(prefs[0].delivery_window).toMatchObject({ from: '08:30', to: '21:00' });
      await page.reload();
      // Read back from the server after a reload (the form fills once the preferences have loaded).
      await eventually(async () =>
        (await page.getByLabel('电子邮箱').inputValue()) === 'liufang@example.cn' ? true : undefined,
      );
      expect(await page.getByLabel('每天从').inputValue()).toBe('08:30');

      const password = page.locator('section', { hasText: '修改密码' });
      await password.getByLabel('当前密码').fill(h.demoPassword);
      await password.getByLabel('新密码', { exact: true }).fill('short');
      await password.getByLabel('再输一次').fill('short');
      await password.getByRole('button', { name: '修改密码' }).click();
      await expect(password.getByRole('alert').textContent()).resolves.toBe('密码至少10个字符，且不能与登录名相同。');
      await password.getByLabel('当前密码').fill('not the password');
      await password.getByLabel('新密码', { exact: true }).fill('管廊 2027 新密码');
      await password.getByLabel('再输一次').fill('管廊 2027 新密码');
      await password.getByRole('button', { name: '修改密码' }).click();
      await expect(password.getByRole('alert').textContent()).resolves.toMatch(/[\u4e00-\u9fa5]/);
      await password.getByLabel('当前密码').fill(h.demoPassword);
      await password.getByRole('button', { name: '修改密码' }).click();
      await password.getByText(/^密码已修改/).waitFor();
      await check(page, 'settings-password');
      await page.getByRole('button', { name: '退出' }).click();
      await page.locator('.login').waitFor();
      await signedIn(ctx, '/app/settings', 'liufang', '管廊 2027 新密码');
      await ctx.close();
    },
    LONG,
  );
});
