import { chineseDateTimeOf, instantAt, localDateOf, localDateTimeOf, localTimeOf } from './local-time';

describe('localTimeOf', () => {
  it('reads the wall clock of an instant in the zone, 24 h', () => {
    const t = Date.parse('2030-05-14T16:05:00Z');
    expect(localTimeOf(t, 'Asia/Shanghai')).toBe('00:05');
    expect(localDateOf(t, 'Asia/Shanghai')).toBe('2030-05-15');
    expect(localTimeOf(t, 'UTC')).toBe('16:05');
    expect(localTimeOf(instantAt('2030-05-15', '23:59', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('23:59');
  });
});

describe('localDateTimeOf and chineseDateTimeOf', () => {
  // 2026-12-08T22:05Z is 06:05 on 9 December in Shanghai: the date moves with the zone.
  const t = Date.UTC(2026, 11, 8, 22, 5);

  it("prints the ledgers' YYYY-MM-DD HH:mm in the zone", () => {
    expect(localDateTimeOf(t, 'Asia/Shanghai')).toBe('2026-12-09 06:05');
    expect(localDateTimeOf(t, 'UTC')).toBe('2026-12-08 22:05');
  });

  it('says it in Chinese, with or without the year', () => {
    expect(chineseDateTimeOf(t, 'Asia/Shanghai')).toBe('2026年12月9日 06:05');
    expect(chineseDateTimeOf(t, 'Asia/Shanghai', { year: false })).toBe('12月9日 06:05');
  });
});
