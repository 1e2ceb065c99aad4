/**
 * Benchmark 9: the console's first screens on a throttled phone (150 ms round trip, 1.6 Mbps down, 750 kbps up,
 * CPU ×4), in Debian's Chromium: time from navigation until the screen is usable — its content (or its empty
 * state) on screen — on a cold load (empty cache) and a warm one (same browser, cached assets), for 我的待办, the
 * item page, the 督办 board and a 互检 cycle's page; and the compressed JavaScript the first screen loads.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../libs/runtime/src/chromium';
import { type Figure, percentile, round, waitFor } from './support';
import { localDate, type World } from './world';

const PHONE = { width: 390, height: 844 };
const SAMPLES = 3;

interface Screen {
  name: string;
  path: string;
  token: string;
  /** Visible once the screen is usable: its content or its empty state. */
  ready: string;
}

async function throttled(context: BrowserContext, token: string): Promise<Page> {
  // The person's token, as the sign-in form would have stored it (sessionStorage only).
  await context.addInitScript(`sessionStorage.setItem('huijian.token', ${JSON.stringify(token)})`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6e6 / 8) | 0,
    uploadThroughput: (750e3 / 8) | 0,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** Milliseconds from the navigation's start (the page's own clock) until the ready selector is visible. */
async function usableAfter(page: Page, url: string, ready: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(ready, { state: 'visible', timeout: 60_000 });
  return page.evaluate<number>('performance.now()');
}

export async function pageLoads(world: World): Promise<Figure[]> {
  const created = await world.api.call('POST', '/items', world.tokens.leadAdmin, {
    responsibleUnitId: world.demo.zhongjiangUnitId,
    title: '基准测试：页面加载',
    requirement: '补齐标识并建立台账',
    severity: 'major',
    deadline: localDate(Date.now(), 30),
  });
  if (created.status !== 201) throw new Error(`creating the item answered ${created.status}: ${created.body}`);
  const itemId = (JSON.parse(created.body) as { id: string }).id;
  const cycleId = await startedCycle(world);
  const screens: Screen[] = [
    { name: '我的待办', path: '/app/todo', token: world.tokens.branchSecretary, ready: '#h-mine, .van-empty' },
    { name: 'item page', path: `/app/items/${itemId}`, token: world.tokens.branchSecretary, ready: '.status-word' },
    { name: 'board', path: '/app/board', token: world.tokens.committeeMember, ready: '.board-item, .van-empty' },
    // Where a cycle's notices (通知, 催办) lead the branch: its phase, due times, who has submitted, its form.
    { name: 'cycle page', path: `/app/cycles/${cycleId}`, token: world.tokens.branchSecretary, ready: '.phase' },
  ];
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    let firstScreenJs = 0;
    for (const screen of screens) {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' });
        try {
          const page = await throttled(context, screen.token);
          const scripts: number[] = [];
          page.on('response', (r) => {
            if (r.request().resourceType() === 'script') scripts.push(Number(r.headers()['content-length'] ?? 0));
          });
          cold.push(await usableAfter(page, `${world.apiUrl}${screen.path}`, screen.ready));
          if (screen === screens[0] && i === 0) firstScreenJs = scripts.reduce((a, b) => a + b, 0);
          warm.push(await usableAfter(page, `${world.apiUrl}${screen.path}`, screen.ready));
        } finally {
          await context.close();
        }
      }
      const note = `${SAMPLES} loads each; cold samples ${cold.map((v) => Math.round(v)).join(', ')} ms`;
      const coldP50 = percentile(cold, 50);
      const warmP50 = percentile(warm, 50);
      figures.push(
        {
          benchmark: '9 page loads',
          figure: `${screen.name}: first usable, cold load (throttled phone), median`,
          value: round(coldP50, 0),
          unit: 'ms',
          target: '≤ 2500 ms',
          pass: coldP50 === null ? null : coldP50 <= 2500,
          note,
        },
        {
          benchmark: '9 page loads',
          figure: `${screen.name}: first usable, warm load (throttled phone), median`,
          value: round(warmP50, 0),
          unit: 'ms',
          target: '≤ 1000 ms',
          pass: warmP50 === null ? null : warmP50 <= 1000,
        },
      );
    }
    figures.push({
      benchmark: '9 page loads',
      figure: 'first screen (我的待办) JavaScript, compressed as sent',
      value: round(firstScreenJs / 1024, 1),
      unit: 'KiB',
      target: '≤ 250 KiB',
      pass: firstScreenJs <= 250 * 1024,
    });
  } finally {
    await browser.close();
  }
  return figures;
}

/** A 互检 programme of the demo region with its first cycle started (立即发起); the cycle's id once it is written. */
async function startedCycle(world: World): Promise<string> {
  const lead = world.tokens.leadAdmin;
  const programme = await world.api.call('POST', '/programmes', lead, {
    regionId: world.demo.regionId,
    name: '基准测试：互检周期页',
  });
  if (programme.status !== 201)
    throw new Error(`creating the programme answered ${programme.status}: ${programme.body}`);
  const { id } = JSON.parse(programme.body) as { id: string };
  const triggered = await world.api.call('POST', `/programmes/${id}/trigger`, lead);
  if (triggered.status >= 300) throw new Error(`triggering the cycle answered ${triggered.status}: ${triggered.body}`);
  const { cycleId } = JSON.parse(triggered.body) as { cycleId: string };
  // The cycle's workflow writes its row; its page answers 404 until then.
  const written = await waitFor(async () => {
    const res = await world.api.call('GET', `/cycles/${cycleId}`, lead);
    return res.status === 200 ? true : undefined;
  }, 60_000);
  if (!written) throw new Error(`cycle ${cycleId} was not written within 60 s`);
  return cycleId;
}
