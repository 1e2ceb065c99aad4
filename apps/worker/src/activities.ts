import { DataSource } from 'typeorm';
import { createProbeActivities } from '../../../libs/diagnostics/src/probe.activities';
import { createItemActivities } from '../../../libs/items/src/item.activities';
import { createCycleActivities } from '../../../libs/inspections/src/cycle.activities';
import { createNotificationActivities } from '../../../libs/notifications/src/delivery.activities';

/** Every activity the worker registers, built once from the process's shared resources. */
export function createActivities(db: DataSource) {
  return {
    ...createProbeActivities(db),
    ...createItemActivities(db),
    ...createCycleActivities(db),
    ...createNotificationActivities(db),
  };
}
