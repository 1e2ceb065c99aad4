import fc from 'fast-check';
import { createWorkCalendar, instantAt, localDateOf } from '../../domain/src';
import { robotRequest } from './channels';
import { categoryOf, DEFAULT_WINDOW, deliveryTime, isEmailAddress, windowProblems } from './delivery-policy';
import { maskWebhookUrl } from './notification-settings.service';
import { renderDigest, renderMessage, type MessageModel } from './templates';

const tz = 'Asia/Shanghai';
const calendar = createWorkCalendar();
const at = (date: string, time: string) => instantAt(date, time, tz);

describe('quiet hours (deliveryTime)', () => {
  it.each([
    ['a reminder computed for 07:00 on a Wednesday leaves at 09:00', '2026-03-11', '07:00', '2026-03-11', '09:00'],
    ['inside the window it leaves at once', '2026-03-11', '10:30', '2026-03-11', '10:30'],
    ['at 18:00 the window has closed: next working day 09:00', '2026-03-11', '18:00', '2026-03-12', '09:00'],
    ['Friday evening waits for Monday', '2026-03-13', '19:00', '2026-03-16', '09:00'],
    ['National Day holidays wait for the first working day', '2026-10-01', '09:00', '2026-10-08', '09:00'],
    ['a 调休 make-up Sunday is a working day', '2026-09-20', '08:00', '2026-09-20', '09:00'],
  ])('%s', (_, day, time, expectedDay, expectedTime) => {
    expect(deliveryTime(at(day, time), DEFAULT_WINDOW, calendar, tz)).toBe(at(expectedDay, expectedTime));
  });

  it('never sends earlier than asked, always inside the window on a working day', () => {
    const start = at('2026-01-01', '00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 }), (minutes) => {
        const asked = start + minutes * 60_000;
        const sent = deliveryTime(asked, DEFAULT_WINDOW, calendar, tz);
        const day = localDateOf(sent, tz);
        return sent >= asked && calendar.isWorkingDay(day) && sent >= at(day, '09:00') && sent < at(day, '18:00');
      }),
    );
  });

  it('sends at once without a window', () => {
    expect(deliveryTime(at('2026-10-01', '03:00'), null, calendar, tz)).toBe(at('2026-10-01', '03:00'));
  });
});

describe('configuration checks', () => {
  it('accepts mailbox addresses and refuses the rest', () => {
    expect(['zhang.hua@example.cn', 'a+b@sub.example.com'].every(isEmailAddress)).toBe(true);
    expect(
      ['zhang@', '@example.cn', 'a b@example.cn', 'x@localhost', 'Zhang <z@example.cn>'].some(isEmailAddress),
    ).toBe(false);
  });

  it('wants windows with from before to', () => {
    expect(windowProblems({ from: '09:00', to: '18:00', workingDaysOnly: true }, 'w')).toEqual([]);
    expect(windowProblems({ from: '18:00', to: '09:00', workingDaysOnly: true }, 'w')).toEqual([
      { field: 'w.to', reason: 'must be later than from' },
    ]);
    expect(windowProblems({ from: '9', to: '25:00' }, 'w').map((p) => p.field)).toEqual([
      'w.from',
      'w.to',
      'w.workingDaysOnly',
    ]);
  });

  it('masks the key of a webhook', () => {
    expect(maskWebhookUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***',
    );
    expect(maskWebhookUrl('https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN')).toBe(
      'https://open.feishu.cn/open-apis/bot/v2/hook/***',
    );
  });

  it('files every outbox kind under a preference kind', () => {
    expect(['reminder', 'overdue_chase', 'escalation', 'cycle_report', 'assigned'].map(categoryOf)).toEqual([
      'reminder',
      'overdue_chase',
      'escalation',
      'report',
      'event',
    ]);
  });
});

const model: MessageModel = {
  notificationId: '7',
  kind: 'reminder',
  title: '【整改提醒】党员示范岗标识不全',
  body: '「提交整改方案」将于 2026-03-20 到期（T-3），整改时限 2026-04-14，当前黄灯。',
  unitName: '芜湖中江桥项目党支部',
  item: {
    id: 'i-1',
    title: '党员示范岗标识不全',
    deadline: '2026-04-14',
    light: 'yellow',
    escalationLevel: 0,
    milestone: { label: '提交整改方案', due: '2026-03-20' },
  },
  link: 'https://hj.example.cn/app/items/i-1',
  linkTarget: 'item',
  ackLink: 'https://hj.example.cn/inbox/acknowledge/t',
};

describe('templates', () => {
  it('renders a reminder in Chinese with the item, unit, milestone, due date, light and link', () => {
    const m = renderMessage(model);
    expect(m.subject).toBe('【整改提醒】党员示范岗标识不全');
    expect(m.text.split('\n')).toEqual([
      '【整改提醒】党员示范岗标识不全',
      '',
      model.body,
      '责任单位: 芜湖中江桥项目党支部',
      '节点: 提交整改方案',
      '节点到期: 2026-03-20',
      '整改时限: 2026-04-14',
      '状态: 黄灯',
      '',
      '查看整改项: https://hj.example.cn/app/items/i-1',
      '已阅: https://hj.example.cn/inbox/acknowledge/t',
    ]);
    expect(m.tone).toBe('orange');
  });

  it('renders English on request and escapes HTML', () => {
    const m = renderMessage({ ...model, item: { ...model.item!, title: 'Signs <missing>' } }, 'en');
    expect(m.subject).toBe('[Reminder] Signs <missing>');
    expect(m.text).toContain('The milestone "提交整改方案" is due on 2026-03-20.');
    expect(m.text).toContain('Light: yellow');
    expect(m.html).toContain('Signs &lt;missing&gt;');
  });

  it('lists the reminders of a digest', () => {
    const d = renderDigest([model, { ...model, notificationId: '8' }], 'https://hj.example.cn/app/inbox');
    expect(d.subject).toBe('【整改提醒汇总】共 2 项待办');
    expect(d.markdown).toContain(
      '2. [党员示范岗标识不全（提交整改方案 2026-03-20）](https://hj.example.cn/app/items/i-1)',
    );
  });
});

describe('robot requests', () => {
  const message = renderMessage(model);
  const now = 1_773_000_000_123;

  it('WeCom: markdown content', () => {
    expect(
      robotRequest('wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', null, message, model.link, now),
    ).toEqual({
      channel: 'wecom',
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
      body: { msgtype: 'markdown', markdown: { content: message.markdown } },
    });
  });

  it('DingTalk: unsigned without a secret, signed query parameters with one', () => {
    const plain = robotRequest(
      'dingtalk',
      'https://oapi.dingtalk.com/robot/send?access_token=t',
      null,
      message,
      '',
      now,
    );
    expect(plain.url).toBe('https://oapi.dingtalk.com/robot/send?access_token=t');
    const signed = robotRequest(
      'dingtalk',
      'https://oapi.dingtalk.com/robot/send?access_token=t',
      'SECx',
      message,
      '',
      now,
    );
    const url = new URL(signed.url);
    expect(url.searchParams.get('timestamp')).toBe(String(now));
    expect(signed.url).toMatch(/&sign=[A-Za-z0-9%]+$/);
    expect(signed.body).toEqual({ msgtype: 'markdown', markdown: { title: message.subject, text: message.markdown } });
  });

  it('Feishu: interactive card, timestamp in seconds', () => {
    const r = robotRequest('feishu', 'https://open.feishu.cn/open-apis/bot/v2/hook/h', 's', message, model.link, now);
    expect(r.body).toMatchObject({ timestamp: String(Math.floor(now / 1000)), msg_type: 'interactive' });
    expect((r.body.card as { header: unknown }).header).toEqual({
      template: 'orange',
      title: { tag: 'plain_text', content: message.subject },
    });
  });
});
