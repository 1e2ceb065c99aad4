import { composeMessage } from './catalogue';
import { RATING_MESSAGE_KINDS, type RatingMessage } from './models';

const model = (kind: RatingMessage['kind'], audience: RatingMessage['audience'] = 'lead'): RatingMessage => ({
  kind,
  audience,
  today: '2026-06-03',
  rating: { region: '芜湖片区', year: 2025, leadUnit: '商合杭芜湖长江公铁大桥项目部党总支' },
  step:
    kind === 'rating_published' || kind === 'rating_final'
      ? null
      : { kind: 'answer', due: '2026-06-05', timeLeft: { kind: 'days_left', days: 2 } },
  level: kind === 'rating_escalation' ? 2 : null,
  noticeLastDay: kind === 'rating_published' ? '2026-06-09' : null,
  ranking:
    kind === 'rating_published' || kind === 'rating_final'
      ? [
          { unit: '管廊项目党支部', points: 1030, stars: 5, rank: 1 },
          { unit: '中江桥党支部', points: 1011, stars: 4, rank: 2 },
        ]
      : [],
  objection:
    kind !== 'rating_published' && kind !== 'rating_final' && kind !== 'rating_approval'
      ? { unit: '中江桥党支部', reason: '记实漏计', upheld: kind === 'rating_answered' ? false : null, answer: null }
      : null,
});

describe('star rating messages', () => {
  it.each(RATING_MESSAGE_KINDS.flatMap((k) => (['zh', 'en'] as const).map((l) => [k, l] as const)))(
    '%s in %s names the region and the year, asks for a next step, and shows no code or placeholder',
    (kind, locale) => {
      const m = composeMessage(model(kind), locale);
      const text = [m.subject, m.summary, m.ask ?? '', ...m.facts.map((f) => `${f.label} ${f.value}`)].join('\n');
      expect(text).toContain('芜湖片区');
      expect(text).toContain('2025');
      expect(m.ask).toBeTruthy();
      expect(text).not.toMatch(/undefined|null|rating_|\$\{|2026-06-0\d/);
    },
  );

  it('words the 公示 for every unit: until when and how to object', () => {
    const m = composeMessage(model('rating_published', 'unit'));
    expect(m.subject).toBe('【评星公示】芜湖片区 2025年度评星');
    expect(m.summary).toBe('芜湖片区2025年度评星结果现予公示，公示期至6月9日（周二）。');
    expect(m.ask).toBe(
      '请核对本单位的积分和星级；如有异议，请于6月9日（周二）前在评星页面提出，写明理由并附佐证材料，逾期不再受理。',
    );
    expect(m.facts).toContainEqual({
      label: '结果',
      value: '第1名 管廊项目党支部（1030分，5星）；第2名 中江桥党支部（1011分，4星）',
    });
  });

  it('tells the committee it is 上报 and the units it is 通报 at final', () => {
    expect(composeMessage(model('rating_final', 'committee')).subject).toBe('【评星上报】芜湖片区 2025年度评星');
    expect(composeMessage(model('rating_final', 'unit')).subject).toBe('【评星通报】芜湖片区 2025年度评星');
  });

  it('words a 督办 of the lead unit’s answer to the committee as a follow-up, and to the lead unit as an order', () => {
    const up = composeMessage(model('rating_escalation', 'committee'));
    expect(up.summary).toBe(
      '商合杭芜湖长江公铁大桥项目部党总支的芜湖片区2025年度评星异议答复逾期未办（还有2天），已升级为党委督办。',
    );
    expect(up.ask).toBe('请督促商合杭芜湖长江公铁大桥项目部党总支办理。');
    expect(composeMessage(model('rating_escalation', 'lead')).ask).toBe('请立即答复中江桥党支部的异议。');
  });
});
