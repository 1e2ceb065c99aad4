import type { Query } from './client';

/** A GET a screen makes as soon as it opens: its path and query. */
export type FirstRequest = [path: string, query?: Query];

// The requests of the screens people land on (a message's link, the home screen), in one place: the screen makes
// them, and the boot (boot.ts) starts them beside GET /me, before the screen's code has even loaded. Neither depends
// on who is signed in — the API answers each within the caller's scope.
export const TODO_REQUESTS = {
  /** Live items: a branch's next milestones, a lead unit's 延期申请待批. */
  live: ['/items', { status: ['open', 'in_progress'], limit: 500 }],
  verify: ['/ledger', { status: ['pending_verification'], sort: 'deadline', limit: 500 }],
  cycles: ['/cycles'],
} satisfies Record<string, FirstRequest>;
export const itemRequest = (id: string): FirstRequest => [`/items/${id}`];
export const BOARD_REQUEST: FirstRequest = ['/board', { limit: 50 }];
export const cycleRequests = (id: string): FirstRequest[] => [[`/cycles/${id}`], ['/regions'], ['/units']];

/** What the screen at a path asks for first; nothing for a path it does not know. */
export function firstRequests(pathname: string): FirstRequest[] {
  const [, screen, id] = /^\/app\/([a-z]+)(?:\/([0-9a-f-]{36}))?\/?$/i.exec(pathname) ?? [];
  if (screen === 'todo' && !id) return Object.values(TODO_REQUESTS);
  if (screen === 'board' && !id) return [BOARD_REQUEST];
  if (screen === 'items' && id) return [itemRequest(id)];
  if (screen === 'cycles' && id) return cycleRequests(id);
  return [];
}
