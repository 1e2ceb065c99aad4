import fc from 'fast-check';
import { createWorkCalendar, instantAt, localDateOf } from '../../domain/src';
import type { ItemMessage } from '../../messages/src';
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
    // A private deployment's key in a segment before the last, with or without a query.
    expect(maskWebhookUrl('https://robot.example.cn/hook/k3Y9aZ0qL7mN2pR5sT8v/send')).toBe(
      'https://robot.example.cn/hook/***/***',
    );
    expect(maskWebhookUrl('https://robot.example.cn/hook/k3Y9aZ0qL7mN2pR5sT8v/send?x=1')).toBe(
      'https://robot.example.cn/hook/***/send?x=***',
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

const reminder: ItemMessage = {
  kind: 'reminder',
  audience: 'responsible',
  today: '2026-03-17',
  item: {
    title: '党员示范岗标识不全',
    requirement: '补齐岗位标识',
    responsibleUnit: '芜湖中江桥项目党支部',
    responsiblePerson: null,
    leadUnit: '芜湖片区联合党支部',
    deadline: '2026-04-14',
    light: { light: 'yellow', reason: 'deadline_near', workingDays: 3 },
    escalationLevel: 0,
    cycle: null,
  },
  next: { action: 'submit_plan', due: '2026-03-20', timeLeft: { kind: 'days_left', days: 3 } },
  actor: null,
  reason: null,
  submitted: null,
  milestone: { label: '制定整改方案', due: '2026-03-20', timeLeft: { kind: 'days_left', days: 3 } },
  extension: null,
  reassignedFrom: null,
  escalation: null,
};

const model: MessageModel = {
  notificationId: '7',
  kind: 'reminder',
  title: '【整改提醒】党员示范岗标识不全',
  body: '',
  model: reminder,
  link: 'https://hj.example.cn/items/i-1',
  linkTarget: 'item',
  ackLink: 'https://hj.example.cn/inbox/acknowledge/t',
};

describe('channel shapes of a catalogue message', () => {
  it('renders text with the summary, the next step, the facts, the link and the 已阅 link', () => {
    const m = renderMessage(model);
    expect(m.subject).toBe('【整改提醒】党员示范岗标识不全');
    expect(m.text.split('\n')).toEqual([
      '【整改提醒】党员示范岗标识不全',
      '',
      '整改项「党员示范岗标识不全」的「制定整改方案」节点还有3天（3月20日（周五））。',
      '请于3月20日（周五）前提交整改方案，还有3天。',
      '',
      '整改项: 党员示范岗标识不全',
      '整改要求: 补齐岗位标识',
      '责任单位: 芜湖中江桥项目党支部',
      '主责单位: 芜湖片区联合党支部',
      '整改时限: 4月14日（周二）',
      '红黄绿灯: 黄灯（临期：距整改时限还有3个工作日）',
      '',
      '查看整改项: https://hj.example.cn/items/i-1',
      '已阅: https://hj.example.cn/inbox/acknowledge/t',
    ]);
    expect(m.tone).toBe('orange');
    expect(m.markdown).toContain('**请于3月20日（周五）前提交整改方案，还有3天。**');
  });

  it('renders English on request and escapes HTML', () => {
    const m = renderMessage(
      { ...model, model: { ...reminder, item: { ...reminder.item, title: 'Signs <missing>' } } },
      'en',
    );
    expect(m.subject).toBe('[Reminder] Signs <missing>');
    expect(m.text).toContain('Please submit the rectification plan by Fri 20 Mar (3 days left).');
    expect(m.html).toContain('Signs &lt;missing&gt;');
  });

  it('keeps the stored text of a row written before the catalogue', () => {
    const m = renderMessage({ ...model, model: null, body: '旧消息正文' });
    expect(m.text).toContain('旧消息正文');
  });

  it('lists each item of a digest with its next step and link', () => {
    const d = renderDigest([model, { ...model, notificationId: '8' }], 'https://hj.example.cn/inbox');
    expect(d.subject).toBe('【整改提醒汇总】共 2 项待办');
    expect(d.markdown).toContain(
      '2. [「党员示范岗标识不全」](https://hj.example.cn/items/i-1) 请于3月20日（周五）前提交整改方案，还有3天。',
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
