import { createRouter, createWebHistory } from 'vue-router';
import { ensureMe, homePath, session } from './auth/session';

// Route-level code splitting: each screen is its own chunk, so the first screen loads only what it shows.
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: () => homePath() },
    { path: '/app', redirect: () => homePath() },
    { path: '/app/login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: '登录' } },
    {
      path: '/app/activate',
      component: () => import('./views/ActivateView.vue'),
      meta: { public: true, title: '激活账号' },
    },
    { path: '/app/todo', component: () => import('./views/TodoView.vue'), meta: { title: '我的待办' } },
    { path: '/app/inbox', component: () => import('./views/InboxView.vue'), meta: { title: '消息' } },
    { path: '/app/items/:id', component: () => import('./views/ItemView.vue'), meta: { title: '一件一档' } },
    { path: '/app/ledger', component: () => import('./views/LedgerView.vue'), meta: { title: '台账' } },
    { path: '/app/board', component: () => import('./views/BoardView.vue'), meta: { title: '督办' } },
    { path: '/app/cycles/:id', component: () => import('./views/CycleView.vue'), meta: { title: '互检周期' } },
    { path: '/app/programmes', component: () => import('./views/ProgrammesView.vue'), meta: { title: '互检' } },
    { path: '/app/settings', component: () => import('./views/SettingsView.vue'), meta: { title: '我的设置' } },
    { path: '/:rest(.*)*', redirect: () => homePath() },
  ],
});

/** A local path to come back to after signing in; anything else (another origin, //host) is dropped. */
export function safeReturnPath(value: unknown): string | null {
  return typeof value === 'string' && /^\/app\/[^/\\]/.test(value) && !/^\/app\/(login|activate)/.test(value)
    ? value
    : null;
}

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!session.me) await ensureMe();
  if (!session.me) return { path: '/app/login', query: { next: to.fullPath } };
  return true;
});

router.afterEach((to) => {
  document.title = `${(to.meta.title as string | undefined) ?? '工作台'} · 互检工作台`;
});
