import { MigrationInterface, QueryRunner } from 'typeorm';
import { loadSecretKey } from '../../../config/src/app-config';
import { openRobotSecret, sealRobotSecret } from '../../../notifications/src/robot-secret';

interface Row {
  unit_id: string;
  channel: string;
  value: string;
}

/**
 * Robots' signing secrets were stored as they were typed: anyone reading the table (a backup, a replica) could sign
 * as the unit's robot. They are sealed now (AES-256-GCM under HUIJIAN_SECRET_KEY, see robot-secret.ts); the existing
 * ones are sealed in place, which needs the key only when there is a secret to seal.
 */
export class RobotSecretSealed1766300000000 implements MigrationInterface {
  name = 'RobotSecretSealed1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_channels ADD COLUMN sealed_secret text`);
    const rows: Row[] = await q.query(
      `SELECT unit_id::text AS unit_id, channel, secret AS value FROM notification_channels WHERE secret IS NOT NULL`,
    );
    const key = rows.length > 0 ? loadSecretKey() : undefined;
    for (const row of rows) {
      await q.query(`UPDATE notification_channels SET sealed_secret = $3 WHERE unit_id = $1 AND channel = $2`, [
        row.unit_id,
        row.channel,
        sealRobotSecret(row.value, key as Buffer, row.unit_id, row.channel),
      ]);
    }
    await q.query(`ALTER TABLE notification_channels DROP COLUMN secret`);
    await q.query(
      `ALTER TABLE notification_channels ADD CONSTRAINT ck_notification_channels_sealed_secret
         CHECK (sealed_secret ~ '^v1\\.[A-Za-z0-9_-]+$')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_channels ADD COLUMN secret text`);
    const rows: Row[] = await q.query(
      `SELECT unit_id::text AS unit_id, channel, sealed_secret AS value FROM notification_channels
        WHERE sealed_secret IS NOT NULL`,
    );
    const key = rows.length > 0 ? loadSecretKey() : undefined;
    for (const row of rows) {
      // A secret that no longer opens (the key changed) is dropped: the robot sends unsigned until it is saved again.
      await q.query(`UPDATE notification_channels SET secret = $3 WHERE unit_id = $1 AND channel = $2`, [
        row.unit_id,
        row.channel,
        openRobotSecret(row.value, key as Buffer, row.unit_id, row.channel) ?? null,
      ]);
    }
    await q.query(`ALTER TABLE notification_channels DROP COLUMN sealed_secret`);
  }
}
