import { ConfigError, loadAppConfig } from './app-config';

const env = (value?: string) => ({
  HUIJIAN_SECRET_KEY: 'a-test-secret-of-at-least-thirty-two-characters',
  ...(value === undefined ? {} : { STAR_RATING_STARTS_ON: value }),
});

describe('STAR_RATING_STARTS_ON', () => {
  it.each([
    [undefined, { month: 6, day: 1 }],
    ['03-15', { month: 3, day: 15 }],
    ['06-30', { month: 6, day: 30 }],
  ])('%s starts the ratings on %j', (value, expected) => {
    expect(loadAppConfig(env(value)).starRatingStartsOn).toEqual(expected);
  });

  it.each(['07-01', '12-01', '02-30', '02-29', '6-1', 'June 1', '00-10'])(
    'refuses %s, naming the variable and the range before 七一',
    (value) => {
      expect(() => loadAppConfig(env(value))).toThrow(ConfigError);
      expect(() => loadAppConfig(env(value))).toThrow(/STAR_RATING_STARTS_ON.*01-01 to 06-30/);
    },
  );
});
