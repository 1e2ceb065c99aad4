import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ApiTokenEntity } from './entities/api-token.entity';
import { PersonEntity } from './entities/person.entity';
import { RegionEntity, RegionMemberEntity } from './entities/region.entity';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkflowProbeEntity } from './entities/workflow-probe.entity';
import { Organisation1764000000000 } from './migrations/1764000000000-organisation';
import { RectificationItems1764100000000 } from './migrations/1764100000000-rectification-items';
import { InspectionCycles1764200000000 } from './migrations/1764200000000-inspection-cycles';
import { AuditLog1764500000000 } from './migrations/1764500000000-audit-log';
import { NotificationDelivery1764300000000 } from './migrations/1764300000000-notification-delivery';
import { NotificationItemIndex1764600000000 } from './migrations/1764600000000-notification-item-index';
import { BoardIndex1764700000000 } from './migrations/1764700000000-board-index';
import { SignIn1765000000000 } from './migrations/1765000000000-sign-in';
import { AckTokenHash1765200000000 } from './migrations/1765200000000-ack-token-hash';
import { Files1765400000000 } from './migrations/1765400000000-files';
import { FileReferencePosition1765400000001 } from './migrations/1765400000001-file-reference-position';
import { NotificationFacts1765500000000 } from './migrations/1765500000000-notification-facts';
import { ItemScopeAndTallies1766000000000 } from './migrations/1766000000000-item-scope-and-tallies';
import { LedgerOrderIndex1766000000001 } from './migrations/1766000000001-ledger-order-index';
import { TallyLockOrder1766000000002 } from './migrations/1766000000002-tally-lock-order';
import { BatchedDelivery1766100000000 } from './migrations/1766100000000-batched-delivery';
import { RobotSecretSealed1766300000000 } from './migrations/1766300000000-robot-secret-sealed';
import { Obligations1766400000000 } from './migrations/1766400000000-obligations';
import { CycleRubric1766500000000 } from './migrations/1766500000000-cycle-rubric';
import { Evaluation1766800000000 } from './migrations/1766800000000-evaluation';
import { LedgerCountIndexes1767200000000 } from './migrations/1767200000000-ledger-count-indexes';
import { StarRatingNotices1767500000000 } from './migrations/1767500000000-star-rating-notices';
import { QuarterReviews1767600000000 } from './migrations/1767600000000-quarter-reviews';
import { EvaluationRecordFiles1767700000000 } from './migrations/1767700000000-evaluation-record-files';
import { StarRatingObjectionFiles1768200000000 } from './migrations/1768200000000-star-rating-objection-files';

// A DATE column is a calendar date (e.g. a deadline), not an instant: keep it as 'YYYY-MM-DD'.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** Every entity, listed once: Nest's TypeOrmModule and the TypeORM CLI both read this. */
export const ENTITIES = [
  UnitEntity,
  RegionEntity,
  RegionMemberEntity,
  PersonEntity,
  RoleAssignmentEntity,
  ApiTokenEntity,
  WorkflowProbeEntity,
];

/** Migrations in order. Schema changes only ever happen here; `synchronize` stays off. */
export const MIGRATIONS = [
  Organisation1764000000000,
  RectificationItems1764100000000,
  InspectionCycles1764200000000,
  NotificationDelivery1764300000000,
  AuditLog1764500000000,
  NotificationItemIndex1764600000000,
  BoardIndex1764700000000,
  SignIn1765000000000,
  AckTokenHash1765200000000,
  Files1765400000000,
  FileReferencePosition1765400000001,
  NotificationFacts1765500000000,
  ItemScopeAndTallies1766000000000,
  LedgerOrderIndex1766000000001,
  TallyLockOrder1766000000002,
  BatchedDelivery1766100000000,
  RobotSecretSealed1766300000000,
  Obligations1766400000000,
  CycleRubric1766500000000,
  Evaluation1766800000000,
  LedgerCountIndexes1767200000000,
  StarRatingNotices1767500000000,
  QuarterReviews1767600000000,
  EvaluationRecordFiles1767700000000,
  StarRatingObjectionFiles1768200000000,
];

/**
 * The one place that turns a connection string into TypeORM options. `statementTimeoutMs` bounds every statement of
 * the pool (the apps' pools: a heavy read cannot hold a connection for ever); migrations and tools run without one.
 */
export function dataSourceOptions(url: string, poolSize = 10, statementTimeoutMs?: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: poolSize,
      application_name: 'huijian',
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}

/** Applies pending migrations in one transaction each; safe to call from several processes (advisory lock). */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(872301)');
    const applied = await ds.runMigrations({ transaction: 'each' });
    await ds.query('SELECT pg_advisory_unlock(872301)');
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
