import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');
export { launchChromium } from '../../libs/runtime/src/chromium';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. The script is evaluated through the
 * DevTools protocol, so the page's own Content-Security-Policy (which refuses injected scripts) stays in force.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** How far the page is wider than its viewport (0: no sideways scroll). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1366, height: 900 };

/**
 * A screen checked at both widths (its own first): no sideways scroll, no serious or critical axe violation, no
 * element made from a hostile title (`<img src=x …>`), and a screenshot `<name>-<width>.png` in test-artifacts/.
 * The page goes back to its own width afterwards.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const own = page.viewportSize() ?? PHONE;
  for (const size of own.width === PHONE.width ? [PHONE, DESK] : [DESK, PHONE]) {
    await page.setViewportSize(size);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');
    expect({ name, width: size.width, overflow: await sidewaysOverflow(page) }).toEqual({
      name,
      width: size.width,
      overflow: 0,
    });
    const violations = await seriousA11yViolations(page);
    expect({ name, width: size.width, violations }).toEqual({ name, width: size.width, violations: [] });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${size.width}.png`), fullPage: true });
  }
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.setViewportSize(own);
}
