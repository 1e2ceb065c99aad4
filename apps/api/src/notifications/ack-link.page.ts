/**
 * The pages behind an e-mail's 已阅 link, for a person in a browser: Chinese, no script, one form. The GET shows what
 * the link acknowledges and a button; only the button's POST acknowledges, so a mail scanner that follows the link
 * changes nothing.
 */
const esc = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const page = (title: string, body: string): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${esc(title)} · 互检</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.25rem}p{line-height:1.6}button{font-size:1rem;padding:.6rem 1.4rem;border:0;border-radius:.4rem;background:#b91c1c;color:#fff;cursor:pointer}</style>
</head><body>${body}</body></html>`;

/** GET: what the link acknowledges, and the button that does it (or that it was done). */
export function ackConfirmationPage(title: string, acknowledgedAt: string | null): string {
  if (acknowledgedAt) return ackDonePage(title, acknowledgedAt);
  return page(
    '确认已阅',
    `<h1>确认已阅</h1><p>消息：<strong>${esc(title)}</strong></p>
<p>点击下方按钮，确认您已阅读这条消息。</p>
<form method="post"><button type="submit">确认已阅</button></form>`,
  );
}

/** After the POST (or a GET once acknowledged). */
function ackDonePage(title: string, acknowledgedAt: string): string {
  return page(
    '已阅',
    `<h1>已确认已阅</h1><p>消息：<strong>${esc(title)}</strong></p><p>确认时间：${esc(acknowledgedAt)}</p>`,
  );
}

/** An unknown or expired link, or too many attempts: what went wrong and what to do. */
export function ackProblemPage(message: string): string {
  return page('无法确认', `<h1>无法确认已阅</h1><p>${esc(message)}</p>`);
}
