// 党委督办: escalated overdue items across regions, statistics per region and unit, and the trend over 12 cycles.
import { api, el, ESCALATION_LABEL, formatDateTime, LIGHT_LABEL, showError, withSession } from './session.js';

const pct = (v) => (v === null ? '—' : `${v}%`);
const num = (v) => (v === null ? '—' : String(v));
const td = (v, cls) => el('td', cls ? { class: cls } : {}, v);

/** Rows per page of the 督办 list: enough for a screen; "加载更多" fetches the next page. */
const PAGE_SIZE = 50;

withSession(async () => {
  const root = document.getElementById('board');
  root.replaceChildren(el('p', { class: 'hint' }, '加载中…'));
  let board;
  try {
    board = await api(`/board?limit=${PAGE_SIZE}`);
  } catch (error) {
    showError(root, error);
    return;
  }
  const open = board.byRegion.reduce((s, r) => s + r.open, 0);
  const overdue = board.byRegion.reduce((s, r) => s + r.overdue, 0);
  root.replaceChildren(
    el(
      'div',
      { class: 'cards' },
      card(board.total, '督办中（逾期）'),
      card(board.committeeLevel, '党委督办'),
      card(open, '在办整改项'),
      card(overdue, '逾期整改项'),
      card(board.today, '统计日期'),
    ),
    el('h2', {}, '督办事项'),
    itemList(board, board.byRegion),
    el('h2', {}, '片区统计'),
    table(
      ['片区', '在办', '逾期', '已销号', '按期销号率', '平均销号天数'],
      board.byRegion.map((r) => el('tr', {}, td(r.regionName), ...statCells(r))),
    ),
    el('h2', {}, '单位统计'),
    table(
      ['责任单位', '片区', '在办', '逾期', '已销号', '按期销号率', '平均销号天数'],
      board.byUnit.map((u) => el('tr', {}, td(u.unitName), td(u.regionName), ...statCells(u))),
    ),
    el('h2', {}, board.trend.length ? `近 ${board.trend.length} 个互检周期趋势` : '互检周期趋势'),
    board.trend.length === 0 ? el('p', { class: 'hint' }, '尚无互检周期。') : trend(board.trend),
  );
});

/**
 * The escalated overdue items, most overdue first, a page at a time: "加载更多" appends the next page through the
 * cursor, choosing a 片区 starts the list again. The statistics below do not change, so only the list is fetched.
 */
function itemList(first, regions) {
  const grid = table(
    ['整改项', '责任单位', '片区', '整改时限', '逾期（工作日）', '督办级别', '红黄绿灯', '最近催办'],
    [],
  );
  const rows = grid.querySelector('tbody');
  const empty = el('p', { class: 'hint' }, '暂无升级督办的逾期整改项。');
  const shown = el('span', { class: 'summary', id: 'board-shown' });
  const message = el('div');
  const more = el('button', { type: 'button', id: 'board-more' }, '加载更多');
  const region = el(
    'select',
    { id: 'f-region' },
    el('option', { value: '' }, '全部片区'),
    ...regions.map((r) => el('option', { value: r.regionId }, r.regionName)),
  );
  let next = null;
  const show = (page, append) => {
    if (!append) rows.replaceChildren();
    rows.append(...page.items.map(itemRow));
    next = page.nextCursor;
    shown.textContent = `已显示 ${rows.children.length} / 共 ${page.total} 项`;
    grid.hidden = page.total === 0;
    empty.hidden = page.total !== 0;
    more.hidden = !next;
  };
  const load = async (cursor) => {
    more.disabled = region.disabled = true;
    message.replaceChildren();
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (region.value) query.set('regionId', region.value);
    if (cursor) query.set('cursor', cursor);
    try {
      show(await api(`/board/items?${query}`), Boolean(cursor));
    } catch (error) {
      showError(message, error);
    } finally {
      more.disabled = region.disabled = false;
    }
  };
  more.addEventListener('click', () => load(next));
  region.addEventListener('change', () => load(null));
  show(first, false);
  return el(
    'section',
    { class: 'board-list' },
    el('div', { class: 'filters' }, el('label', {}, '片区 ', region), shown),
    empty,
    grid,
    message,
    more,
  );
}

function itemRow(i) {
  return el(
    'tr',
    { class: 'board-item', dataset: { id: i.id } },
    td(i.title, 'item-title'),
    td(i.responsibleUnitName),
    td(i.regionName),
    td(i.deadline),
    td(String(i.overdueWorkingDays), 'num'),
    td(ESCALATION_LABEL[i.escalationLevel]),
    td(LIGHT_LABEL[i.light]),
    td(formatDateTime(i.lastChaseAt)),
  );
}

function card(n, k) {
  return el('div', { class: 'card' }, el('div', { class: 'n' }, String(n)), el('div', { class: 'k' }, k));
}

function statCells(s) {
  return [
    td(String(s.open), 'num'),
    td(String(s.overdue), 'num'),
    td(String(s.closed), 'num'),
    td(pct(s.closedOnTimePct), 'num'),
    td(num(s.avgDaysToClose), 'num'),
  ];
}

function table(headers, rows) {
  return el(
    'table',
    { class: 'grid' },
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows),
  );
}

/** Bars: items found per cycle (closed part darker); the table below carries the exact figures. */
function trend(points) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs, text) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const w = 60 * points.length + 40;
  const h = 180;
  const max = Math.max(1, ...points.map((p) => p.items));
  const chart = svg('svg', { width: w, height: h, role: 'img', 'aria-label': '互检周期趋势' });
  points.forEach((p, i) => {
    const x = 30 + i * 60;
    const total = (p.items / max) * 120;
    const closed = (p.closed / max) * 120;
    chart.append(
      svg('rect', { x, y: 140 - total, width: 34, height: total, fill: '#f4b6b0' }),
      svg('rect', { x, y: 140 - closed, width: 34, height: closed, fill: '#b71c1c' }),
      svg('text', { x: x + 17, y: 135 - total, 'text-anchor': 'middle', 'font-size': 11 }, String(p.items)),
      svg('text', { x: x + 17, y: 158, 'text-anchor': 'middle', 'font-size': 11 }, p.period),
    );
  });
  return el(
    'div',
    { class: 'trend' },
    chart,
    table(
      ['周期', '问题数', '已销号', '按期销号率', '在办', '逾期'],
      points.map((p) =>
        el(
          'tr',
          {},
          td(p.period),
          td(String(p.items), 'num'),
          td(String(p.closed), 'num'),
          td(pct(p.closedOnTimePct), 'num'),
          td(String(p.open), 'num'),
          td(String(p.overdue), 'num'),
        ),
      ),
    ),
  );
}
