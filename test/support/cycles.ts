import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  assignPairs,
  DEFAULT_PHASE_WINDOWS,
  DEFAULT_POLICY_SET,
  DEFAULT_RUBRIC,
  DomainError,
  type Pair,
} from '../../libs/domain/src';
import type { CycleInput } from '../../workflows/contracts';

/** The demo region (芜湖片区) as the cycle tests use it. */
export interface DemoRegion {
  regionId: string;
  lead: string;
  guanlang: string;
  zhongjiang: string;
  guidao: string;
  committee: string;
  participants: string[];
  leadPerson: string;
  secretary: string;
}

export async function demoRegion(db: DataSource): Promise<DemoRegion> {
  const one = async (sql: string, arg: string): Promise<string> => (await db.query(sql, [arg]))[0].id;
  const unit = (code: string) => one('SELECT id FROM units WHERE code = $1', code);
  const person = (name: string) => one('SELECT id FROM people WHERE name LIKE $1', `%${name}%`);
  const [region] = await db.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`);
  const [guanlang, zhongjiang, guidao, committee] = await Promise.all(
    ['wuhu-glgj-dzb', 'wuhu-zjq-dzb', 'wuhu-gdjt-dzb', 'gs-dw'].map(unit),
  );
  const lead = region.lead_unit_id as string;
  return {
    regionId: region.id,
    lead,
    guanlang,
    zhongjiang,
    guidao,
    committee,
    participants: [lead, guanlang, zhongjiang, guidao],
    leadPerson: await person('李强'),
    secretary: await person('张华'),
  };
}

/** A programme row for cycles to belong to (its Schedule is the programmes suite's concern). */
export async function insertProgramme(db: DataSource, region: DemoRegion): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO programmes (id, region_id, name, cadence, participants, phase_windows, rubric, schedule_id, created_by)
     VALUES ($1, $2, '芜湖片区月度互检', '{"kind":"monthly","dayOfMonth":25,"time":"09:00"}', $3, $4, $5, $6, $7)`,
    [
      id,
      region.regionId,
      region.participants,
      JSON.stringify(DEFAULT_PHASE_WINDOWS),
      JSON.stringify(DEFAULT_RUBRIC),
      `programme-${id}`,
      region.leadPerson,
    ],
  );
  return id;
}

/** The input of the next cycle of a programme, with rotation from the pairs used so far and earlier findings. */
export async function nextCycleInput(
  db: DataSource,
  region: DemoRegion,
  programmeId: string,
  cycleNumber: number,
  period: string,
  history: Pair[][],
): Promise<CycleInput> {
  const pairs = assignPairs({ participants: region.participants, cycleNumber, history });
  if (pairs instanceof DomainError) throw pairs;
  history.push(pairs);
  const earlierFindings = await db.query(
    `SELECT f.id AS "findingId", f.unit_id AS "unitId", f.criterion_key AS "criterionKey", c.cycle_number AS "cycleNumber"
       FROM findings f JOIN cycles c ON c.id = f.cycle_id WHERE c.programme_id = $1`,
    [programmeId],
  );
  return {
    cycleId: randomUUID(),
    programmeId,
    programmeName: '芜湖片区月度互检',
    period,
    cycleNumber,
    regionId: region.regionId,
    leadUnitId: region.lead,
    committeeUnitId: region.committee,
    participants: region.participants,
    pairs,
    rubric: DEFAULT_RUBRIC,
    phaseWindows: DEFAULT_PHASE_WINDOWS,
    policySet: DEFAULT_POLICY_SET,
    calendarOverrides: [],
    timeZone: 'Asia/Shanghai',
    repeatLookback: 3,
    earlierFindings,
  };
}

/** Marks of `value` for every criterion of the default rubric. */
export const marks = (value: number): Record<string, number> =>
  Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, value]));
