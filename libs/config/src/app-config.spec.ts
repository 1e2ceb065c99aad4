import { ConfigError, loadAppConfig } from './app-config';

describe('WORKER_MAX_CACHED_WORKFLOWS', () => {
  const base = { HUIJIAN_SECRET_KEY: 'k'.repeat(32) };

  it('leaves the cache to the SDK when unset, and takes a count when set (0 turns it off)', () => {
    expect(loadAppConfig(base).workerMaxCachedWorkflows).toBeUndefined();
    expect(loadAppConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: '2500' }).workerMaxCachedWorkflows).toBe(2500);
    expect(loadAppConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: '0' }).workerMaxCachedWorkflows).toBe(0);
  });

  it('refuses what is not a count, naming the variable', () => {
    for (const raw of ['many', '-1', '2.5', '100001']) {
      expect(() => loadAppConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: raw })).toThrow(ConfigError);
      expect(() => loadAppConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: raw })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
    }
  });
});
