import { composeMessage } from './catalogue';
import { OBLIGATION_MESSAGE_KINDS, type ObligationMessage } from './models';

const model = (
  kind: ObligationMessage['kind'],
  audience: ObligationMessage['audience'] = 'unit',
): ObligationMessage => ({
  kind,
  audience,
  today: '2027-03-29',
  obligation: {
    type: '支委会',
    period: '2027-03',
    unit: '芜湖轨道交通项目党支部',
    leadUnit: '商合杭芜湖长江公铁大桥项目部党总支',
    due: '2027-03-25',
    closes: '2027-04-02',
  },
  timeLeft: { kind: 'overdue', workingDays: 2 },
  level: kind === 'obligation_escalation' ? 2 : null,
  reason: kind === 'obligation_sent_back' ? '缺少签到表' : null,
});

describe('obligation messages', () => {
  it.each(OBLIGATION_MESSAGE_KINDS.flatMap((k) => (['zh', 'en'] as const).map((l) => [k, l] as const)))(
    '%s in %s names the unit, the period and the type, and no code or placeholder',
    (kind, locale) => {
      const m = composeMessage(model(kind), locale);
      const text = [m.subject, m.summary, m.ask ?? '', ...m.facts.map((f) => `${f.label} ${f.value}`)].join('\n');
      expect(text).toContain('芜湖轨道交通项目党支部');
      expect(text).toContain('2027-03');
      expect(text).toContain('支委会');
      expect(text).not.toMatch(/undefined|null|obligation_|\$\{|sent_back|2027-03-25/);
    },
  );

  it('words a 督办 to the committee and a send-back with its reason', () => {
    expect(composeMessage(model('obligation_escalation', 'up')).summary).toBe(
      '芜湖轨道交通项目党支部的2027-03支委会逾期未记实（已逾期2个工作日），已升级为党委督办。',
    );
    expect(composeMessage(model('obligation_escalation', 'up')).ask).toBe('请督促芜湖轨道交通项目党支部落实。');
    const back = composeMessage(model('obligation_sent_back'));
    expect(back.subject).toBe('【记实退回】芜湖轨道交通项目党支部 2027-03支委会');
    expect(back.facts).toContainEqual({ label: '退回理由', value: '缺少签到表' });
  });
});
