import type { RobotChannel } from './delivery-policy';

/**
 * Escaping of user-supplied text (item titles, reasons, unit names) for each group robot's Markdown, so a finding
 * reading `x\n\n[立即核验](https://phish) <at id=all></at>` arrives as the words it is, not as a link or an @all from
 * the trusted robot. Every dialect first flattens line breaks (no new heading, quote or list can start) and breaks the
 * `://` of a bare URL (no auto-link); then:
 * - Feishu 飞书 card Markdown documents HTML character references as its escape: each syntax character becomes `&#N;`
 *   (`<at id=all>`, `[text](url)`, `![](img)`, `<font>` all lose their brackets).
 * - WeCom 企业微信 and DingTalk 钉钉 document no escape at all, so their syntax characters become the full-width forms
 *   that read the same in Chinese text (`［` `］` `（` `）` `＜` `＞` `＊` …); WeCom's `<@userid>` mention and DingTalk's
 *   `@手机号` lose their trigger with `＠`.
 */
export function escapeRobotText(channel: RobotChannel, text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029\t]+/g, ' ').replace(/:(?=\/\/)/g, '：');
  return channel === 'feishu'
    ? flat.replace(/[&<>[\]()*_~`#!|\\+\-@$"']/g, (c) => `&#${c.charCodeAt(0)};`)
    : flat.replace(/[<>[\]()*_~`#!|\\@$]/g, (c) => FULL_WIDTH[c] as string);
}

/** ASCII syntax characters and their full-width look-alikes (U+FF01…U+FF5E are ASCII + 0xFEE0). */
const FULL_WIDTH: Record<string, string> = Object.fromEntries(
  [...'<>[]()*_~`#!|\\@$'].map((c) => [c, String.fromCharCode(c.charCodeAt(0) + 0xfee0)]),
);
