import { instantAt, localDateOf, localTimeOf } from './local-time';

describe('localTimeOf', () => {
  it('reads the wall clock of an instant in the zone, 24 h', () => {
    const t = Date.parse('2030-05-14T16:05:00Z');
    expect(localTimeOf(t, 'Asia/Shanghai')).toBe('00:05');
    expect(localDateOf(t, 'Asia/Shanghai')).toBe('2030-05-15');
    expect(localTimeOf(t, 'UTC')).toBe('16:05');
    expect(localTimeOf(instantAt('2030-05-15', '23:59', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('23:59');
  });
});
