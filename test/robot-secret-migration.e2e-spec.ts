import { loadSecretKey } from '../libs/config/src';
import { openRobotSecret } from '../libs/notifications/src/robot-secret';
import { RobotSecretSealed1766300000000 } from '../libs/persistence/src/migrations/1766300000000-robot-secret-sealed';
import { type Harness, startHarness } from './support/harness';

/** The migration that seals robot secrets, on a database holding one stored as typed before it. */
describe('migration: robot secrets sealed at rest', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('seals an existing plain-text secret in place, and the worker opens it with the deployment key', async () => {
    const migration = new RobotSecretSealed1766300000000();
    const runner = h.db.createQueryRunner();
    try {
      await migration.down(runner);
      const [unit] = await h.db.query(`SELECT id::text AS id FROM units WHERE code = 'wuhu-zjq-dzb'`);
      const [person] = await h.db.query(`SELECT id FROM people LIMIT 1`);
      await h.db.query(
        `INSERT INTO notification_channels (unit_id, channel, webhook_url, secret, kinds, updated_by)
         VALUES ($1, 'dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=t', 'SEC-before-sealing', '{reminder}', $2)`,
        [unit.id, person.id],
      );
      await migration.up(runner);
      const rows = await h.db.query(`SELECT * FROM notification_channels`);
      expect(rows).toHaveLength(1);
      expect(Object.keys(rows[0])).not.toContain('secret');
      expect(JSON.stringify(rows)).not.toContain('SEC-before-sealing');
      expect(openRobotSecret(rows[0].sealed_secret, loadSecretKey(), unit.id, 'dingtalk')).toBe('SEC-before-sealing');
      // The database refuses anything but a sealed value.
      await expect(h.db.query(`UPDATE notification_channels SET sealed_secret = 'plain'`)).rejects.toThrow(
        /ck_notification_channels_sealed_secret/,
      );
    } finally {
      await runner.release();
    }
  });
});
