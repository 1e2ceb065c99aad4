/**
 * Sign-in as a person does it, in Chromium: a message's link opened without a session goes to the sign-in page and
 * back to the item; an activation link sets a password and signs in; 退出登录; single sign-on against a real
 * OpenID provider (`oidc-provider`) that this suite starts on loopback.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { localDateOf } from '../libs/domain/src';
import { loadMessageModels } from '../libs/notifications/src/message-models';
import { freePort, waitForPort } from '../libs/runtime/src';
import { mkdirSync } from 'node:fs';
import { ARTIFACTS, launchChromium } from './support/browser';
import { bearer, type Harness, startHarness } from './support/harness';
import { demoOrg, insertItem } from './support/ledger-fixtures';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desk: { width: 1366, height: 900 } };

describe('sign-in journeys in a real browser', () => {
  let h: Harness;
  let browser: Browser;
  let provider: ChildProcess;
  let base: string;
  let itemLink: string;
  let org: Awaited<ReturnType<typeof demoOrg>>;

  beforeAll(async () => {
    const [apiPort, oidcPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${apiPort}`;
    provider = spawn(
      process.execPath,
      [
        join(__dirname, 'support', 'oidc-provider.mjs'),
        String(oidcPort),
        'huijian',
        'test-secret',
        `${base}/auth/oidc/callback`,
      ],
      // Its start-up warnings (in-memory adapter, development keys) are expected here.
      { stdio: 'ignore' },
    );
    await waitForPort('127.0.0.1', oidcPort, 20_000, 'the OpenID provider');
    h = await startHarness({
      env: {
        PUBLIC_URL: base,
        OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        OIDC_CLIENT_ID: 'huijian',
        OIDC_CLIENT_SECRET: 'test-secret',
      },
    });
    org = await demoOrg(h.db);
    const today = localDateOf(Date.now(), 'Asia/Shanghai');
    const itemId = await insertItem(h.db, today, {
      regionId: org.regionId,
      verifierUnitId: org.leadUnitId,
      createdBy: org.people['系统管理员'],
      unitId: org.units['wuhu-zjq-dzb'],
      title: '党员示范岗标识不全',
      description: '现场检查发现示范岗标识缺失',
      deadlineIn: 10,
    });
    // The link exactly as every channel renders it: from the outbox row, through the one link builder.
    const [{ id }] = await h.db.query(
      `INSERT INTO notifications (idempotency_key, item_id, kind, recipient_unit_id, audience, title, body, due_at)
       VALUES ('sign-in-browser', $1, 'reminder', $2, 'responsible', '【整改提醒】党员示范岗标识不全', '请按时提交整改方案', now())
       RETURNING id::text AS id`,
      [itemId, org.units['wuhu-zjq-dzb']],
    );
    const model = (await loadMessageModels(h.db, [id], base)).get(id);
    itemLink = model?.link as string;
    expect(itemLink).toBe(`${base}/app/items/${itemId}`);
    await h.app.listen(apiPort, '127.0.0.1');
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
    provider?.kill('SIGTERM');
  });

  async function shoot(page: Page, name: string): Promise<void> {
    for (const [width, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(ARTIFACTS, `sign-in-${name}-${width}.png`), fullPage: true });
    }
  }

  it('opens a message link without a session at the sign-in page, then comes back to the item', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone, locale: 'zh-CN' });
    await page.goto(itemLink);
    await page.waitForURL(/\/app\/login\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(new URL(itemLink).pathname);
    await page.getByRole('heading', { name: '互检工作台' }).waitFor();
    await shoot(page, 'login');

    await page.getByLabel('登录名', { exact: true }).fill('zhanghua');
    await page.getByLabel('密码', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '登录名或密码不正确' }).waitFor();
    expect(page.url()).toContain('/app/login');

    await page.getByLabel('密码', { exact: true }).fill(h.demoPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(itemLink);
    await page.getByRole('heading', { name: '党员示范岗标识不全' }).waitFor();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'hj_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
    await shoot(page, 'item');

    // The page's session has a CSRF token; a write sent without it (as another site's form would) is refused.
    const csrf = await page.evaluate(async () => {
      const me = (await (await fetch('/me')).json()) as { session: { kind: string; csrfToken?: string } };
      const bare = await fetch('/auth/logout', { method: 'POST' });
      return { kind: me.session.kind, token: typeof me.session.csrfToken, bare: bare.status };
    });
    expect(csrf).toEqual({ kind: 'session', token: 'string', bare: 403 });

    // 退出 ends the session on the server; the same link then asks to sign in again.
    await page.goto(`${base}/app/settings`);
    await page.getByRole('button', { name: '退出', exact: true }).click();
    await page.waitForURL(`${base}/app/login`);
    const [ended] = await h.db.query(
      `SELECT end_reason FROM sessions WHERE person_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [org.people['中江桥党支部书记 张华']],
    );
    expect(ended.end_reason).toBe('logout');
    await page.goto(itemLink);
    await page.waitForURL(/\/app\/login\?next=/);
    await page.close();
  });

  it('never sends a person off-site after sign-in, whatever next= says', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desk, locale: 'zh-CN' });
    await page.goto(`${base}/app/login?next=${encodeURIComponent('//evil.example/app/items/1')}`);
    await page.getByLabel('登录名', { exact: true }).fill('liqiang');
    await page.getByLabel('密码', { exact: true }).fill(h.demoPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${base}/app/todo`);
    await page.waitForSelector('.shell.signed-in');
    await page.close();
  });

  it('sets a password with an activation link, signs in, and shows a used link as such', async () => {
    const person = await h
      .http()
      .post('/people')
      .set(bearer(h.tokens.systemAdmin))
      .send({ name: '管廊党支部组织委员 周婷', unitId: org.units['wuhu-glgj-dzb'], phone: '139 0000 0007' })
      .expect(201);
    await h
      .http()
      .post(`/people/${person.body.id}/roles`)
      .set(bearer(h.tokens.systemAdmin))
      .send({ role: 'branch_secretary', unitId: org.units['wuhu-glgj-dzb'] })
      .expect(201);
    const invitation = await h
      .http()
      .post(`/people/${person.body.id}/invitation`)
      .set(bearer(h.tokens.leadAdmin))
      .send({})
      .expect(201);
    expect(invitation.body.login).toBe('13900000007');
    const page = await browser.newPage({ viewport: VIEWPORTS.phone, locale: 'zh-CN' });
    await page.goto(invitation.body.link);
    await page.getByText('管廊党支部组织委员 周婷，您的登录名是 13900000007。请设置密码。').waitFor();
    expect(page.url()).toBe(`${base}/app/activate`); // the token left the address bar
    await shoot(page, 'activate');
    // One of the 10,000 most common passwords: refused by the API, and the link stays usable.
    await page.getByLabel('新密码', { exact: true }).fill('password123');
    await page.getByLabel('再输一次', { exact: true }).fill('password123');
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    await page.getByRole('alert').waitFor();
    expect(page.url()).toBe(`${base}/app/activate`);
    await page.getByLabel('新密码', { exact: true }).fill('管廊 2026 年冬季整改');
    await page.getByLabel('再输一次', { exact: true }).fill('管廊 2026 年冬季整改');
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    await page.waitForURL(`${base}/app/todo`);
    await page.waitForSelector('.shell.signed-in');

    await page.goto(invitation.body.link);
    await page.getByRole('alert').filter({ hasText: '此激活链接已过期、已使用或已被新的链接取代' }).waitFor();
    await shoot(page, 'activate-used');
    await page.close();
  });

  it('signs in with single sign-on (code + PKCE) at the OpenID provider, and refuses a login nobody invited', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desk, locale: 'zh-CN' });
    await page.goto(`${base}/app/login`);
    await page.getByRole('link', { name: '单点登录' }).click();
    await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
    await page.locator('input[name=login]').fill('zhanghua');
    await page.locator('input[name=password]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${base}/app/inbox`);
    await page.waitForSelector('.shell.signed-in');
    expect((await page.context().cookies()).find((c) => c.name === 'hj_session')).toBeDefined();
    const [audit] = await h.db.query(
      `SELECT outcome FROM audit_log WHERE action = 'auth.signed_in' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.outcome).toMatchObject({ via: 'oidc' });

    const stranger = await browser.newPage({ viewport: VIEWPORTS.phone, locale: 'zh-CN' });
    await stranger.goto(`${base}/app/login`);
    await stranger.getByRole('link', { name: '单点登录' }).click();
    await stranger.locator('input[name=login]').fill('stranger');
    await stranger.locator('input[name=password]').fill('anything');
    await stranger.getByRole('button', { name: 'Sign-in' }).click();
    await stranger.getByRole('button', { name: 'Continue' }).click();
    await stranger.getByRole('heading', { name: '无法登录' }).waitFor();
    expect(await stranger.getByRole('alert').textContent()).toContain('（stranger）尚未在互检系统开通；请联系管理员');
    expect((await stranger.context().cookies()).find((c) => c.name === 'hj_session')).toBeUndefined();
    await shoot(stranger, 'sso-refused');
    await page.close();
    await stranger.close();
  });

  it("after single sign-on, lands on the page the message's link asked for", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone, locale: 'zh-CN' });
    await page.goto(itemLink);
    await page.waitForURL(/\/app\/login\?next=/);
    await page.getByRole('link', { name: '单点登录' }).click();
    await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
    await page.locator('input[name=login]').fill('zhanghua');
    await page.locator('input[name=password]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(itemLink);
    await page.getByRole('heading', { name: '党员示范岗标识不全' }).waitFor();
    await shoot(page, 'sso-next');
    await page.close();
  });
});
