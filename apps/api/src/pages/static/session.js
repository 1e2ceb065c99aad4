// Login and API access shared by the pages. The token lives in sessionStorage only: never in a URL, a cookie or a log.
const KEY = 'huijian.token';

export const LIGHT_LABEL = { green: '绿灯', yellow: '黄灯', red: '红灯' };
export const STATUS_LABEL = {
  open: '待制定方案',
  in_progress: '整改中',
  pending_verification: '待验收',
  closed: '已销号',
  cancelled: '已撤销',
};
export const ESCALATION_LABEL = ['', '主责单位督办', '党委督办'];

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
  }
}

/** GET a JSON endpoint with the stored token; a 401 forgets the token and shows the login again. */
export async function api(path) {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${sessionStorage.getItem(KEY) ?? ''}` } });
  const body = await res.json().catch(() => null);
  if (res.status === 401) {
    sessionStorage.removeItem(KEY);
    showLogin('令牌无效或已过期，请重新输入。');
  }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

/** Every page of a ledger view, following the opaque cursor. */
export async function allPages(path) {
  const rows = [];
  let cursor = null;
  do {
    const page = await api(
      `${path}${path.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

let onLogin = () => undefined;

/** Runs `start` now when a token is stored, otherwise after the person logs in; wires the logout button. */
export function withSession(start) {
  onLogin = start;
  const form = document.getElementById('login');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = form.querySelector('input[name=token]');
    const token = input.value.trim();
    if (!token) return;
    sessionStorage.setItem(KEY, token);
    input.value = '';
    hideLogin();
    onLogin();
  });
  document.getElementById('logout').addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    showLogin('已退出。');
  });
  if (sessionStorage.getItem(KEY)) {
    hideLogin();
    start();
  } else {
    showLogin('');
  }
}

function showLogin(message) {
  document.body.classList.add('logged-out');
  document.getElementById('login-message').textContent = message;
}

function hideLogin() {
  document.body.classList.remove('logged-out');
}

/** Text into an element, never HTML: titles come from users. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'style') Object.assign(node.style, v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

export function showError(container, error) {
  container.replaceChildren(
    el(
      'p',
      { class: 'error', role: 'alert' },
      error.status === 403 ? '无权查看：此页面仅限相应角色。' : `加载失败：${error.message}`,
    ),
  );
}

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
export const formatDateTime = (iso) => (iso ? dateTime.format(new Date(iso)) : '—');

/** Today as YYYY-MM-DD in the organisation's zone. */
export function today() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
