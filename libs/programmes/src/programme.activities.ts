import { ApplicationFailure } from '@temporalio/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/src';
import { assignPairs, BUILT_IN_CALENDAR_YEARS, DomainError, type EarlierFinding, type Pair } from '../../domain/src';
import { PoliciesService } from '../../policies/src/policies.service';
import type { CycleInput, ProgrammeActivities } from '../../../workflows/contracts';
import { periodOf } from './cadence';
import type { ProgrammeRow } from './programmes.service';
import { cycleIdOf } from './cycle-id';
import { committeeAbove } from '../../organisation/src/organisation-queries';

/**
 * The activity a programme's Schedule tick runs. It gathers the cycle's input and reserves the cycle's row (number,
 * period, pairs) under a lock on the programme, so concurrent ticks (a catch-up, a backfill) number their cycles
 * apart; the cycle workflow (started under a deterministic id) then writes the rest. A retry finds its reservation.
 */
export function createProgrammeActivities(db: DataSource, config: Pick<AppConfig, 'orgTimeZone'>): ProgrammeActivities {
  const policies = new PoliciesService(db);
  return {
    /**
     * Everything the cycle of the period containing `scheduledAt` needs, or null when the programme is gone or that
     * period's cycle is already running. Pairs follow the rotation over earlier cycles' pairs (oldest first).
     */
    prepareCycle: (programmeId: string, scheduledAt: number): Promise<CycleInput | null> =>
      db.transaction((tx) => prepare(tx, programmeId, scheduledAt)),
  };

  async function prepare(tx: EntityManager, programmeId: string, scheduledAt: number): Promise<CycleInput | null> {
    const [programme] = await tx.query<(ProgrammeRow & { lead_unit_id: string; region_name: string })[]>(
      `SELECT p.*, r.lead_unit_id, r.name AS region_name FROM programmes p JOIN regions r ON r.id = p.region_id
        WHERE p.id = $1 FOR UPDATE OF p`,
      [programmeId],
    );
    if (!programme) return null;
    const timeZone = config.orgTimeZone;
    const period = periodOf(programme.cadence, scheduledAt, timeZone);
    const cycles: { id: string; cycle_number: number; period: string; pairs: Pair[]; projection_seq: number }[] =
      await tx.query(
        'SELECT id, cycle_number, period, pairs, projection_seq FROM cycles WHERE programme_id = $1 ORDER BY cycle_number',
        [programmeId],
      );
    // Reserved by an earlier attempt of this tick or by a concurrent one, but not started yet: the same cycle.
    const reserved = cycles.find((c) => c.period === period);
    if (reserved && reserved.projection_seq > 0) return null;
    const earlier = cycles.filter((c) => c !== reserved && (!reserved || c.cycle_number < reserved.cycle_number));
    const cycleNumber = reserved?.cycle_number ?? (cycles.at(-1)?.cycle_number ?? 0) + 1;

    // A unit that has left the region since the programme was set up takes no part any more.
    const members: { unit_id: string; name: string }[] = await db.query(
      'SELECT m.unit_id, u.name FROM region_members m JOIN units u ON u.id = m.unit_id WHERE m.region_id = $1',
      [programme.region_id],
    );
    const memberIds = new Set(members.map((m) => m.unit_id));
    const participants = programme.participants.filter((u) => memberIds.has(u));
    const pairs = reserved?.pairs ?? assignPairs({ participants, cycleNumber, history: earlier.map((c) => c.pairs) });
    if (pairs instanceof DomainError) {
      throw ApplicationFailure.nonRetryable(pairs.message, 'DomainError', { code: pairs.code, ...pairs.details });
    }

    const lookback = programme.repeat_lookback;
    const [policySet, calendarOverrides, committeeUnitId, findings] = await Promise.all([
      programme.policy_version === null ? policies.latest() : policies.get(programme.policy_version),
      policies.calendarOverrides(),
      committeeAbove(db, programme.lead_unit_id),
      db.query<{ cycle_number: number; id: string; unit_id: string; criterion_key: string }[]>(
        `SELECT c.cycle_number, f.id, f.unit_id, f.criterion_key FROM findings f JOIN cycles c ON c.id = f.cycle_id
          WHERE c.programme_id = $1 AND c.cycle_number >= $2 ORDER BY c.cycle_number, f.created_at, f.id`,
        [programmeId, cycleNumber - lookback],
      ),
    ]);
    const earlierFindings: EarlierFinding[] = findings.map((f) => ({
      cycleNumber: f.cycle_number,
      findingId: f.id,
      unitId: f.unit_id,
      criterionKey: f.criterion_key,
    }));
    const cycleId = reserved?.id ?? cycleIdOf(programmeId, period);
    if (!reserved) {
      await tx.query(
        `INSERT INTO cycles (id, programme_id, period, cycle_number, workflow_id, phase, started_at, due_times,
           participants, pairs, projection_seq)
         VALUES ($1,$2,$3,$4,$5,'open',now(),'{}',$6,$7,0)`,
        [
          cycleId,
          programmeId,
          period,
          cycleNumber,
          `cycle-${programmeId}-${period}`,
          participants,
          JSON.stringify(pairs),
        ],
      );
    }
    return {
      cycleId,
      programmeId,
      programmeName: programme.name,
      period,
      cycleNumber,
      regionId: programme.region_id,
      leadUnitId: programme.lead_unit_id,
      committeeUnitId,
      participants,
      pairs,
      rubric: programme.rubric,
      phaseWindows: programme.phase_windows,
      policySet,
      calendarOverrides,
      calendarYearsThrough: BUILT_IN_CALENDAR_YEARS.last,
      timeZone,
      repeatLookback: lookback,
      earlierFindings,
      names: {
        region: programme.region_name,
        units: Object.fromEntries(
          members.filter((m) => participants.includes(m.unit_id)).map((m) => [m.unit_id, m.name]),
        ),
      },
    };
  }
}
