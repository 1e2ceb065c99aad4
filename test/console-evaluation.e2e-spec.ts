/**
 * 积分评星 in the console, walked by its people in a real browser against the real API, worker and Postgres, on
 * Temporal's time-skipping server (the API talks to it too, so the 公示's working days pass when the test says):
 * units record 记实 and the lead unit refuses one and confirms another; the lead unit runs the year's rating through
 * review and 公示, a unit objects, another objects too late, the lead answers, the committee approves, and the unit
 * sees its stars; a system admin's new indicator set is refused field by field, then saved. Every screen is checked
 * at 390 and 1366 px for sideways scroll and serious accessibility violations, and photographed.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { IdentityService } from '../libs/identity/src';
import { ARTIFACTS, checkScreen, DESK, launchChromium, PHONE } from './support/browser';
import { demoRegion, type DemoRegion, insertProgramme } from './support/cycles';
import { bearer, eventually, type Harness } from './support/harness';
import { phonePhoto } from './support/photo-fixtures';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(300_000);

const XSS_TITLE = '<img src=x onerror=alert(1)>';
const YEAR = new Date().getFullYear() - 1;

describe('积分评星 in the console (工作台)', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let region: DemoRegion;
  let browser: Browser;
  let base: string;
  let liufang: string;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    world = await startTimeSkippingWorld('console-evaluation', { api: true });
    h = world.h;
    region = await demoRegion(h.db);
    const [p] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%刘芳%'`);
    liufang = (await h.app.get(IdentityService).issue(p.id, 'test')).token;
    // Last year's cycles: a rubric total every month, so the rating has points to rank and stars to give.
    const programmeId = await insertProgramme(h.db, region);
    const totals: Record<string, number> = {
      [region.lead]: 92,
      [region.guanlang]: 86,
      [region.zhongjiang]: 80,
      [region.guidao]: 74,
    };
    for (let i = 0; i < 12; i++) {
      const period = `${YEAR}-${String(i + 1).padStart(2, '0')}`;
      const ranking = region.participants.map((unitId) => ({
        unitId,
        unitName: unitId,
        total: totals[unitId],
        rank: 1,
      }));
      await h.db.query(
        `INSERT INTO cycles (id, programme_id, period, cycle_number, workflow_id, phase, started_at, due_times,
                             participants, pairs, report, projection_seq, closed_at)
         VALUES ($1,$2,$3,$4,$5,'closed',$6,'{}',$7,'[]',$8,1,$6)`,
        [
          randomUUID(),
          programmeId,
          period,
          i + 1,
          `cycle-${programmeId}-${period}`,
          `${period}-25T01:00:00Z`,
          region.participants,
          JSON.stringify({ ranking }),
        ],
      );
    }
    await h.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(h.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  afterEach(() => {
    // Collected on every page: a CSP refusal, a script dialog (the hostile title), an uncaught error.
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

  /** Opens a path as the holder of a token, through the sign-in page's token form, and lands back on it. */
  async function open(viewport: typeof PHONE, path: string, token: string): Promise<Page> {
    const page = await (await context(viewport)).newPage();
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.login, .shell.signed-in');
    if (await page.locator('.login').isVisible()) {
      const switchToToken = page.getByRole('button', { name: '使用访问令牌' });
      await page.getByLabel('访问令牌').or(switchToToken).first().waitFor();
      if (await switchToToken.isVisible()) await switchToToken.click();
      await page.getByLabel('访问令牌').fill(token);
      await page.getByRole('button', { name: '进入' }).click();
      await page.waitForSelector('.shell.signed-in');
    }
    return page;
  }
  const check = (page: Page, name: string) => checkScreen(page, `evaluation-${name}`);
  const api = (token: string) => ({
    get: (path: string) => h.http().get(path).set(bearer(token)).expect(200),
  });

  it('记实: a branch records two facts on the phone; the lead unit refuses one with a reason and confirms the other', async () => {
    const secretary = await open(PHONE, '/app/evaluation/records', h.tokens.branchSecretary);
    // The menu has 评星 for every role that reads it.
    await secretary.locator('.tabbar .van-tabbar-item', { hasText: '评星' }).waitFor();
    await secretary.getByText(/还没有记实。/).waitFor();
    await check(secretary, 'records-empty');

    const record = async (type: string, date: string, title: string, photos: string[] = []) => {
      await secretary.getByRole('button', { name: '登记记实' }).click();
      await secretary.getByLabel('记实类型').selectOption({ label: type });
      await secretary.getByLabel('发生日期').fill(date);
      await secretary.getByLabel('标题').fill(title);
      await secretary.getByLabel('说明').fill('支部委员5人到会，学习传达上级会议精神');
      if (photos.length) {
        const photo = await phonePhoto();
        await secretary
          .getByLabel('选择文件')
          .setInputFiles(photos.map((name) => ({ name, mimeType: 'image/jpeg', buffer: photo })));
        await eventually(async () =>
          (await secretary.getByText('已上传').count()) === photos.length ? true : undefined,
        );
      }
      await secretary.getByRole('button', { name: '提交记实' }).click();
      await secretary
        .getByRole('status')
        .filter({ hasText: `已提交「${title}」` })
        .waitFor();
    };
    const month = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
    const [y, m] = month.split('-').map(Number);
    const lastMonthDay = `${m === 1 ? y - 1 : y}-${String(m === 1 ? 12 : m - 1).padStart(2, '0')}-20`;
    await record('三会一课记实', lastMonthDay, '支委会（上月）', ['会议照片.jpg', '签到表.jpg']);
    await record('五好标准达标', lastMonthDay, XSS_TITLE);
    expect(await secretary.locator('.record .record-status').allTextContents()).toEqual(['待确认', '待确认']);
    expect(await secretary.locator('.record-title').allTextContents()).toContain(XSS_TITLE);
    await check(secretary, 'records-recorded');

    const lead = await open(DESK, '/app/evaluation/records', h.tokens.leadAdmin);
    await lead.locator('#h-queue', { hasText: '待确认（2）' }).waitFor();
    // The evidence is on the record, for the lead unit to judge by.
    const meeting = lead.locator('.record', { hasText: '支委会（上月）' });
    await eventually(async () => ((await meeting.locator('.record-files img').count()) === 2 ? true : undefined));
    expect(
      await meeting.locator('.record-files img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt'))),
    ).toEqual(['会议照片.jpg', '签到表.jpg']);
    await check(lead, 'records-queue');
    const hostile = lead.locator('.record', { hasText: XSS_TITLE });
    await hostile.getByRole('button', { name: '退回' }).click();
    // A refusal needs its reason before it can be sent.
    expect(await hostile.getByRole('button', { name: '确认退回' }).isDisabled()).toBe(true);
    await hostile.getByLabel('退回理由').fill('缺少达标验收材料，请补充后重新登记');
    await hostile.getByRole('button', { name: '确认退回' }).click();
    await lead.getByRole('status').filter({ hasText: '已退回' }).waitFor();
    await lead.locator('.record', { hasText: '支委会（上月）' }).getByRole('button', { name: '确认' }).click();
    await lead.getByRole('status').filter({ hasText: '已确认「支委会（上月）」' }).waitFor();
    await lead.locator('#h-queue').waitFor({ state: 'detached' });
    await check(lead, 'records-decided');

    // The branch sees both decisions, the refusal with its reason; the hostile title is text.
    await secretary.reload();
    const refused = secretary.locator('.record', { hasText: '已退回' });
    await refused.waitFor();
    expect(await refused.locator('.record-title').textContent()).toBe(XSS_TITLE);
    expect(await refused.locator('.refusal').textContent()).toBe('退回理由：缺少达标验收材料，请补充后重新登记');
    expect(
      await secretary.locator('.record', { hasText: '支委会（上月）' }).locator('.record-status').textContent(),
    ).toBe('已确认');
    await check(secretary, 'records-branch-decided');

    // The confirmed record counts on last month's score card line; the refused one nowhere.
    await secretary.getByRole('link', { name: '积分卡' }).click();
    await secretary.locator('#h-lines').waitFor();
    const card = (
      await api(h.tokens.branchSecretary).get(`/units/${region.zhongjiang}/score-card?year=${lastMonthDay.slice(0, 4)}`)
    ).body;
    const scored = card.months.find((x: { period: string }) => x.period === lastMonthDay.slice(0, 7));
    expect(scored.lines.find((l: { indicatorKey: string }) => l.indicatorKey === 'three_meetings').points).toBe(1);
    expect(scored.lines.find((l: { indicatorKey: string }) => l.indicatorKey === 'five_good')).toMatchObject({
      points: 0,
      refs: [],
    });
    if (lastMonthDay.slice(0, 4) === String(new Date().getFullYear())) {
      await secretary.getByLabel('月份').selectOption(lastMonthDay.slice(0, 7));
      expect(await secretary.locator('.score-line', { hasText: '三会一课记实' }).textContent()).toContain('+1分');
    }
    await check(secretary, 'score-card-month');
  });

  it('the year rated: review with an adjustment, 公示, an objection answered, one too late, approval, the stars', async () => {
    const lead = await open(DESK, '/app/evaluation/ratings', h.tokens.leadAdmin);
    await lead.getByText(/还没有年度评星。/).waitFor();
    await lead.getByRole('button', { name: '发起评星' }).click();
    expect(await lead.getByLabel('评星年度').inputValue()).toBe(String(YEAR));
    await lead.locator('form').getByRole('button', { name: '发起评星' }).click();
    await lead.locator('#h-steps', { hasText: '进度：主责单位审核中' }).waitFor();
    const ratingId = new URL(lead.url()).pathname.split('/').pop() as string;
    expect(await lead.locator('.steps li').allTextContents()).toEqual([
      '计算已完成',
      '审核当前',
      '公示未开始',
      '异议未开始',
      '审批未开始',
      '完成未开始',
    ]);
    expect(await lead.locator('.rated-name').allTextContents()).toHaveLength(4);

    // The branch sees the rating but not the lead unit's draft.
    const branch = await open(PHONE, `/app/evaluation/ratings/${ratingId}`, h.tokens.branchSecretary);
    await branch.getByText('结果正在主责单位审核中，发布公示后即可查看本单位的积分和星级。').waitFor();
    expect(await branch.locator('.rated').count()).toBe(0);
    await check(branch, 'rating-draft-branch');

    // An adjustment needs its reason; it is recorded.
    await lead.getByLabel('单位', { exact: true }).selectOption({ label: '芜湖轨道交通项目党支部' });
    await lead.getByLabel('调整分值（扣分填负数）').fill('-3');
    expect(await lead.getByRole('button', { name: '记录调整' }).isDisabled()).toBe(true);
    await lead.getByLabel('调整理由').fill('发生一般安全事故一起，按细则扣分');
    await lead.getByRole('button', { name: '记录调整' }).click();
    await lead.locator('#h-changes ~ ul li', { hasText: '审核调整 · 芜湖轨道交通项目党支部 −3分' }).waitFor();
    await check(lead, 'rating-review');
    await lead.getByRole('button', { name: '发布公示' }).click();
    await lead.locator('#h-steps', { hasText: '进度：公示中' }).waitFor();

    // 公示: the branch sees the result and objects.
    await branch.reload();
    await branch.locator('#h-object').waitFor();
    expect(await branch.locator('.rated.own .rated-name').textContent()).toBe('芜湖中江桥项目党支部（本单位）');
    await branch.getByLabel('异议理由').fill('上月支委会记实已确认，但年度积分中未见');
    // Its evidence, a photo, goes up before the objection is sent (提交 waits while it uploads).
    await branch
      .locator('#h-object ~ form')
      .getByLabel('选择文件')
      .setInputFiles([{ name: '确认截图.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() }]);
    await branch.locator('#h-object ~ form').getByText('已上传').waitFor();
    await check(branch, 'rating-objection-form');
    await branch.getByRole('button', { name: '提交异议' }).click();
    await branch.getByRole('status').filter({ hasText: '已提出异议' }).waitFor();
    expect(await branch.locator('.objection .objection-status').allTextContents()).toEqual(['待答复']);
    await branch.locator('.objection').getByRole('button', { name: '放大：确认截图.jpg' }).waitFor();
    // The form is empty again: the next objection starts without the last one's photo.
    expect(await branch.locator('#h-object ~ form').getByText('已上传').count()).toBe(0);
    await check(branch, 'rating-objected');

    // Another unit has its form open when the notice period ends: the refusal says when it closed.
    const other = await open(PHONE, `/app/evaluation/ratings/${ratingId}`, liufang);
    await other.getByLabel('异议理由').fill('管廊项目互检得分统计有误');
    const rating = (await api(h.tokens.leadAdmin).get(`/ratings/${ratingId}`)).body;
    await world.env.sleep(Date.parse(rating.noticeEndsAt) - (await world.env.currentTimeMs()) + 60_000);
    await eventually(async () =>
      (await api(h.tokens.leadAdmin).get(`/ratings/${ratingId}`)).body.phase === 'answering' ? true : undefined,
    );
    await other.getByRole('button', { name: '提交异议' }).click();
    const lastDay = new Date(Date.parse(rating.noticeEndsAt) - 1).toLocaleDateString('zh-CN', {
      timeZone: 'Asia/Shanghai',
      month: 'long',
      day: 'numeric',
    });
    await other
      .getByRole('alert')
      .filter({ hasText: `公示期已于${lastDay}结束，不再受理异议。` })
      .waitFor();
    await check(other, 'rating-objection-late');
    // Units see their own objections only.
    await other.reload();
    await other.locator('#h-results').waitFor();
    expect(await other.locator('.objection').count()).toBe(0);

    // The lead unit answers: upheld, with a correction.
    await lead.reload();
    await lead.locator('#h-steps', { hasText: '进度：异议答复中' }).waitFor();
    // The lead unit sees the objection's photo, opens it, and closes it again to answer.
    await lead.locator('.objection').getByRole('button', { name: '放大：确认截图.jpg' }).click();
    const opened = lead.locator('.objection').getByRole('button', { name: '缩小：确认截图.jpg' }).locator('img');
    // AuthImage shows an <img> only once the API answered the preview (a blob: URL); a refusal leaves the name.
    await opened.waitFor();
    expect(await opened.getAttribute('src')).toMatch(/^blob:/);
    await check(lead, 'rating-objection-files');
    await lead.locator('.objection').getByRole('button', { name: '缩小：确认截图.jpg' }).click();
    await lead.locator('.objection').getByRole('button', { name: '答复' }).click();
    await lead.getByLabel('异议成立（更正积分）').check();
    await lead.getByLabel('更正分值（扣分填负数）').fill('2');
    await lead.getByLabel('答复理由').fill('经核实，支委会记实漏计，予以更正');
    await check(lead, 'rating-answer-form');
    await lead.getByRole('button', { name: '提交答复' }).click();
    await lead.locator('#h-steps', { hasText: '进度：待党委审定' }).waitFor();

    // The committee approves.
    const committee = await open(PHONE, `/app/evaluation/ratings/${ratingId}`, h.tokens.committeeMember);
    await committee.locator('#h-approve').waitFor();
    await check(committee, 'rating-approval');
    await committee.getByRole('button', { name: '审定通过' }).click();
    await committee.locator('#h-steps', { hasText: '进度：已审定' }).waitFor();

    // The branch reads the answer and its stars, on the rating and on its score card.
    const final = (await api(h.tokens.branchSecretary).get(`/ratings/${ratingId}`)).body;
    const own = final.results.units.find((u: { unitId: string }) => u.unitId === region.zhongjiang);
    await branch.reload();
    await branch.locator('#h-steps', { hasText: '进度：已审定' }).waitFor();
    expect(await branch.locator('.objection').textContent()).toContain(
      '答复：经核实，支委会记实漏计，予以更正（积分+2）',
    );
    expect(await branch.locator('.rated.own .rated-stars').textContent()).toContain(`${own.stars}星`);
    await check(branch, 'rating-final-branch');
    await branch.goto(`${base}/app/evaluation/score?year=${YEAR}`);
    await branch.locator('.stars', { hasText: `${own.stars}星` }).waitFor();
    expect(await branch.locator('.stars').textContent()).toContain(`片区第${own.rank}名`);
    expect(await branch.locator('.trend li').count()).toBe(12);
    await check(branch, 'score-card-stars');
  });

  it('片区排名 with change and 导出Excel for the lead unit, 片区对比 for the committee, a quarter’s 点评 the unit reads', async () => {
    const lead = await open(DESK, `/app/evaluation/ranking?year=${YEAR}`, h.tokens.leadAdmin);
    await lead.locator('#h-ranking', { hasText: `芜湖片区 · ${YEAR}年度` }).waitFor();
    const ranking = (await api(h.tokens.leadAdmin).get(`/regions/${region.regionId}/ranking?year=${YEAR}`)).body;
    expect(await lead.locator('.rank-name').allTextContents()).toEqual(
      ranking.units.map((u: { unitName: string }) => u.unitName),
    );
    expect(await lead.locator('.rank-stars').first().textContent()).toContain(`${ranking.units[0].stars}星`);
    expect(await lead.locator('.rank-change').first().textContent()).toMatch(/上期无排名|上升|下降|名次不变/);
    const [file] = await Promise.all([
      lead.waitForEvent('download'),
      lead.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await check(lead, 'ranking');

    // 一季一评议: the lead unit's 点评 on a quarter of a year not yet rated (last year's is published: no more
    // 点评 there), which the branch then reads.
    const quarter = 4;
    const older = YEAR - 1;
    await lead.goto(`${base}/app/evaluation/score?unit=${region.zhongjiang}&year=${older}`);
    await lead.getByRole('button', { name: '季度' }).click();
    await lead.getByLabel('季度', { exact: true }).selectOption(`${older}-Q${quarter}`);
    await lead.getByLabel('写点评').fill('三会一课坚持较好；整改销号偏慢，下季度要提速。');
    await lead.getByRole('button', { name: '保存点评' }).click();
    await lead
      .getByRole('status')
      .filter({ hasText: `已保存第${quarter}季度点评。` })
      .waitFor();
    await check(lead, 'score-card-review');
    const branch = await open(PHONE, `/app/evaluation/score?year=${older}`, h.tokens.branchSecretary);
    await branch.getByRole('button', { name: '季度' }).click();
    await branch.getByLabel('季度', { exact: true }).selectOption(`${older}-Q${quarter}`);
    await branch.locator('.review .user-text', { hasText: '三会一课坚持较好；整改销号偏慢，下季度要提速。' }).waitFor();
    expect(await branch.getByLabel('写点评').count()).toBe(0);
    await check(branch, 'score-card-quarter');

    const committee = await open(PHONE, `/app/evaluation/comparison?year=${YEAR}`, h.tokens.committeeMember);
    const row = committee.locator('article', { hasText: '芜湖片区' });
    await row.waitFor();
    expect(await row.textContent()).toContain('参评单位4个');
    expect(await row.textContent()).toContain('（年度评星结果）');
    const [workbook] = await Promise.all([
      committee.waitForEvent('download'),
      committee.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
    await check(committee, 'comparison');
    // A branch has neither.
    expect(await branch.getByRole('link', { name: '片区排名' }).count()).toBe(0);
    expect(await branch.getByRole('link', { name: '片区对比' }).count()).toBe(0);
  });

  it('考核细则: a system admin sees every version; a new one is refused beside each bad field, then saved', async () => {
    const admin = await open(DESK, '/app/evaluation/indicators', h.tokens.systemAdmin);
    await admin.locator('#h-set-1').waitFor();
    await admin.getByRole('button', { name: '新建版本' }).click();
    // Prefilled from the version in force, every field explained.
    expect(await admin.getByLabel('指标名称').first().inputValue()).toBe('互检评分');
    await admin.getByLabel('每月封顶').first().fill('-1');
    await admin.locator('#band-1-min').fill('160');
    await admin.getByRole('button', { name: '保存新版本' }).click();
    // Beside the field: the cap of indicator 2 (按期整改销号), the minimum of band 2.
    await admin.locator('.indicator').nth(1).getByRole('alert').filter({ hasText: '须大于0' }).waitFor();
    expect(await admin.locator('.indicator').nth(1).locator('legend').textContent()).toBe('指标2：按期整改销号');
    expect(await admin.locator('.band').nth(1).getByRole('alert').textContent()).toBe(
      '须低于上一档的最低分（分数线不能重叠）',
    );
    expect(await admin.locator('.indicator [role=alert], .band [role=alert]').count()).toBe(2);
    await check(admin, 'indicators-refused');
    await admin.getByLabel('每月封顶').first().fill('5');
    await admin.locator('#band-1-min').fill('130');
    await admin.getByRole('button', { name: '保存新版本' }).click();
    await admin.getByRole('status').filter({ hasText: '已保存第3版' }).waitFor();
    await admin.locator('#h-set-3').waitFor();
    await check(admin, 'indicators');
    // Only system admins reach it: the lead unit is sent home.
    const lead = await open(DESK, '/app/evaluation/indicators', h.tokens.leadAdmin);
    await lead.waitForURL((url) => !url.pathname.endsWith('/indicators'));
    expect(await lead.getByRole('link', { name: '考核细则' }).count()).toBe(0);
  });
});
