import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { addCalendarDays, DEFAULT_RUBRIC, localDateOf } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import { freePort } from '../libs/runtime/src';
import { TemporalClient } from '../libs/temporal/src';
import { ARTIFACTS, checkScreen, DESK, launchChromium, PHONE } from './support/browser';
import { marks } from './support/cycles';
import { uploadIds } from './support/files';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { demoOrg, insertItem } from './support/ledger-fixtures';
import { nearReminders, startItems } from './support/near-reminders';
import { phonePhoto } from './support/photo-fixtures';

const XSS_TITLE = '<img src=x onerror=alert(1)>';
const PROGRAMME_NAME = '芜湖片区月度互检（工作台）';
const FINDING = '消防通道堆放材料';
/** A journey's time: real Temporal and Postgres, every screen checked at two widths, on a shared machine. */
const LONG = 5 * 60_000;

/**
 * The console (工作台) walked the way its people use it, against the real API, Temporal and Postgres: the branch
 * secretary on a phone, the lead unit at a desk, the committee on a phone. Every screen is checked for sideways
 * scroll, serious accessibility violations and Content-Security-Policy refusals, and photographed at its width.
 */
describe('console (工作台) in a real browser', () => {
  let h: Harness;
  let browser: Browser;
  let base: string;
  let units: Record<string, string>;
  let regionId: string;
  const today = localDateOf(Date.now(), 'Asia/Shanghai');
  const problems: string[] = [];
  let itemA: string;
  let itemB: string;
  const programmeIds: string[] = [];
  /** The item the lead unit's inspection found, and a token of the branch it was found at. */
  let findingItem: string;
  let findingBranch: string;
  /** The branch's group robot (企业微信): a real HTTP receiver, and what it was sent. */
  let receiver: Server;
  const robotMessages: string[] = [];

  /** A token per participant unit of the demo region: its branch secretary's, or the lead unit admin's. */
  const unitTokens = async (): Promise<Record<string, string>> => {
    const issue = async (name: string) => {
      const [p] = await h.db.query('SELECT id FROM people WHERE name LIKE $1', [`%${name}%`]);
      return (await h.app.get(IdentityService).issue(p.id, 'test')).token;
    };
    return {
      [units['wuhu-zjq-dzb']]: h.tokens.branchSecretary,
      [units['wuhu-glgj-dzb']]: await issue('刘芳'),
      [units['wuhu-gdjt-dzb']]: await issue('陈刚'),
      [units['shh-wuhu-dzz']]: h.tokens.leadAdmin,
    };
  };

  const createItem = async (title: string, deadlineIn: number): Promise<string> => {
    const res = await h
      .http()
      .post('/items')
      .set(bearer(h.tokens.leadAdmin))
      .send({
        responsibleUnitId: units['wuhu-zjq-dzb'],
        title,
        requirement: '补齐标识并建立台账',
        description: '现场检查发现示范岗标识缺失',
        severity: 'major',
        deadline: addCalendarDays(today, deadlineIn),
      })
      .expect(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        robotMessages.push(Buffer.concat(chunks).toString());
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    h = await startHarness({
      worker: true,
      // Message links point at this console; the receiver is on loopback over http, refused outside tests.
      env: { PUBLIC_URL: base, ROBOT_WEBHOOK_TEST_LOOPBACK: 'true' },
    });
    const org = await demoOrg(h.db);
    units = org.units;
    regionId = org.regionId;
    // Journey 1's item: its reminders (催办) fall due at a minute a little ahead, and reach the branch's robot.
    await h
      .http()
      .put(`/units/${units['wuhu-zjq-dzb']}/notification-channels/wecom`)
      .set(bearer(h.tokens.systemAdmin))
      .send({
        webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wecom/send?key=zjq`,
        kinds: ['reminder'],
        deliveryWindow: null,
      })
      .expect(200);
    const near = await nearReminders(h.db, 1, 20_000);
    const input = {
      ...near.inputs[0],
      responsibleUnitId: units['wuhu-zjq-dzb'],
      title: '党员示范岗标识不全',
      requirement: '补齐标识并建立台账',
    };
    await startItems(h.app.get(TemporalClient), h.taskQueue, h.db, [input]);
    itemA = input.itemId;
    itemB = await createItem('消防通道堵塞未清理', 20);
    await createItem(XSS_TITLE, 25);
    // Escalation takes working days past a deadline, so the board's rows are put there directly: ledger rows only.
    const fixture = { regionId, verifierUnitId: org.leadUnitId, createdBy: org.people['系统管理员'] };
    await insertItem(h.db, today, {
      ...fixture,
      title: XSS_TITLE,
      unitId: units['wuhu-glgj-dzb'],
      deadlineIn: -3,
      light: 'red',
      escalationLevel: 1,
    });
    await insertItem(h.db, today, {
      ...fixture,
      title: '宣传栏内容未更新',
      unitId: units['wuhu-gdjt-dzb'],
      deadlineIn: -12,
      light: 'red',
      escalationLevel: 2,
    });
    await h.app.listen(port, '127.0.0.1');
    browser = await launchChromium();
  }, LONG);
  afterAll(async () => {
    await browser?.close();
    // The dev server outlives this file: leave no programme's Schedule firing behind.
    for (const id of programmeIds)
      await h?.app
        .get(TemporalClient)
        .schedule.getHandle(`programme-${id}`)
        .delete()
        .catch(() => undefined);
    await h?.close();
    await new Promise<void>((r) => receiver?.close(() => r()));
  });
  afterEach(() => {
    // Collected on every page: a CSP refusal, a script dialog (the XSS title), an uncaught error.
    expect(problems).toEqual([]);
  });

  async function context(viewport: { width: number; height: number }): Promise<BrowserContext> {
    const ctx = await browser.newContext({
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
      ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}),
    });
    ctx.on('page', watch);
    return ctx;
  }
  function watch(page: Page): void {
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
  }

  /** The sign-in page's token form: where the server has password sign-in, it is one tap away. */
  async function tokenForm(page: Page): Promise<void> {
    const switchToToken = page.getByRole('button', { name: '使用访问令牌' });
    await page.getByLabel('访问令牌').or(switchToToken).first().waitFor();
    if (await switchToToken.isVisible()) await switchToToken.click();
  }

  /** Opens a path; when the console asks for sign-in, types the token as a person would, and lands back on it. */
  async function open(ctx: BrowserContext, path: string, token: string): Promise<Page> {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${base}${path}`);
    // The router decides once it knows whether anyone is signed in: the sign-in form, or the console's shell.
    await page.waitForSelector('.login, .shell.signed-in');
    if (await page.locator('.login').isVisible()) {
      await tokenForm(page);
      await page.getByLabel('访问令牌').fill(token);
      await page.getByRole('button', { name: '进入' }).click();
      await page.waitForSelector('.shell.signed-in');
    }
    return page;
  }

  const check = (page: Page, name: string) => checkScreen(page, `console-${name}`);
  /** A menu entry as the person sees it: the sidebar at a desk, the tab bar on a phone. */
  const menu = (page: Page, label: string) =>
    page
      .locator('.sidebar .side-link, .tabbar .van-tabbar-item')
      .filter({ hasText: new RegExp(`^\\d*${label}$`), visible: true })
      .first();

  it('serves the console under a strict Content-Security-Policy, and /docs under its own', async () => {
    const index = await h.http().get('/app/items/anything').expect(200).expect('content-type', /html/);
    const js = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
    expect(js).toBeDefined();
    await h
      .http()
      .get(js as string)
      .expect(200)
      .expect('content-type', /javascript/);
    for (const path of ['/', '/app/todo', js as string]) {
      const res = await h.http().get(path).expect(200);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['style-src']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['default-src']).toEqual(["'self'"]);
      // Vant's icon font is a file of the build's, not a data: URL.
      expect(csp['font-src']).toEqual(["'self'"]);
    }
    expect(index.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(index.text).not.toMatch(/<style|style="/);
    const docs = directives((await h.http().get('/docs').expect(200)).headers['content-security-policy']);
    expect(docs['frame-ancestors']).toEqual(["'none'"]);
    await h.http().get('/assets/..%2F..%2Fpackage.json').expect(404);
    await h.http().get('/assets/nothing.js').expect(404);
  });

  it(
    'journey 1, branch secretary on a phone: a reminder from the robot, its link, sign-in, plan, progress (through a dropped connection), evidence → 待验收',
    async () => {
      // The reminder (催办) reaches the branch's group robot, with a link to the item.
      const link = await eventually(async () => {
        const found = robotMessages.join('\n').match(new RegExp(`${base}/app/items/${itemA}`));
        return found?.[0];
      }, 180_000);
      expect(robotMessages.join('\n')).toContain('党员示范岗标识不全');
      const ctx = await context(PHONE);
      const scripts: number[] = [];
      ctx.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(Number(r.headers()['content-length'] ?? 0));
      });
      // Opened on the phone: the sign-in form first, with login and password, then the item itself.
      const page = await ctx.newPage();
      await page.goto(link);
      await page.getByLabel('登录名', { exact: true }).fill('zhanghua');
      await page.getByLabel('密码', { exact: true }).fill(h.demoPassword);
      await check(page, 'login-from-link');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.locator('h1', { hasText: '党员示范岗标识不全' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/app/items/${itemA}`);
      expect(await page.locator('.status-word').textContent()).toBe('待制定方案');
      expect(await page.locator('.light').first().textContent()).toMatch(/^(绿灯|黄灯|红灯)$/);
      expect(await page.locator('.actions > .van-button').allTextContents()).toEqual(['提交整改方案', '申请延期']);
      // Assigned by hand, not found in a 互检 cycle: the item says so where a finding's source would be.
      expect(await page.locator('.source').textContent()).toContain('主责单位直接交办，不是互检中发现的问题。');
      // The reminder is on the timeline too.
      expect(await page.locator('.timeline').textContent()).toContain('提醒');
      // The first screen's JavaScript, compressed as sent.
      expect(scripts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(250 * 1024);
      // Signed in by password: the session is an HttpOnly cookie, nothing is kept in the page's storage.
      expect(await page.evaluate('sessionStorage.length + localStorage.length')).toBe(0);
      expect(await page.evaluate('document.cookie')).toBe('');
      await check(page, 'item-open');

      // A refused request is said in Chinese from its code, naming the field.
      await page.getByRole('button', { name: '申请延期' }).click();
      await page.getByLabel('新的整改时限').fill(today);
      await page.getByLabel('理由', { exact: true }).fill('材料未到');
      await page.getByRole('button', { name: '提交申请' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe('「新的整改时限」填写有误，请检查后再提交。');
      await check(page, 'item-extension-form');

      await page.getByRole('button', { name: '提交整改方案' }).click();
      await page.getByLabel('整改方案').fill('一周内补齐标识，两周内完成培训');
      await page.getByRole('button', { name: '提交方案' }).click();
      await page.locator('.status-word', { hasText: '整改中' }).waitFor();
      expect(await page.locator('.timeline').textContent()).toContain('方案：一周内补齐标识，两周内完成培训');

      // The connection drops on the first try: the button says it is retrying, and the report is recorded once.
      let dropped = 0;
      await page.route('**/items/*/progress', async (route) => {
        if (dropped++ === 0) await route.abort('internetdisconnected');
        else await route.continue();
      });
      await page.getByRole('button', { name: '报告进展' }).click();
      await page.getByLabel('进展情况').fill('标识已订购');
      await page.getByRole('button', { name: '提交进展' }).click();
      await page.getByRole('button', { name: /网络中断，正在重试/ }).waitFor();
      await page.locator('.timeline', { hasText: '进展：标识已订购' }).waitFor();
      await page.unroute('**/items/*/progress');
      const progress = await h.db.query(
        `SELECT count(*)::int AS n FROM item_events WHERE item_id = $1 AND kind = 'progress_reported'`,
        [itemA],
      );
      expect(progress[0].n).toBe(1);

      await submitEvidence(page, ['照片-001.jpg', '照片-002.jpg'], { dropFirstUpload: true });
      await page.locator('.status-word', { hasText: '待验收' }).waitFor();
      // The two photos are on the item: large while it waits for verification, and as thumbnails on the timeline.
      await eventually(async () => ((await page.locator('.evidence-large img').count()) === 2 ? true : undefined));
      await eventually(async () => ((await page.locator('.timeline .file img').count()) === 2 ? true : undefined));
      const detail = await h.http().get(`/items/${itemA}`).set(bearer(h.tokens.branchSecretary)).expect(200);
      const evidence = detail.body.timeline.find((e: { kind: string }) => e.kind === 'evidence_submitted');
      expect(evidence.files.map((f: { name: string }) => f.name)).toEqual(['照片-001.jpg', '照片-002.jpg']);
      await check(page, 'item-pending-verification');
      await ctx.close();
    },
    LONG,
  );

  it(
    'branch secretary: 我的待办 most urgent first, 消息 with 已阅, 分台账 and 我的设置; a title stays text',
    async () => {
      const ctx = await context(PHONE);
      const page = await open(ctx, '/app/todo', h.tokens.branchSecretary);
      await page.locator('.item-cell').first().waitFor();
      // Item A waits for the lead unit's verification: not the branch's turn.
      const titles = await page.locator('.item-cell .item-title').allTextContents();
      expect(titles.sort()).toEqual(['消防通道堵塞未清理', XSS_TITLE].sort());
      const dues = await page.locator('.item-cell .item-cell-due').allTextContents();
      for (const due of dues) expect(due).toMatch(/：(还有\d+天|今天到期|已逾期\d+天)/);
      expect(await page.locator('.tabbar .van-tabbar-item__text').allTextContents()).toEqual([
        '我的待办',
        '台账',
        '互检',
        '评星',
        '消息',
        '我的',
      ]);
      await check(page, 'todo');
      // The title that looks like markup is text on its own page too.
      await page.locator('.item-cell', { hasText: XSS_TITLE }).click();
      await page.locator('h1', { hasText: XSS_TITLE }).waitFor();
      expect(await page.locator('h1').textContent()).toBe(XSS_TITLE);
      await check(page, 'item-xss-title');
      await page.goBack();
      await page.locator('.item-cell').first().waitFor();

      await menu(page, '消息').click();
      await page.locator('.message').first().waitFor();
      expect(await page.locator('.message h2').allTextContents()).toEqual(
        expect.arrayContaining([
          expect.stringContaining('【新整改任务】党员示范岗标识不全'),
          expect.stringContaining(`【新整改任务】${XSS_TITLE}`),
        ]),
      );
      await check(page, 'inbox');
      const unacked = await page.getByRole('button', { name: '已阅' }).count();
      await page.getByRole('button', { name: '已阅' }).first().click();
      await eventually(async () =>
        (await page.getByRole('button', { name: '已阅' }).count()) === unacked - 1 ? true : undefined,
      );

      // An answer slower than 300 ms shows the spinner, saying it is loading.
      const ledgerCall = (url: URL) => url.pathname === '/ledger';
      await page.route(ledgerCall, async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await menu(page, '台账').click();
      await page.getByRole('status').filter({ hasText: '加载中' }).waitFor();
      await page.locator('h1', { hasText: '分台账' }).waitFor();
      await page.locator('.item-cell').first().waitFor();
      // Only once the slowed answer has arrived: its handler must not outlive the route.
      await page.unroute(ledgerCall);
      expect(await page.locator('.item-cell .item-title').allTextContents()).toContain(XSS_TITLE);
      await check(page, 'ledger-branch');

      await menu(page, '我的').click();
      await page.getByRole('button', { name: '保存设置' }).waitFor();
      await page.getByLabel('电子邮箱').fill('zhijiang@example.cn');
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText('已保存。').waitFor();
      const prefs = await h.http().get('/notification-preferences').set(bearer(h.tokens.branchSecretary)).expect(200);
      expect(prefs.body.email).toBe('zhijiang@example.cn');
      await check(page, 'settings');
      await page.getByRole('button', { name: '退出' }).click();
      await page.locator('.login').waitFor();
      expect(await page.evaluate('sessionStorage.getItem("huijian.token")')).toBeNull();
      await ctx.close();
    },
    LONG,
  );

  it(
    'lead unit at the desk: a programme with the defaults, a cycle, who has not submitted, a mutual inspection with a finding and a photo, 例会, the report',
    async () => {
      const desk = await context(DESK);
      const lead = await open(desk, '/app/todo', h.tokens.leadAdmin);
      await lead.locator('#h-verify', { hasText: '待验收（1）' }).waitFor();
      await check(lead, 'todo-lead');

      // The form opens with the defaults filled in: every member unit, the 25th at 09:00, the windows, the rubric.
      await menu(lead, '互检').click();
      await lead.getByRole('button', { name: '新建计划' }).click();
      await lead.getByLabel('片区').selectOption({ index: 1 });
      await lead.getByLabel('计划名称').fill(PROGRAMME_NAME);
      const region = await h.http().get(`/regions/${regionId}`).set(bearer(h.tokens.leadAdmin)).expect(200);
      const name = (id: string) => region.body.members.find((m: { id: string }) => m.id === id)?.name as string;
      const ticked = lead.locator('fieldset', { hasText: '参加单位' }).locator('input[type=checkbox]:checked');
      expect(await ticked.count()).toBe(region.body.members.length);
      expect(await lead.getByLabel('每月', { exact: true }).inputValue()).toBe('25');
      expect(await lead.getByLabel('自检截止：天数').inputValue()).toBe('3');
      expect(await lead.getByLabel('自检截止：工作日或自然日').inputValue()).toBe('working');
      expect(await lead.getByLabel('上报截止：时刻').inputValue()).toBe('18:00');
      for (const [i, c] of DEFAULT_RUBRIC.criteria.entries())
        expect(await lead.getByLabel(`第${i + 1}项名称`).inputValue()).toBe(c.name);
      expect(await lead.locator('.programme-form .help').count()).toBeGreaterThanOrEqual(7);
      // The API's refusal names the field in Chinese, from its code and details.
      await lead.getByLabel('每月', { exact: true }).fill('31');
      await lead.getByRole('button', { name: '创建' }).click();
      await expect(lead.getByRole('alert').textContent()).resolves.toBe(
        '「发起时间·每月几日」填写有误，请检查后再提交。',
      );
      await check(lead, 'programme-form');
      await lead.getByLabel('每月', { exact: true }).fill('25');
      await lead.getByRole('button', { name: '创建' }).click();
      const card = lead.locator('.programme', { hasText: PROGRAMME_NAME });
      await card.waitFor();
      const [programme] = (await h.http().get('/programmes').set(bearer(h.tokens.leadAdmin)).expect(200)).body.items;
      programmeIds.push(programme.id);
      expect(programme).toMatchObject({
        cadence: { kind: 'monthly', dayOfMonth: 25, time: '09:00' },
        repeatLookback: 3,
      });
      expect(programme.rubric).toEqual(DEFAULT_RUBRIC);

      await card.getByRole('button', { name: '暂停' }).click();
      await card.getByText('已暂停', { exact: false }).first().waitFor();
      await card.getByRole('button', { name: '恢复' }).click();
      await card.getByRole('button', { name: '暂停' }).waitFor();
      await card.getByRole('button', { name: '立即发起' }).click();
      await lead.getByText(/^已发起.*互检周期。$/).waitFor();
      // The cycle's workflow writes its row; the programme then lists it, and its page says who has not submitted.
      await eventually(async () => {
        await lead.reload();
        await lead.locator('.programme').first().waitFor();
        return (await card.locator('.cycles a').count()) > 0 ? true : undefined;
      });
      await check(lead, 'programmes');
      await card.locator('.cycles a').first().click();
      await lead.locator('h1', { hasText: /^第\d+期互检/ }).waitFor();
      const cycleId = new URL(lead.url()).pathname.split('/').pop() as string;
      // 我的待办 lists what the lead unit owes the cycle as a participant, and leads back to it.
      await menu(lead, '我的待办').click();
      const duty = lead.locator('#h-cycles ~ .duty', { hasText: '：自检' });
      await duty.waitFor();
      expect(await duty.textContent()).toMatch(/截止 .+（(还有\d+天|今天到期)）/);
      expect(await lead.locator('#h-cycles').textContent()).toBe('互检待提交（1）');
      await check(lead, 'todo-lead-cycle');
      await duty.click();
      await lead.locator('h1', { hasText: /^第\d+期互检/ }).waitFor();
      const units = lead.locator('#h-who ~ .units > li');
      await eventually(async () => ((await units.count()) === region.body.members.length ? true : undefined));
      expect(await units.allTextContents()).toEqual(
        expect.arrayContaining([expect.stringMatching(/自检：未提交.*检查 .+：未提交/)]),
      );
      await lead.getByText(`${region.body.members.length}个单位还有未提交的材料。`).waitFor();
      expect(await lead.locator('.phase').textContent()).toBe('自检阶段');
      await check(lead, 'cycle-self-check');

      // The lead unit is a participant: its self-check through the form, the other units' through the API.
      const leadUnit = region.body.leadUnit.id as string;
      const ownCheck = lead.getByRole('region', { name: /的自检$/ });
      for (const c of DEFAULT_RUBRIC.criteria) await ownCheck.getByLabel(c.name).fill('92');
      await ownCheck.getByRole('button', { name: '提交自检' }).click();
      await lead.getByText(/的自检已提交。$/).waitFor();
      const cycle = (await h.http().get(`/cycles/${cycleId}`).set(bearer(h.tokens.leadAdmin)).expect(200)).body;
      expect(cycle.submissions.map((x: { inspectorUnitId: string }) => x.inspectorUnitId)).toEqual([leadUnit]);
      const tokenOf = await unitTokens();
      const others = cycle.participants.filter((u: string) => u !== leadUnit) as string[];
      for (const unit of others)
        await h
          .http()
          .post(`/cycles/${cycleId}/self-check`)
          .set(bearer(tokenOf[unit]))
          .send({ scores: marks(88), findings: [] })
          .expect(200);
      await eventually(async () => {
        await lead.reload();
        await lead.locator('.phase').waitFor();
        return (await lead.locator('.phase').textContent()) === '互检阶段' ? true : undefined;
      });

      // The mutual inspection of the peer the rotation assigned: marks, one finding with its photo.
      const inspectee = cycle.pairs.find((p: { inspector: string }) => p.inspector === leadUnit).inspectee as string;
      const inspection = lead.getByRole('region', { name: /的互检：检查/ });
      for (const c of DEFAULT_RUBRIC.criteria) await inspection.getByLabel(c.name).fill('85');
      await inspection.getByRole('button', { name: '登记发现的问题' }).click();
      await inspection.getByLabel('问题1：所属项目').selectOption({ label: '生产有秩序' });
      await inspection.getByLabel('问题1：问题描述').fill(FINDING);
      await inspection.getByLabel('问题1：严重程度').selectOption({ label: '严重' });
      await inspection.getByLabel('问题1：扣分').fill('3');
      await inspection.getByLabel('问题1：整改要求').fill('三日内清理通道并设置警示标识');
      await inspection
        .getByLabel('选择文件')
        .setInputFiles({ name: '现场-01.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
      await inspection.getByText('已上传').waitFor();
      await check(lead, 'cycle-inspection-form');
      await inspection.getByRole('button', { name: '提交互检' }).click();
      await lead.getByText(/的互检已提交。$/).waitFor();
      const finding = lead.locator('#h-findings ~ .units > li', { hasText: FINDING });
      await finding.waitFor();
      expect(await finding.textContent()).toContain('生产有秩序 · 严重 · 扣3分');
      const findings = (await h.http().get(`/cycles/${cycleId}`).set(bearer(h.tokens.leadAdmin)).expect(200)).body
        .findings;
      expect(findings).toEqual([
        expect.objectContaining({ unitId: inspectee, criterionKey: 'orderly_production', deduction: 3 }),
      ]);
      findingItem = findings[0].itemId;
      findingBranch = tokenOf[inspectee];

      // The other units' inspections (one finding's title looks like markup) → 例会 phase, minutes and attendance.
      for (const unit of others) {
        const peer = cycle.pairs.find((p: { inspector: string }) => p.inspector === unit).inspectee;
        const hostile = { criterionKey: 'staff_morale', description: XSS_TITLE, severity: 'minor', deduction: 1 };
        await h
          .http()
          .post(`/cycles/${cycleId}/inspections`)
          .set(bearer(tokenOf[unit]))
          .send({
            inspecteeUnitId: peer,
            scores: marks(80),
            findings:
              unit === others[0] ? [{ ...hostile, requirement: '整改', deadline: addCalendarDays(today, 20) }] : [],
          })
          .expect(200);
      }
      await eventually(async () => {
        await lead.reload();
        await lead.locator('.phase').waitFor();
        return (await lead.locator('.phase').textContent()) === '例会阶段' ? true : undefined;
      });
      await lead.getByLabel('例会纪要').fill('通报本期互检情况，部署整改。');
      await lead.getByLabel(`${region.body.members[1].name}：出席人员`).fill('刘芳、王伟');
      await check(lead, 'cycle-meeting-form');
      await lead.getByRole('button', { name: '保存例会记录' }).click();
      await lead.getByText('例会记录已保存。').waitFor();

      // The meeting ends the cycle: the report (scores, ranking, findings, 对账) is built and shown.
      await eventually(async () => {
        await lead.reload();
        await lead.locator('.phase').waitFor();
        return (await lead.locator('.report').count()) > 0 ? true : undefined;
      });
      expect(await lead.locator('#h-meeting ~ .units').textContent()).toContain('刘芳、王伟');
      const ranking = await lead.locator('.report table').first().locator('tbody tr').allTextContents();
      expect(ranking).toHaveLength(region.body.members.length);
      expect(await lead.locator('.report').textContent()).toContain(FINDING);
      expect(await lead.locator('.report').textContent()).toContain(XSS_TITLE);
      const reconciliation = lead
        .locator('.report table')
        .nth(1)
        .locator('tbody tr', { hasText: name(inspectee) });
      // 对账 is of earlier cycles' items: this is the programme's first cycle.
      expect(await reconciliation.locator('td').allTextContents()).toEqual([name(inspectee), '0', '0', '0', '0']);
      await check(lead, 'cycle-report');
      await desk.close();
    },
    LONG,
  );

  it(
    'lead unit at the desk: the finding’s item from 待验收, 退回 with a reason the branch sees, 验收通过 → 已销号, the 台账 exported',
    async () => {
      // The inspected branch plans and sends its first evidence (the branch's own screens are the first journey).
      const branchToken = findingBranch;
      await eventually(async () => {
        const res = await h
          .http()
          .post(`/items/${findingItem}/plan`)
          .set(bearer(branchToken))
          .send({ plan: '清理通道' });
        return res.status === 200 ? true : undefined;
      });
      const [photo] = await uploadIds(h, branchToken, [{ name: '整改-01.jpg', bytes: await phonePhoto() }]);
      await h
        .http()
        .post(`/items/${findingItem}/evidence`)
        .set(bearer(branchToken))
        .send({ text: '通道已清理', files: [photo] })
        .expect(200);

      const desk = await context(DESK);
      const lead = await open(desk, '/app/todo', h.tokens.leadAdmin);
      await lead.locator('#h-verify', { hasText: '待验收（2）' }).waitFor();
      await lead.locator('.item-cell', { hasText: FINDING }).click();
      await lead.locator('h1', { hasText: `生产有秩序：${FINDING}` }).waitFor();
      // 来源: the cycle (a link to its page), the programme, who inspected and filed it, and the finding's photo.
      const source = lead.locator('.source');
      await eventually(async () => ((await source.locator('img[alt="现场-01.jpg"]').count()) === 1 ? true : undefined));
      expect(await source.locator('dd').allTextContents()).toEqual([
        expect.stringMatching(new RegExp(`^第1期互检（\\d{4}-\\d{2}）${PROGRAMME_NAME}$`)),
        '互检',
        '商合杭芜湖长江公铁大桥项目部党总支',
        expect.stringMatching(/^片区主责单位 李强 · /),
      ]);
      await eventually(async () => ((await lead.locator('.evidence-large img').count()) === 1 ? true : undefined));
      const leadActions = await lead.locator('.actions > .van-button').allTextContents();
      expect(leadActions).toEqual(expect.arrayContaining(['验收', '改派', '撤销']));
      expect(leadActions).not.toContain('提交佐证材料');
      await lead.getByRole('button', { name: '验收', exact: true }).click();
      await lead.getByRole('button', { name: '退回' }).click();
      await expect(lead.getByRole('alert').textContent()).resolves.toBe('请填写理由。');
      await lead.getByLabel('理由（退回或驳回时必填）').fill('照片看不清通道全貌，请补拍');
      await check(lead, 'item-verify-lead');
      await lead.getByRole('button', { name: '退回' }).click();
      await lead.locator('.status-word', { hasText: '整改中' }).waitFor();
      await check(lead, 'item-rejected-lead');

      const phone = await context(PHONE);
      const branch = await open(phone, `/app/items/${findingItem}`, branchToken);
      await branch.locator('.timeline', { hasText: '理由：照片看不清通道全貌，请补拍' }).waitFor();
      // The inspected branch sees the finding's photo too, and enlarges it.
      await branch.getByRole('button', { name: '放大：现场-01.jpg' }).click();
      await branch.getByRole('button', { name: '缩小：现场-01.jpg' }).waitFor();
      await check(branch, 'item-source-branch');
      await branch.getByRole('link', { name: /^第1期互检/ }).click();
      await branch.locator('h1', { hasText: /^第1期互检/ }).waitFor();
      await branch.goBack();
      await branch.locator('.timeline').waitFor();
      expect(await branch.locator('.timeline').textContent()).toContain('验收退回');
      await submitEvidence(branch, ['照片-005.jpg', '照片-006.jpg']);
      await branch.locator('.status-word', { hasText: '待验收' }).waitFor();
      await phone.close();

      await lead.reload();
      await lead.getByRole('button', { name: '验收', exact: true }).click();
      await lead.getByRole('button', { name: '验收通过' }).click();
      await lead.locator('.status-word', { hasText: '已销号' }).waitFor();
      expect(await lead.locator('.actions > .van-button').count()).toBe(0);
      await check(lead, 'item-closed-lead');

      await menu(lead, '台账').click();
      await lead.locator('h1', { hasText: '总台账' }).waitFor();
      await lead.locator('.counts').waitFor();
      const counts = await h.http().get('/ledger/counts').set(bearer(h.tokens.leadAdmin)).expect(200);
      expect((await lead.locator('.counts > div').first().textContent())?.trim()).toBe(`${counts.body.total}共计`);
      await check(lead, 'ledger-lead');
      const [download] = await Promise.all([
        lead.waitForEvent('download'),
        lead.getByRole('button', { name: '导出Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/台账.*\.xlsx$/);
      // The closed item is in the workbook, with its state in words.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await download.path());
      const rows = book.worksheets.flatMap((sheet) =>
        sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.map((v) => String(v ?? '')).join('|') : '')),
      );
      expect(rows.find((r) => r.includes(FINDING))).toContain('已销号');
      await lead.getByLabel('红黄绿灯').selectOption('red');
      await eventually(async () =>
        (await lead.locator('.item-cell .light').allTextContents()).every((t) => t === '红灯') ? true : undefined,
      );
      await desk.close();
    },
    LONG,
  );

  it(
    'lead unit on an item: 驳回 and 批准延期, 改派 to another branch, 撤销 — each with its reason on the timeline',
    async () => {
      const item = await createItem('临时用电线路私拉乱接', 30);
      const ask = (days: number) =>
        eventually(async () => {
          const res = await h
            .http()
            .post(`/items/${item}/extension-requests`)
            .set(bearer(h.tokens.branchSecretary))
            .send({ proposedDeadline: addCalendarDays(today, days), reason: '电缆到货延迟' });
          return res.status === 200 ? true : undefined;
        });
      await ask(40);
      const desk = await context(DESK);
      const lead = await open(desk, '/app/todo', h.tokens.leadAdmin);
      await lead.locator('#h-ext ~ .item-cell', { hasText: '临时用电线路私拉乱接' }).click();
      await lead.locator('.extension-pending', { hasText: addCalendarDays(today, 40) }).waitFor();
      expect(await lead.locator('.extension-pending').textContent()).toContain('电缆到货延迟');
      await lead.getByRole('button', { name: '审批延期' }).click();
      await lead.getByRole('button', { name: '驳回' }).click();
      await expect(lead.getByRole('alert').textContent()).resolves.toBe('请填写理由。');
      await lead.getByLabel('理由（退回或驳回时必填）').fill('工期不能再延');
      await check(lead, 'item-extension-decision');
      await lead.getByRole('button', { name: '驳回' }).click();
      await lead.locator('.timeline', { hasText: '理由：工期不能再延' }).waitFor();
      expect(await lead.locator('.timeline').textContent()).toContain('驳回延期');

      await ask(35);
      await lead.reload();
      await lead.getByRole('button', { name: '审批延期' }).click();
      await lead.getByRole('button', { name: '批准延期' }).click();
      await lead.locator('.facts', { hasText: `原定 ${addCalendarDays(today, 30)}` }).waitFor();
      expect(await lead.locator('.facts').textContent()).toContain(addCalendarDays(today, 35));

      await lead.getByRole('button', { name: '改派' }).click();
      await lead.getByLabel('改派到').selectOption({ label: '芜湖轨道交通项目党支部' });
      await lead.getByLabel('理由', { exact: true }).fill('线路属轨道交通项目');
      await lead.getByRole('button', { name: '确认改派' }).click();
      await lead.locator('.facts', { hasText: '芜湖轨道交通项目党支部' }).waitFor();
      expect(await lead.locator('.timeline').textContent()).toContain('理由：线路属轨道交通项目');

      await lead.getByRole('button', { name: '撤销' }).click();
      await lead.getByRole('button', { name: '确认撤销' }).click();
      await expect(lead.getByRole('alert').textContent()).resolves.toBe('请填写理由。');
      await lead.getByLabel('理由', { exact: true }).fill('重复登记');
      await lead.getByRole('button', { name: '确认撤销' }).click();
      await lead.locator('.status-word', { hasText: '已撤销' }).waitFor();
      expect(await lead.locator('.actions > .van-button').count()).toBe(0);
      await check(lead, 'item-cancelled-lead');
      await desk.close();
    },
    LONG,
  );

  it(
    'committee member on a phone: the board list on the first screen, an escalated item, a 督办意见 the lead unit sees',
    async () => {
      // Item B has a live workflow (the 督办意见 goes to it); its ledger row is moved past the deadline and escalated.
      await h.db.query(`UPDATE items SET escalation_level = 2, light = 'red', deadline = $2 WHERE id = $1`, [
        itemB,
        addCalendarDays(today, -8),
      ]);
      const phone = await context(PHONE);
      const page = await open(phone, '/app/board', h.tokens.committeeMember);
      await page.locator('.board-item').first().waitFor();
      const first = await page.locator('.board-item').first().boundingBox();
      expect(first && first.y + first.height).toBeLessThanOrEqual(PHONE.height);
      expect(await page.locator('.board-item .item-title').allTextContents()).toEqual([
        '宣传栏内容未更新',
        '消防通道堵塞未清理',
        XSS_TITLE,
      ]);
      expect(await page.locator('.board-item .light').allTextContents()).toEqual(['红灯', '红灯', '红灯']);
      await check(page, 'board');
      await page.locator('.board-item', { hasText: '消防通道堵塞未清理' }).click();
      await page.locator('h1', { hasText: '消防通道堵塞未清理' }).waitFor();
      await page.getByRole('button', { name: '督办意见' }).click();
      await page.getByLabel('督办意见').fill('请于本周内完成整改并报党委');
      await page.getByRole('button', { name: '发送督办意见' }).click();
      await page.locator('.timeline', { hasText: '请于本周内完成整改并报党委' }).waitFor();
      await check(page, 'item-directive');

      // The reports received (上报): in 消息, the cycle's report, its link to the ranking, findings and 对账.
      await menu(page, '消息').click();
      const report = page.locator('.message', { hasText: `【互检上报】${PROGRAMME_NAME}` });
      await report.waitFor();
      await check(page, 'inbox-committee');
      await report.getByRole('link').click();
      await page.locator('.report').waitFor();
      expect(await page.locator('.report').textContent()).toContain(FINDING);
      await page.goBack();
      await menu(page, '互检').click();
      const card = page.locator('.programme', { hasText: PROGRAMME_NAME });
      await card.waitFor();
      expect(await page.getByRole('button', { name: '立即发起' }).count()).toBe(0);
      await check(page, 'programmes-committee');
      await card.locator('.cycles a').first().click();
      await page.locator('.report').waitFor();
      expect(await page.locator('.phase').textContent()).toBe('已结束');
      expect(await page.locator('.report').textContent()).toContain(FINDING);
      expect(await page.locator('form').count()).toBe(0);
      await check(page, 'cycle-report-committee');
      await phone.close();

      const desk = await context(DESK);
      const lead = await open(desk, `/app/items/${itemB}`, h.tokens.leadAdmin);
      await lead.locator('.timeline', { hasText: '理由：请于本周内完成整改并报党委' }).waitFor();
      await check(lead, 'item-directive-lead');
      await desk.close();
    },
    LONG,
  );

  it(
    'shows each role exactly its menus, and the board is the committee’s',
    async () => {
      const desk = await context(DESK);
      const menus: Record<string, string[]> = {};
      for (const [who, token] of Object.entries(h.tokens)) {
        const page = await open(desk, '/app/settings', token);
        await page.locator('.sidebar .side-link').first().waitFor();
        menus[who] = await page.locator('.sidebar .side-link').allTextContents();
        await page.getByRole('button', { name: '退出' }).click();
        await page.locator('.login').waitFor();
      }
      expect(menus).toEqual({
        systemAdmin: ['督办', '台账', '互检', '评星', '消息', '管理', '我的'],
        leadAdmin: ['我的待办', '台账', '互检', '评星', '消息', '我的'],
        branchSecretary: ['我的待办', '台账', '互检', '评星', '消息', '我的'],
        committeeMember: ['督办', '台账', '互检', '评星', '消息', '我的'],
      });
      const page = desk.pages()[0];
      await tokenForm(page);
      await page.getByLabel('访问令牌').fill('hj_not-a-token');
      await page.getByRole('button', { name: '进入' }).click();
      await page.getByText('令牌无效或已过期，请重新输入。').waitFor();
      await check(page, 'login');
      await desk.close();
    },
    LONG,
  );

  /**
   * Picks two photos, waits for both uploads, and submits them as the evidence. With `dropFirstUpload` the connection
   * drops under the first upload: that file says so in Chinese and offers 重试, which sends it again.
   */
  async function submitEvidence(page: Page, files: string[], options: { dropFirstUpload?: boolean } = {}) {
    await page.getByRole('button', { name: '提交佐证材料' }).click();
    await page.getByLabel('整改说明').fill('已补齐全部标识，附照片');
    const photo = await phonePhoto();
    let uploads = 0;
    if (options.dropFirstUpload)
      await page.route('**/files', (route) =>
        route.request().method() === 'POST' && uploads++ === 0 ? route.abort('internetdisconnected') : route.continue(),
      );
    await page
      .getByLabel('选择文件')
      .setInputFiles(files.map((name) => ({ name, mimeType: 'image/jpeg', buffer: photo })));
    if (options.dropFirstUpload) {
      const failed = page.locator('.uploads li.failed');
      await failed.getByRole('alert').waitFor();
      expect(await failed.getByRole('alert').textContent()).toMatch(/[\u4e00-\u9fff]/);
      await page.getByText('已上传').waitFor();
      await check(page, 'item-upload-retry');
      await failed.getByRole('button', { name: '重试' }).click();
    }
    await eventually(async () => ((await page.getByText('已上传').count()) === files.length ? true : undefined)).catch(
      async (e) => {
        throw new Error(`${String(e)}: ${await page.locator('.uploads').textContent()}`);
      },
    );
    if (options.dropFirstUpload) await page.unroute('**/files');
    await page.getByRole('button', { name: '提交佐证', exact: true }).click();
  }
});

function directives(header: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}
