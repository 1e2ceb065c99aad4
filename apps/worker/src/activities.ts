import { DataSource } from 'typeorm';
import { type AppConfig, loadAppConfig } from '../../../libs/config/src';
import { createProbeActivities } from '../../../libs/diagnostics/src/probe.activities';
import { createBlobStore } from '../../../libs/files/src/blob-store';
import { createFileSweepActivities } from '../../../libs/files/src/file-sweep.activities';
import { createItemActivities } from '../../../libs/items/src/item.activities';
import { createProgrammeActivities } from '../../../libs/programmes/src/programme.activities';
import { createCycleActivities } from '../../../libs/inspections/src/cycle.activities';
import { createNotificationActivities, type DeliveryHooks } from '../../../libs/notifications/src/delivery.activities';
import { createObligationActivities } from '../../../libs/obligations/src/obligation.activities';
import { createStarRatingActivities } from '../../../libs/evaluation/src/star-rating.activities';

/**
 * Every activity the worker registers, built once from the process's shared resources. The configuration defaults
 * to the process environment (the org time zone for programme ticks); `hooks` tell long activities the worker drains.
 */
export function createActivities(
  db: DataSource,
  config: Pick<AppConfig, 'orgTimeZone' | 'files'> = loadAppConfig(),
  hooks: DeliveryHooks = {},
) {
  return {
    ...createFileSweepActivities(db, createBlobStore(config.files), config.files.orphanAfterMs),
    ...createProbeActivities(db),
    ...createItemActivities(db),
    ...createProgrammeActivities(db, config),
    ...createCycleActivities(db),
    ...createNotificationActivities(db, hooks),
    ...createObligationActivities(db, config),
    ...createStarRatingActivities(db, config),
  };
}
