import type { Response } from 'express';

const esc = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** A short Chinese page that says what happened and where to go: for a browser that navigated here, not a script. */
export function messagePage(
  res: Response,
  status: number,
  title: string,
  message: string,
  link: { href: string; text: string },
): void {
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" />` +
        `<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${esc(title)} · 互检</title>` +
        `<link rel="stylesheet" href="/pages/assets/app.css" /></head><body>` +
        `<header class="brand"><h1>互检 <small>整改项闭环管理</small></h1></header><main class="card">` +
        `<h1>${esc(title)}</h1><p role="alert">${esc(message)}</p>` +
        `<p><a class="button" href="${esc(link.href)}">${esc(link.text)}</a></p></main></body></html>`,
    );
}
