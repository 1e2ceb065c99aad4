// 挂图作战: every open item as a row on one timeline — its span from registration to the deadline in its light's
// colour, its milestones (倒排工期), today's line — grouped by responsible unit, filtered in place.
import { allPages, el, ESCALATION_LABEL, LIGHT_LABEL, showError, STATUS_LABEL, today, withSession } from './session.js';

const DAY = 86_400_000;
const ms = (date) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (iso) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
let items = [];

withSession(async () => {
  const map = document.getElementById('map');
  map.replaceChildren(el('p', { class: 'hint' }, '加载中…'));
  try {
    items = await allPages('/ledger?status=open,in_progress,pending_verification&sort=deadline');
  } catch (error) {
    showError(map, error);
    return;
  }
  const units = [...new Map(items.map((i) => [i.responsibleUnitId, i.responsibleUnitName])).entries()];
  const select = document.getElementById('f-unit');
  select.replaceChildren(
    el('option', { value: '' }, '全部单位'),
    ...units.map(([id, name]) => el('option', { value: id }, name)),
  );
  render();
});

for (const id of ['f-unit', 'f-light', 'f-escalation']) document.getElementById(id).addEventListener('change', render);
document.getElementById('f-q').addEventListener('input', render);

function visible() {
  const unit = document.getElementById('f-unit').value;
  const light = document.getElementById('f-light').value;
  const escalation = document.getElementById('f-escalation').value;
  const terms = document.getElementById('f-q').value.trim().split(/\s+/).filter(Boolean);
  return items.filter(
    (i) =>
      (!unit || i.responsibleUnitId === unit) &&
      (!light || i.light === light) &&
      (escalation === '' || String(i.escalationLevel) === escalation) &&
      terms.every((t) => i.title.includes(t) || i.description.includes(t)),
  );
}

function render() {
  const map = document.getElementById('map');
  const shown = visible();
  const counts = { red: 0, yellow: 0, green: 0 };
  for (const i of shown) counts[i.light] += 1;
  document.getElementById('summary').textContent =
    `共 ${shown.length} 项 · 红灯 ${counts.red} · 黄灯 ${counts.yellow} · 绿灯 ${counts.green}`;
  if (shown.length === 0) {
    map.replaceChildren(el('p', { class: 'hint empty' }, '没有符合条件的在办整改项。'));
    return;
  }
  const now = today();
  const dates = shown.flatMap((i) => [dateOf(i.createdAt), i.deadline, ...i.milestones.map((m) => m.due)]);
  const start = ms(dates.reduce((a, b) => (a < b ? a : b), now)) - 3 * DAY;
  const end = ms(dates.reduce((a, b) => (a > b ? a : b), now)) + 4 * DAY;
  const x = (date) => `${(((ms(date) - start) / (end - start)) * 100).toFixed(3)}%`;

  const groups = new Map();
  for (const i of shown) {
    if (!groups.has(i.responsibleUnitId)) groups.set(i.responsibleUnitId, { name: i.responsibleUnitName, items: [] });
    groups.get(i.responsibleUnitId).items.push(i);
  }
  const rows = [axis(start, end, x)];
  for (const [unitId, group] of [...groups.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, 'zh-CN'))) {
    const red = group.items.filter((i) => i.light === 'red').length;
    rows.push(
      el(
        'div',
        { class: 'group', role: 'rowgroup', dataset: { unitId } },
        el(
          'div',
          { class: 'group-head', role: 'row' },
          el('span', { class: 'group-name' }, group.name),
          el('span', { class: 'group-count' }, `${group.items.length} 项${red ? ` · 红灯 ${red}` : ''}`),
        ),
        ...group.items.map((i) => itemRow(i, x, now)),
      ),
    );
  }
  map.replaceChildren(
    ...rows,
    el('div', {
      class: 'today-line',
      style: { left: `calc(var(--label) + (100% - var(--label)) * ${parseFloat(x(now)) / 100})` },
      title: `今天 ${now}`,
    }),
  );
}

function axis(start, end, x) {
  const ticks = [];
  const stepDays = (end - start) / DAY > 120 ? 30 : (end - start) / DAY > 40 ? 7 : 1;
  for (let t = start + DAY; t < end; t += DAY) {
    const d = new Date(t).toISOString().slice(0, 10);
    const day = Number(d.slice(8, 10));
    const show = stepDays === 30 ? day === 1 : stepDays === 7 ? new Date(t).getUTCDay() === 1 : true;
    if (show)
      ticks.push(
        el(
          'span',
          { class: 'tick', style: { left: x(d) } },
          stepDays === 30 ? `${Number(d.slice(5, 7))}月` : d.slice(5),
        ),
      );
  }
  return el(
    'div',
    { class: 'axis', role: 'row' },
    el('div', { class: 'label' }, '整改项 / 整改时限'),
    el('div', { class: 'track' }, ...ticks),
  );
}

function itemRow(i, x, now) {
  const from = dateOf(i.createdAt);
  const bar = el('div', {
    class: `bar ${i.light}`,
    style: { left: x(from), width: `calc(${x(i.deadline)} - ${x(from)})` },
    title: `${i.title}：${from} 至 ${i.deadline}（${LIGHT_LABEL[i.light]}）`,
  });
  const marks = i.milestones.map((m) => {
    const late = !m.done && m.due < now;
    return el('span', {
      class: `ms${m.done ? ' done' : ''}${late ? ' late' : ''}`,
      style: { left: x(m.due) },
      title: `${m.label} ${m.due}${m.done ? '（已完成）' : late ? '（已逾期）' : ''}`,
      'aria-label': `${m.label} ${m.due}`,
    });
  });
  const badges = [
    el('span', { class: `light ${i.light}` }, LIGHT_LABEL[i.light]),
    el('span', { class: 'status' }, STATUS_LABEL[i.status] ?? i.status),
    i.escalationLevel
      ? el('span', { class: `esc esc${i.escalationLevel}` }, ESCALATION_LABEL[i.escalationLevel])
      : null,
    i.overdueDays ? el('span', { class: 'overdue' }, `逾期 ${i.overdueDays} 天`) : null,
  ];
  return el(
    'div',
    { class: `item-row ${i.light}`, role: 'row', dataset: { id: i.id } },
    el(
      'div',
      { class: 'label' },
      el('div', { class: 'item-title', title: i.description || i.title }, i.title),
      el('div', { class: 'meta' }, ...badges, el('span', { class: 'deadline' }, `时限 ${i.deadline}`)),
    ),
    el('div', { class: 'track' }, bar, ...marks),
  );
}
