import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { localDateOf } from '../libs/domain/src';
import { bearer, type Harness, startHarness } from './support/harness';
import { ARTIFACTS, launchChromium } from './support/browser';
import { addRegion, addUnit, demoOrg, insertItem } from './support/ledger-fixtures';

describe('battle map (挂图作战) and committee board pages in a real browser', () => {
  let h: Harness;
  let browser: Browser;
  let base: string;
  let nanjing: { regionId: string; verifierUnitId: string; createdBy: string; unitId: string };
  const today = localDateOf(Date.now(), 'Asia/Shanghai');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
    const org = await demoOrg(h.db);
    const u = org.units;
    const admin = org.people['系统管理员'];
    const wuhu = { regionId: org.regionId, verifierUnitId: org.leadUnitId, createdBy: admin };
    const njLead = await addUnit(h.db, 'nj-dzz', '南京长江大桥项目部党总支', 'general_branch', u['gs-dw']);
    const njBranch = await addUnit(h.db, 'nj-dzb', '南京江北项目党支部', 'branch', u['gs-dw']);
    const nj = {
      regionId: await addRegion(h.db, 'nanjing', '南京片区', njLead, [njBranch]),
      verifierUnitId: njLead,
      createdBy: admin,
    };
    nanjing = { ...nj, unitId: njBranch };
    const zjq = u['wuhu-zjq-dzb'];
    await insertItem(h.db, today, {
      ...wuhu,
      title: '党员示范岗标识不全',
      unitId: zjq,
      deadlineIn: -8,
      createdDaysAgo: 40,
      light: 'red',
      escalationLevel: 2,
      description: '现场检查发现示范岗标识缺失',
    });
    await insertItem(h.db, today, {
      ...wuhu,
      title: '学习台账记录不完整',
      unitId: zjq,
      deadlineIn: 2,
      createdDaysAgo: 25,
      status: 'in_progress',
      light: 'yellow',
    });
    await insertItem(h.db, today, {
      ...wuhu,
      title: '班组安全交底签字缺漏',
      unitId: u['wuhu-zjq-dxz1'],
      deadlineIn: 24,
      createdDaysAgo: 6,
      status: 'in_progress',
    });
    await insertItem(h.db, today, {
      ...wuhu,
      title: '安全交底签字缺漏',
      unitId: u['wuhu-glgj-dzb'],
      deadlineIn: -3,
      status: 'pending_verification',
      light: 'red',
      escalationLevel: 1,
    });
    await insertItem(h.db, today, {
      ...wuhu,
      title: '宣传栏内容未更新',
      unitId: u['wuhu-gdjt-dzb'],
      deadlineIn: 12,
      createdDaysAgo: 20,
    });
    await insertItem(h.db, today, {
      ...wuhu,
      title: '已销号的旧问题',
      unitId: u['wuhu-gdjt-dzb'],
      deadlineIn: -5,
      status: 'closed',
      closedAfterDeadline: -1,
    });
    await insertItem(h.db, today, {
      ...wuhu,
      title: '党总支会议记录缺页',
      unitId: org.leadUnitId,
      deadlineIn: 35,
      createdDaysAgo: 3,
    });
    await insertItem(h.db, today, {
      ...nj,
      title: '南京：消防通道堵塞',
      unitId: njBranch,
      deadlineIn: -12,
      light: 'red',
      escalationLevel: 2,
    });
    await h.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(h.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  /** Opens a page, logs in with the token the way a person does (typing it), and waits for the content. */
  async function open(path: string, token: string, ready: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${base}${path}`);
    await page.getByLabel('访问令牌').fill(token);
    await page.getByRole('button', { name: '进入' }).click();
    await page.waitForSelector(ready);
    return page;
  }
  const rowTitles = (page: Page, selector = '.item-row .item-title') => page.locator(selector).allTextContents();

  it('shows the lead unit every open item of its region, grouped by unit, with milestones and today’s line', async () => {
    const page = await open('/pages/battle-map', h.tokens.leadAdmin, '.item-row');
    expect((await rowTitles(page)).sort()).toEqual(
      [
        '党员示范岗标识不全',
        '学习台账记录不完整',
        '班组安全交底签字缺漏',
        '安全交底签字缺漏',
        '宣传栏内容未更新',
        '党总支会议记录缺页',
      ].sort(),
    );
    expect(await page.locator('.group-name').allTextContents()).toEqual(
      expect.arrayContaining([
        '芜湖中江桥项目党支部',
        '中江桥项目第一党小组',
        '芜湖长江路管廊及高架项目党支部',
        '芜湖轨道交通项目党支部',
        '商合杭芜湖长江公铁大桥项目部党总支',
      ]),
    );
    expect(await page.locator('.group-name').count()).toBe(5);
    expect(await page.locator('.item-row .ms').count()).toBe(6 * 4);
    expect(await page.locator('.today-line').count()).toBe(1);
    const red = page.locator('.item-row.red .item-title');
    expect((await red.allTextContents()).sort()).toEqual(['党员示范岗标识不全', '安全交底签字缺漏'].sort());
    expect(await page.locator('#summary').textContent()).toBe('共 6 项 · 红灯 2 · 黄灯 1 · 绿灯 3');
    // The token is in sessionStorage, never in the address.
    expect(page.url()).toBe(`${base}/pages/battle-map`);
    expect(await page.evaluate('sessionStorage.getItem("huijian.token")')).toBe(h.tokens.leadAdmin);
    await page.screenshot({ path: join(ARTIFACTS, 'battle-map-lead.png'), fullPage: true });

    await page.selectOption('#f-light', 'red');
    expect((await rowTitles(page)).sort()).toEqual(['党员示范岗标识不全', '安全交底签字缺漏'].sort());
    await page.selectOption('#f-light', '');
    await page.fill('#f-q', '签字');
    expect((await rowTitles(page)).sort()).toEqual(['班组安全交底签字缺漏', '安全交底签字缺漏'].sort());
    await page.reload();
    await page.waitForSelector('.item-row');
    expect(await page.locator('.item-row').count()).toBe(6);
    await page.close();
  });

  it('shows a branch exactly its own items, its group’s included', async () => {
    const page = await open('/pages/battle-map', h.tokens.branchSecretary, '.item-row');
    expect((await rowTitles(page)).sort()).toEqual(
      ['党员示范岗标识不全', '学习台账记录不完整', '班组安全交底签字缺漏'].sort(),
    );
    expect(await page.locator('.group-name').allTextContents()).toEqual(
      ['中江桥项目第一党小组', '芜湖中江桥项目党支部'].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'battle-map-branch.png'), fullPage: true });
    await page.getByRole('button', { name: '退出' }).click();
    expect(await page.evaluate('sessionStorage.getItem("huijian.token")')).toBeNull();
    expect(await page.getByLabel('访问令牌').isVisible()).toBe(true);
    await page.close();
  });

  it('asks again for a token that is refused', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/pages/battle-map`);
    await page.getByLabel('访问令牌').fill('hj_not-a-token');
    await page.getByRole('button', { name: '进入' }).click();
    await page.getByText('令牌无效或已过期，请重新输入。').waitFor();
    expect(await page.evaluate('sessionStorage.getItem("huijian.token")')).toBeNull();
    await page.close();
  });

  it('shows the committee the 督办 board across regions, and tells a branch it may not see it', async () => {
    const page = await open('/pages/committee-board', h.tokens.committeeMember, '.board-item');
    expect(await rowTitles(page, '.board-item .item-title')).toEqual([
      '南京：消防通道堵塞',
      '党员示范岗标识不全',
      '安全交底签字缺漏',
    ]);
    expect(await page.locator('table.grid').nth(1).locator('tbody tr td:first-child').allTextContents()).toEqual(
      expect.arrayContaining(['芜湖片区', '南京片区']),
    );
    expect(await page.locator('#board-shown').textContent()).toBe('已显示 3 / 共 3 项');
    expect(await page.locator('#board-more').isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'committee-board.png'), fullPage: true });
    await page.close();

    const branch = await open('/pages/committee-board', h.tokens.branchSecretary, '.error');
    expect(await branch.locator('.error').textContent()).toBe('无权查看：此页面仅限相应角色。');
    await branch.close();
  });

  it('pages the committee board 50 items at a time, most overdue first, and narrows it to one region', async () => {
    const extra = await Promise.all(
      Array.from({ length: 55 }, (_, n) =>
        insertItem(h.db, today, {
          ...nanjing,
          title: `南京：批量督办 ${n + 1}`,
          deadlineIn: -1,
          light: 'red',
          escalationLevel: 1,
        }),
      ),
    );
    try {
      const page = await open('/pages/committee-board', h.tokens.committeeMember, '.board-item');
      const rows = page.locator('.board-item');
      expect(await rows.count()).toBe(50);
      expect((await rowTitles(page, '.board-item .item-title')).slice(0, 3)).toEqual([
        '南京：消防通道堵塞',
        '党员示范岗标识不全',
        '安全交底签字缺漏',
      ]);
      expect(await page.locator('#board-shown').textContent()).toBe('已显示 50 / 共 58 项');
      await page.getByRole('button', { name: '加载更多' }).click();
      await page.locator('.board-item').nth(57).waitFor();
      expect(await rows.count()).toBe(58);
      const ids = await Promise.all((await rows.all()).map((row) => row.getAttribute('data-id')));
      expect(new Set(ids).size).toBe(58);
      expect(await page.locator('#board-shown').textContent()).toBe('已显示 58 / 共 58 项');
      expect(await page.locator('#board-more').isVisible()).toBe(false);
      await page.screenshot({ path: join(ARTIFACTS, 'committee-board-paged.png'), fullPage: true });

      await page.locator('#f-region').selectOption({ label: '芜湖片区' });
      await page.locator('#board-shown', { hasText: '共 2 项' }).waitFor();
      expect(await rowTitles(page, '.board-item .item-title')).toEqual(['党员示范岗标识不全', '安全交底签字缺漏']);
      await page.close();
    } finally {
      await h.db.query('DELETE FROM items WHERE id = ANY($1)', [extra]);
    }
  });

  it('serves only its own assets, without a token', async () => {
    await h
      .http()
      .get('/pages/assets/battle-map.js')
      .expect(200)
      .expect('content-type', /javascript/);
    await h.http().get('/pages/assets/..%2F..%2Fpages.controller.ts').expect(404);
    await h.http().get('/pages/assets/battle-map.html').expect(404);
    await h.http().get('/ledger').expect(401);
    await h.http().get('/ledger').set(bearer(h.tokens.leadAdmin)).expect(200);
  });
});
