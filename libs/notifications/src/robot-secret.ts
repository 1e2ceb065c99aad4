import { openSecret, SecretBoxError, sealSecret } from '../../config/src/secret-box';
import type { RobotChannel } from './delivery-policy';

/**
 * A robot's signing secret (钉钉 加签, 飞书 签名校验) at rest: sealed (AES-256-GCM) under HUIJIAN_SECRET_KEY and bound
 * to its unit and platform, so it is worthless in a dump and cannot be moved onto another unit's robot.
 */
const contextOf = (unitId: string, channel: RobotChannel | string): string =>
  `notification_channels/${unitId}/${channel}`;

export function sealRobotSecret(secret: string, key: Buffer, unitId: string, channel: RobotChannel | string): string {
  return sealSecret(secret, key, contextOf(unitId, channel));
}

/** The secret, or undefined when it does not open (another HUIJIAN_SECRET_KEY, an altered row). */
export function openRobotSecret(
  sealed: string,
  key: Buffer,
  unitId: string,
  channel: RobotChannel | string,
): string | undefined {
  try {
    return openSecret(sealed, key, contextOf(unitId, channel));
  } catch (error) {
    if (error instanceof SecretBoxError) return undefined;
    throw error;
  }
}
