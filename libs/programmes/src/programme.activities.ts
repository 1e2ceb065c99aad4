import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/src';
import {
  assignPairs,
  DomainError,
  type EarlierFinding,
  type Pair,
  type PhaseWindows,
  type Rubric,
} from '../../domain/src';
import { PoliciesService } from '../../policies/src/policies.service';
import type { CycleInput } from '../../../workflows/contracts';
import { type Cadence, periodOf } from './cadence';
import { committeeAbove } from '../../organisation/src/organisation-queries';

/**
 * The activity a programme's Schedule tick runs. Read-only: it gathers the cycle's input, and the cycle workflow
 * (started under a deterministic id) writes the cycle; so a retry or a second tick never writes twice.
 */
export function createProgrammeActivities(db: DataSource, config: Pick<AppConfig, 'orgTimeZone'>) {
  const policies = new PoliciesService(db);
  return {
    /**
     * Everything the cycle of the period containing `scheduledAt` needs, or null when the programme is gone or that
     * period already has a cycle. Pairs follow the rotation over earlier cycles' pairs (oldest first).
     */
    async prepareCycle(programmeId: string, scheduledAt: number): Promise<CycleInput | null> {
      const [programme] = await db.query(
        `SELECT p.*, r.lead_unit_id, r.name AS region_name FROM programmes p JOIN regions r ON r.id = p.region_id
          WHERE p.id = $1`,
        [programmeId],
      );
      if (!programme) return null;
      const timeZone = config.orgTimeZone;
      const period = periodOf(programme.cadence as Cadence, scheduledAt, timeZone);
      const earlier: { cycle_number: number; period: string; pairs: Pair[] }[] = await db.query(
        'SELECT cycle_number, period, pairs FROM cycles WHERE programme_id = $1 ORDER BY cycle_number',
        [programmeId],
      );
      if (earlier.some((c) => c.period === period)) return null;
      const cycleNumber = (earlier.at(-1)?.cycle_number ?? 0) + 1;

      // A unit that has left the region since the programme was set up takes no part any more.
      const members: { unit_id: string; name: string }[] = await db.query(
        'SELECT m.unit_id, u.name FROM region_members m JOIN units u ON u.id = m.unit_id WHERE m.region_id = $1',
        [programme.region_id],
      );
      const memberIds = new Set(members.map((m) => m.unit_id));
      const participants = (programme.participants as string[]).filter((u) => memberIds.has(u));
      const pairs = assignPairs({ participants, cycleNumber, history: earlier.map((c) => c.pairs) });
      if (pairs instanceof DomainError) {
        throw ApplicationFailure.nonRetryable(pairs.message, 'DomainError', { code: pairs.code, ...pairs.details });
      }

      const lookback = programme.repeat_lookback as number;
      const [policySet, calendarOverrides, committeeUnitId, findings] = await Promise.all([
        programme.policy_version === null ? policies.latest() : policies.get(programme.policy_version as number),
        policies.calendarOverrides(),
        committeeAbove(db, programme.lead_unit_id as string),
        db.query(
          `SELECT c.cycle_number, f.id, f.unit_id, f.criterion_key FROM findings f JOIN cycles c ON c.id = f.cycle_id
            WHERE c.programme_id = $1 AND c.cycle_number >= $2 ORDER BY c.cycle_number, f.created_at, f.id`,
          [programmeId, cycleNumber - lookback],
        ) as Promise<{ cycle_number: number; id: string; unit_id: string; criterion_key: string }[]>,
      ]);
      const earlierFindings: EarlierFinding[] = findings.map((f) => ({
        cycleNumber: f.cycle_number,
        findingId: f.id,
        unitId: f.unit_id,
        criterionKey: f.criterion_key,
      }));
      return {
        cycleId: randomUUID(),
        programmeId,
        programmeName: programme.name as string,
        period,
        cycleNumber,
        regionId: programme.region_id as string,
        leadUnitId: programme.lead_unit_id as string,
        committeeUnitId,
        participants,
        pairs,
        rubric: programme.rubric as Rubric,
        phaseWindows: programme.phase_windows as PhaseWindows,
        policySet,
        calendarOverrides,
        timeZone,
        repeatLookback: lookback,
        earlierFindings,
        names: {
          region: programme.region_name as string,
          units: Object.fromEntries(
            members.filter((m) => participants.includes(m.unit_id)).map((m) => [m.unit_id, m.name]),
          ),
        },
      };
    },
  };
}

export type ProgrammeActivities = ReturnType<typeof createProgrammeActivities>;
