import { api, messageOf } from './app-client.js';

// A stand-in for the console app: who you are, the item, cycle or inbox a link points at, and 退出登录.
const STATUS = {
  open: '待整改',
  in_progress: '整改中',
  pending_verification: '待核验',
  closed: '已销号',
  cancelled: '已撤销',
};
const $ = (id) => document.getElementById(id);

function show(title, rows) {
  $('title').textContent = title;
  const dl = document.createElement('dl');
  for (const [k, v] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v ?? '';
    dl.append(dt, dd);
  }
  $('content').replaceChildren(dl);
}

function fail(result) {
  if (result.status === 401) location.assign(`/app/login?next=${encodeURIComponent(location.pathname)}`);
  $('title').textContent = '无法打开';
  $('message').textContent = messageOf(result);
}

const me = await api('/me');
if (!me.ok) fail(me);
else {
  $('who').textContent = me.data.person.name;
  $('logout').addEventListener('click', async () => {
    await api('/auth/logout', { method: 'POST', csrfToken: me.data.session.csrfToken });
    location.assign('/app/login');
  });
  const [, section, id] = location.pathname.split('/').filter(Boolean);
  if (section === 'items' && id) {
    const item = await api(`/items/${encodeURIComponent(id)}`);
    if (!item.ok) fail(item);
    else
      show(item.data.title, [
        ['状态', STATUS[item.data.status] ?? item.data.status],
        ['责任单位', item.data.responsibleUnitName],
        ['整改时限', item.data.deadline],
        ['问题描述', item.data.description],
      ]);
  } else if (section === 'cycles' && id) {
    const cycle = await api(`/cycles/${encodeURIComponent(id)}`);
    if (!cycle.ok) fail(cycle);
    else
      show(`互检周期 ${cycle.data.period}`, [
        ['阶段', cycle.data.phase],
        ['第几期', String(cycle.data.cycleNumber)],
      ]);
  } else {
    const inbox = await api('/inbox?limit=50');
    if (!inbox.ok) fail(inbox);
    else {
      $('title').textContent = `站内信（${inbox.data.unreadCount} 条未读）`;
      const list = document.createElement('ul');
      list.className = 'entries';
      for (const entry of inbox.data.entries) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = entry.itemId
          ? `/app/items/${entry.itemId}`
          : entry.cycleId
            ? `/app/cycles/${entry.cycleId}`
            : '/app/inbox';
        a.textContent = entry.title;
        const small = document.createElement('small');
        small.textContent = entry.body;
        li.append(a, small);
        list.append(li);
      }
      if (inbox.data.entries.length === 0) list.textContent = '暂无消息';
      $('content').replaceChildren(list);
    }
  }
}
