import { computed, reactive } from 'vue';
import { get, useCredentials } from '../api/client';
import type { Me, Role } from '../api/types';

// The one auth module. Until sign-in with sessions lands, a person types a bearer token once; it is kept in
// sessionStorage only (never a URL, localStorage, a cookie or a log) and sent as the Authorization header.
const KEY = 'huijian.token';

export const session = reactive<{ me: Me | null; loading: boolean; notice: string }>({
  me: null,
  loading: false,
  notice: '',
});

useCredentials({
  headers: (): Record<string, string> => {
    const token = sessionStorage.getItem(KEY);
    return token ? { Authorization: `Bearer ${token}` } : {};
  },
  expired: () => {
    sessionStorage.removeItem(KEY);
    session.me = null;
    session.notice = '登录已失效，请重新登录。';
  },
});

export function hasCredentials(): boolean {
  return sessionStorage.getItem(KEY) !== null;
}

/** Who is signed in (GET /me): the menus and the buttons follow from it. */
export async function loadMe(): Promise<Me | null> {
  if (!hasCredentials()) return null;
  session.loading = true;
  try {
    session.me = await get<Me>('/me');
    session.notice = '';
  } catch {
    session.me = null;
  } finally {
    session.loading = false;
  }
  return session.me;
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

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  session.me = null;
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
