import { createWorkCalendar, instantAt } from '../../domain/src';
import {
  afterFailure,
  backoffMs,
  DEFAULT_WINDOW,
  digestGroups,
  type DueDelivery,
  type PersonRecipient,
  planDeliveries,
  type RobotRecipient,
} from './delivery-policy';

const tz = 'Asia/Shanghai';
const calendar = createWorkCalendar();
const at = (date: string, time: string) => instantAt(date, time, tz);
const retry = { initialIntervalMs: 1_000, maximumIntervalMs: 5_000, maximumAttempts: 4 };

describe('retries of a failed attempt', () => {
  it('backs off exponentially from the initial interval, capped at the maximum', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, retry))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it('retries until the attempts run out, then dead-letters naming the last error', () => {
    expect(afterFailure(1, 'robot answered HTTP 500', true, retry)).toEqual({ next: 'retry', delayMs: 1_000 });
    expect(afterFailure(3, 'robot answered HTTP 500', true, retry)).toEqual({ next: 'retry', delayMs: 4_000 });
    expect(afterFailure(4, 'robot answered HTTP 500', true, retry)).toEqual({
      next: 'dead',
      error: 'attempts exhausted: robot answered HTTP 500',
    });
  });

  it('dead-letters at once what retrying cannot help', () => {
    expect(afterFailure(1, 'the recipient has no e-mail address', false, retry)).toEqual({
      next: 'dead',
      error: 'the recipient has no e-mail address',
    });
  });
});

describe('who gets what, when (planDeliveries)', () => {
  const unit = 'u-1';
  const wednesday7 = at('2026-03-11', '07:00');
  const message = (kind: string) => ({ id: '1', kind, recipientUnitId: unit, dueAt: wednesday7 });
  const person = (personId: string, preferences: PersonRecipient['preferences'], email = `${personId}@x.cn`) => ({
    personId,
    unitId: unit,
    email,
    preferences,
  });
  const context = { emailEnabled: true, calendar, timeZone: tz };

  it('e-mails everyone of the unit by default, inside the default window (07:00 leaves at 09:00)', () => {
    const planned = planDeliveries([message('reminder')], [person('a', null), person('b', null)], [], context);
    expect(planned).toEqual(
      ['a', 'b'].map((recipient) => ({
        notificationId: '1',
        channel: 'email',
        recipient,
        kind: 'reminder',
        notBefore: at('2026-03-11', '09:00'),
      })),
    );
  });

  it('honours a person who keeps a category to the inbox, and a saved window of "any time"', () => {
    const inboxOnly = person('a', { channels: { reminder: ['inbox'] }, window: DEFAULT_WINDOW });
    const anyTime = person('b', { channels: null, window: null });
    const planned = planDeliveries([message('reminder')], [inboxOnly, anyTime], [], context);
    expect(planned.map((p) => [p.recipient, p.notBefore])).toEqual([['b', wednesday7]]);
  });

  it('sends no e-mail without SMTP, nor to a person without an address, nor to other units', () => {
    const people = [
      person('a', null),
      person('b', null, null as unknown as string),
      { ...person('c', null), unitId: 'u-2' },
    ];
    expect(planDeliveries([message('reminder')], people, [], { ...context, emailEnabled: false })).toEqual([]);
    expect(planDeliveries([message('reminder')], people, [], context).map((p) => p.recipient)).toEqual(['a']);
  });

  it('posts to the robots subscribed to the category, each in its own window', () => {
    const robots: RobotRecipient[] = [
      { unitId: unit, channel: 'wecom', kinds: ['escalation'], window: null },
      { unitId: unit, channel: 'dingtalk', kinds: ['reminder'], window: null },
      { unitId: unit, channel: 'feishu', kinds: ['escalation'], window: DEFAULT_WINDOW },
    ];
    const planned = planDeliveries([message('escalation')], [], robots, context);
    expect(planned.map((p) => [p.channel, p.recipient, p.notBefore])).toEqual([
      ['wecom', unit, wednesday7],
      ['feishu', unit, at('2026-03-11', '09:00')],
    ]);
  });
});

describe('digests (digestGroups)', () => {
  const due = (id: string, kind: string, recipient = 'p', notBefore = at('2026-03-11', '09:00')): DueDelivery => ({
    id,
    channel: 'email',
    recipient,
    kind,
    notBefore,
  });

  it('folds a recipient’s reminders of one window into one digest above the threshold', () => {
    const rows = ['1', '2', '3', '4'].map((id) => due(id, 'reminder'));
    expect(digestGroups(rows, 3, tz)).toEqual([{ key: 'email:p:2026-03-11:1', members: rows }]);
    expect(digestGroups(rows, 4, tz)).toEqual([]);
  });

  it('never digests other kinds, other recipients or other windows together', () => {
    const rows = [
      due('1', 'reminder'),
      due('2', 'reminder'),
      due('3', 'overdue_chase'),
      due('4', 'reminder', 'q'),
      due('5', 'reminder', 'p', at('2026-03-12', '09:00')),
    ];
    expect(digestGroups(rows, 1, tz)).toEqual([{ key: 'email:p:2026-03-11:1', members: rows.slice(0, 2) }]);
  });
});
