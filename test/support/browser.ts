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

/** What a person can operate: links, buttons, fields, and Vant's role-bearing widgets (tabs, checkboxes, radios). */
const CONTROLS = JSON.stringify(
  'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), ' +
    'textarea:not([disabled]), [role=button], [role=tab], [role=checkbox], [role=radio], [role=switch]',
);

/** In the page: how a control is named in a failure, `<tag.class "text">`. */
const DESCRIBE = `(el) => '<' + el.tagName.toLowerCase() + [...el.classList].map((c) => '.' + c).join('') + ' "' +
  (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 24) + '">'`;

/**
 * Controls on screen smaller than a fingertip, 44×44 px (issue 19: touch targets ≥ 44 px), as `<tag.class "text"> w×h`.
 * A checkbox, radio or file picker counts with its label, which is what a finger taps; a link inside running text (displayed
 * inline) is exempt, as WCAG 2.5.5 exempts it. Visually hidden inputs (1 px, behind a label) are measured by that label.
 */
export function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const describe = ${DESCRIBE};
    const labelOf = (el) => el.closest('label') || (el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null);
    const small = [];
    for (const el of document.querySelectorAll(${CONTROLS})) {
      const style = getComputedStyle(el);
      let box = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (el.tagName === 'A' && style.display === 'inline' && el.closest('p, dd, li, td')) continue;
      const tiny = box.width <= 1 || box.height <= 1;
      if (tiny || (el.tagName === 'INPUT' && ['checkbox', 'radio', 'file'].includes(el.type))) {
        const label = labelOf(el);
        if (label) box = label.getBoundingClientRect();
        else if (tiny) continue;
      }
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 44 || box.height < 44) small.push(describe(el) + ' ' + Math.round(box.width) + '×' + Math.round(box.height));
    }
    return small;
  })()`);
}

/**
 * Controls on the page that Tab never reaches (issue 19: every control reachable by keyboard): Tab is pressed until
 * every visible, enabled control has had the focus, or twice as often as there are controls.
 */
export async function unreachableByKeyboard(page: Page): Promise<string[]> {
  const count = await page.evaluate<number>(`(() => {
    let n = 0;
    for (const el of document.querySelectorAll(${CONTROLS})) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden') el.setAttribute('data-kb', String(n++));
    }
    // Tab starts where the focus last was: from the top of the page instead, a mark there that Tab itself skips.
    const start = document.createElement('div');
    start.tabIndex = -1;
    start.id = 'kb-start';
    document.body.prepend(start);
    start.focus();
    return n;
  })()`);
  // Tab through until every control has had the focus, with room for focusable parts that are no control of ours.
  const reached = new Set<string>();
  for (let i = 0; i < 2 * count + 10 && reached.size < count; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate<string | null>(
      `document.activeElement?.closest('[data-kb]')?.getAttribute('data-kb') ?? null`,
    );
    if (at !== null) reached.add(at);
  }
  return page.evaluate<string[]>(`(() => {
    const describe = ${DESCRIBE};
    const seen = ${JSON.stringify([...reached])};
    const marked = [...document.querySelectorAll('[data-kb]')];
    for (const el of marked) el.removeAttribute('data-kb');
    document.getElementById('kb-start')?.remove();
    document.activeElement?.blur();
    return marked.filter((el, i) => !seen.includes(String(i))).map(describe);
  })()`);
}

export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1366, height: 900 };

/**
 * A screen checked at both widths (its own first): no sideways scroll, no serious or critical axe violation, touch
 * targets of 44 px on the phone, every control reachable by Tab (at its own width), no element made from a hostile
 * title (`<img src=x …>`), and a screenshot `<name>-<width>.png` in test-artifacts/.
 * The page goes back to its own width afterwards.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const own = page.viewportSize() ?? PHONE;
  for (const size of own.width === PHONE.width ? [PHONE, DESK] : [DESK, PHONE]) {
    await page.setViewportSize(size);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');
    // A transition under way (a button just enabled fades in from half opacity) would read as low contrast to axe;
    // endless ones (spinners) are not waited for.
    await page.evaluate(`Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
      .map((a) => a.finished.catch(() => null)))`);
    expect({ name, width: size.width, overflow: await sidewaysOverflow(page) }).toEqual({
      name,
      width: size.width,
      overflow: 0,
    });
    const violations = await seriousA11yViolations(page);
    expect({ name, width: size.width, violations }).toEqual({ name, width: size.width, violations: [] });
    if (size.width === PHONE.width) {
      const small = await smallTouchTargets(page);
      expect({ name, width: size.width, small }).toEqual({ name, width: size.width, small: [] });
    }
    if (size.width === own.width) {
      const unreachable = await unreachableByKeyboard(page);
      expect({ name, width: size.width, unreachable }).toEqual({ name, width: size.width, unreachable: [] });
    }
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${size.width}.png`), fullPage: true });
  }
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.setViewportSize(own);
}
