import { computed, reactive } from 'vue';
import { get, useCredentials, write } from '../api/client';
import type { Me, Permission, Role, SignedIn, SignInMethods } from '../api/types';
import { bearerHeaders, forgetToken, storeToken, storedToken } from './token';

// The one auth module. A person signs in with login and password (POST /auth/login sets an HttpOnly session
// cookie; writes then carry the session's CSRF token), or types an access token once — kept in sessionStorage
// only (auth/token.ts) and sent as a bearer header.

export const session = reactive<{ me: Me | null; csrfToken: string; notice: string }>({
  me: null,
  csrfToken: '',
  notice: '',
});

useCredentials({
  headers: (isWrite): Record<string, string> => {
    if (storedToken()) return bearerHeaders();
    return isWrite && session.csrfToken ? { 'X-CSRF-Token': session.csrfToken } : {};
  },
  expired: () => {
    const wasSignedIn = session.me !== null;
    forgetToken();
    session.me = null;
    session.csrfToken = '';
    if (wasSignedIn) session.notice = '登录已失效，请重新登录。';
  },
});

/** Who is signed in (GET /me), by token or by session cookie; null when nobody is. */
export async function loadMe(): Promise<Me | null> {
  try {
    const me = await get<Me>('/me');
    session.me = me;
    session.csrfToken = me.session?.csrfToken ?? '';
    session.notice = '';
  } catch {
    session.me = null;
  }
  return session.me;
}

let pending: Promise<Me | null> | null = null;
/** GET /me once for everyone waiting: the first page load asks for it while the screen's code is still loading. */
export function ensureMe(): Promise<Me | null> {
  if (session.me) return Promise.resolve(session.me);
  pending ??= loadMe().finally(() => (pending = null));
  return pending;
}

/** How this server lets people sign in; an older server without sign-in answers 404: tokens only. */
export async function signInMethods(): Promise<SignInMethods> {
  return get<SignInMethods>('/auth/methods').catch(() => ({
    password: false,
    sso: false,
  }));
}

export async function signInWithPassword(login: string, password: string, remember: boolean): Promise<void> {
  forgetToken();
  const answer = await write<SignedIn>('/auth/login', { login, password, remember });
  session.csrfToken = answer.csrfToken;
  await loadMe();
}

export async function signInWithToken(token: string): Promise<boolean> {
  storeToken(token);
  const me = await loadMe();
  if (!me) {
    forgetToken();
    session.notice = '令牌无效或已过期，请重新输入。';
  }
  return me !== null;
}

/** Sets the password from an activation (or reset) link, which signs the person in. */
export async function activate(token: string, password: string, remember: boolean): Promise<void> {
  forgetToken();
  const answer = await write<SignedIn>('/auth/activation', { token, password, remember });
  session.csrfToken = answer.csrfToken;
  await loadMe();
}

export async function signOut(): Promise<void> {
  if (session.me?.session?.kind === 'session') await write('/auth/logout', undefined).catch(() => undefined);
  forgetToken();
  session.me = null;
  session.csrfToken = '';
  session.notice = '已退出。';
}

export function hasRole(...roles: Role[]): boolean {
  return session.me?.roles.some((r) => roles.includes(r.role)) ?? false;
}

/** Whether the signed-in person's roles allow this (GET /me lists what they allow). */
export function may(permission: Permission): boolean {
  return session.me?.permissions.includes(permission) ?? false;
}

export interface MenuEntry {
  path: string;
  label: string;
  icon: string;
  /** Shown to whoever /me says may do this; the API checks the same permission on every call. */
  permission: Permission;
}

/** Every screen of the console in menu order, and what a person must be allowed to see it. */
export const MENU: MenuEntry[] = [
  { path: '/app/todo', label: '我的待办', icon: 'todo-list-o', permission: 'items:act' },
  { path: '/app/board', label: '督办', icon: 'warning-o', permission: 'board:read' },
  { path: '/app/ledger', label: '台账', icon: 'orders-o', permission: 'ledger:read' },
  // Branches submit their self-checks and inspections there; the committee reads the reports (上报).
  { path: '/app/programmes', label: '互检', icon: 'calendar-o', permission: 'programmes:read' },
  // 积分评星: score cards and 记实 for the units, the annual rating for the lead unit and the committee.
  { path: '/app/evaluation', label: '评星', icon: 'star-o', permission: 'evaluation:read' },
  { path: '/app/inbox', label: '消息', icon: 'chat-o', permission: 'inbox:read' },
  { path: '/app/admin', label: '管理', icon: 'setting-o', permission: 'organisation:write' },
  { path: '/app/settings', label: '我的', icon: 'user-o', permission: 'account:self' },
];

export const menu = computed(() => MENU.filter((m) => may(m.permission)));

/** The first screen of a person: their work queue, or the board for the committee. */
export function homePath(): string {
  return menu.value[0]?.path ?? '/app/settings';
}
