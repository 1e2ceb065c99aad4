import { computed, reactive } from 'vue';
import { get, useCredentials, write } from '../api/client';
import type { Me, Role } from '../api/types';

// The one auth module. A person signs in with login and password (POST /auth/login): the browser keeps the
// HttpOnly session cookie, and every write carries the session's CSRF token (from the sign-in answer or GET /me) in
// X-CSRF-Token. A bearer token typed instead is kept in sessionStorage only and sent as the Authorization header.
const KEY = 'huijian.token';
let csrfToken = '';

export const session = reactive<{ me: Me | null; loading: boolean; notice: string }>({
  me: null,
  loading: false,
  notice: '',
});

useCredentials({
  headers: (write: boolean): Record<string, string> => {
    const token = sessionStorage.getItem(KEY);
    if (token) return { Authorization: `Bearer ${token}` };
    return write && csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
  },
  expired: () => {
    const wasSignedIn = session.me !== null || sessionStorage.getItem(KEY) !== null;
    sessionStorage.removeItem(KEY);
    session.me = null;
    csrfToken = '';
    if (wasSignedIn) session.notice = '登录已失效，请重新登录。';
  },
});

/** Who is signed in (GET /me, by the session cookie or the token): the menus and the buttons follow from it. */
export async function loadMe(): Promise<Me | null> {
  session.loading = true;
  try {
    session.me = await get<Me>('/me');
    csrfToken = session.me.session.csrfToken ?? '';
    session.notice = '';
  } catch {
    session.me = null;
  } finally {
    session.loading = false;
  }
  return session.me;
}

/** Signs in with login and password; the refusal is the API's own sentence (it may say until when a login is locked). */
export async function signInWithPassword(login: string, password: string, remember: boolean): Promise<boolean> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ login, password, remember }),
  }).catch(() => null);
  if (!res?.ok) {
    const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
    session.notice = body?.error?.message ?? '网络连接中断，请检查网络后重试。';
    return false;
  }
  sessionStorage.removeItem(KEY);
  return (await loadMe()) !== null;
}

export async function signIn(token: string): Promise<boolean> {
  sessionStorage.setItem(KEY, token);
  const me = await loadMe();
  if (!me) {
    sessionStorage.removeItem(KEY);
    session.notice = '令牌无效或已过期，请重新输入。';
  }
  return me !== null;
}

/** Signs out: a session ends on the server at once (POST /auth/logout); a token is forgotten here. */
export async function signOut(): Promise<void> {
  if (session.me?.session.kind === 'session') await write('/auth/logout', undefined).catch(() => undefined);
  sessionStorage.removeItem(KEY);
  session.me = null;
  csrfToken = '';
  session.notice = '已退出。';
}

export function hasRole(...roles: Role[]): boolean {
  return session.me?.roles.some((r) => roles.includes(r.role)) ?? false;
}

export interface MenuEntry {
  path: string;
  label: string;
  icon: string;
  roles: Role[] | 'all';
}

/** Every screen of the console and who sees it in the menu; the API checks the same roles on every call. */
export const MENU: MenuEntry[] = [
  { path: '/app/todo', label: '我的待办', icon: 'todo-list-o', roles: ['branch_secretary', 'lead_admin'] },
  { path: '/app/board', label: '督办', icon: 'warning-o', roles: ['committee_member', 'system_admin'] },
  { path: '/app/ledger', label: '台账', icon: 'orders-o', roles: 'all' },
  { path: '/app/programmes', label: '互检', icon: 'calendar-o', roles: ['lead_admin', 'system_admin'] },
  { path: '/app/inbox', label: '消息', icon: 'chat-o', roles: 'all' },
  { path: '/app/settings', label: '我的', icon: 'user-o', roles: 'all' },
];

export const menu = computed(() => (session.me ? MENU.filter((m) => m.roles === 'all' || hasRole(...m.roles)) : []));

/** The first screen of a person: their work queue, or the board for the committee. */
export function homePath(): string {
  return menu.value[0]?.path ?? '/app/settings';
}
