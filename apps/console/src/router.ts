import { createRouter, createWebHistory } from 'vue-router';
import type { Permission } from './api/types';
import { ensureMe, homePath, may, session } from './auth/session';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    title?: string;
    /** What /me must allow for the screen (the API refuses the same calls anyway; this keeps the screen away). */
    permission?: Permission;
  }
}

const admin = (path: string, title: string, view: () => Promise<unknown>) => ({
  path,
  component: view,
  meta: { title, permission: 'organisation:write' as const },
});

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
    {
      path: '/app/todo',
      component: () => import('./views/TodoView.vue'),
      meta: { title: '我的待办', permission: 'items:act' },
    },
    {
      path: '/app/inbox',
      component: () => import('./views/InboxView.vue'),
      meta: { title: '消息', permission: 'inbox:read' },
    },
    {
      path: '/app/items/:id',
      component: () => import('./views/ItemView.vue'),
      meta: { title: '一件一档', permission: 'items:read' },
    },
    {
      path: '/app/ledger',
      component: () => import('./views/LedgerView.vue'),
      meta: { title: '台账', permission: 'ledger:read' },
    },
    {
      path: '/app/board',
      component: () => import('./views/BoardView.vue'),
      meta: { title: '督办', permission: 'board:read' },
    },
    {
      path: '/app/cycles/:id',
      component: () => import('./views/CycleView.vue'),
      meta: { title: '互检周期', permission: 'cycles:read' },
    },
    {
      path: '/app/programmes',
      component: () => import('./views/ProgrammesView.vue'),
      meta: { title: '互检', permission: 'programmes:read' },
    },
    {
      path: '/app/evaluation',
      component: () => import('./views/evaluation/EvaluationView.vue'),
      meta: { title: '积分评星', permission: 'evaluation:read' },
      redirect: '/app/evaluation/score',
      children: [
        { path: 'score', component: () => import('./views/evaluation/ScoreCardView.vue'), meta: { title: '积分卡' } },
        { path: 'records', component: () => import('./views/evaluation/RecordsView.vue'), meta: { title: '记实' } },
        { path: 'ratings', component: () => import('./views/evaluation/RatingsView.vue'), meta: { title: '年度评星' } },
        {
          path: 'ratings/:id',
          component: () => import('./views/evaluation/RatingView.vue'),
          meta: { title: '年度评星' },
        },
        { path: 'ranking', component: () => import('./views/evaluation/RankingView.vue'), meta: { title: '片区排名' } },
        {
          path: 'comparison',
          component: () => import('./views/evaluation/ComparisonView.vue'),
          meta: { title: '片区对比', permission: 'evaluation:compare' },
        },
        {
          path: 'indicators',
          component: () => import('./views/evaluation/IndicatorSetsView.vue'),
          meta: { title: '考核细则', permission: 'evaluation:indicators' },
        },
      ],
    },
    { path: '/app/settings', component: () => import('./views/SettingsView.vue'), meta: { title: '我的设置' } },
    {
      path: '/app/admin',
      component: () => import('./views/admin/AdminView.vue'),
      meta: { title: '系统管理', permission: 'organisation:write' },
      redirect: '/app/admin/organisation',
      children: [
        admin('organisation', '组织架构', () => import('./views/admin/OrganisationView.vue')),
        admin('regions', '片区', () => import('./views/admin/RegionsView.vue')),
        admin('people', '人员与角色', () => import('./views/admin/PeopleView.vue')),
        admin('calendar', '规则与日历', () => import('./views/admin/CalendarView.vue')),
        admin('robots', '群机器人', () => import('./views/admin/RobotsView.vue')),
        admin('dead-letters', '投递失败', () => import('./views/admin/DeadLettersView.vue')),
        admin('audit', '审计日志', () => import('./views/admin/AuditView.vue')),
      ],
    },
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
  if (to.meta.permission && !may(to.meta.permission)) return homePath();
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title ?? '工作台'} · 互检工作台`;
});
