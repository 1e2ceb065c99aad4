import type { CycleFacts, CycleNoticeFacts } from '../../../workflows/contracts';
import { calendarOf, localDateOf, localTimeOf } from '../../domain/src';
import { type CycleMessage, type LocalMoment, timeLeftUntil } from '../../messages/src';

/** The cycle's names a notice mentions. */
export interface CycleNames {
  region: string;
  units: ReadonlyMap<string, string>;
}

/** The typed model of one cycle notice to `unitId` at `at`: units by name, local times, the time left in words. */
export function cycleMessage(
  facts: CycleNoticeFacts,
  input: CycleFacts,
  unitId: string,
  at: number,
  names: CycleNames,
): CycleMessage {
  const tz = input.timeZone;
  const today = localDateOf(at, tz);
  const calendar = calendarOf(input);
  const unit = (id: string) => names.units.get(id) ?? '';
  const moment = (instant: number): LocalMoment => ({
    date: localDateOf(instant, tz),
    time: localTimeOf(instant, tz),
  });
  const cycle = {
    programme: input.programmeName,
    region: names.region,
    period: input.period,
    cycleNumber: input.cycleNumber,
  };
  switch (facts.kind) {
    case 'cycle_opened':
      return {
        kind: facts.kind,
        today,
        cycle,
        unit: unit(unitId),
        inspectee: facts.inspecteeUnitId ? unit(facts.inspecteeUnitId) : null,
        selfCheckDue: moment(facts.selfCheckDue),
        mutualInspectionDue: moment(facts.mutualInspectionDue),
        meetingAt: moment(facts.meetingAt),
      };
    case 'cycle_meeting':
      return { kind: facts.kind, today, cycle, leadUnit: unit(input.leadUnitId), meetingAt: moment(facts.meetingAt) };
    case 'cycle_reminder':
    case 'cycle_chase':
      return {
        kind: facts.kind,
        today,
        cycle,
        unit: unit(unitId),
        obligation: facts.obligation,
        inspectee: facts.inspecteeUnitId ? unit(facts.inspecteeUnitId) : null,
        due: moment(facts.due),
        timeLeft: timeLeftUntil(localDateOf(facts.due, tz), today, calendar),
      };
    case 'cycle_escalation':
      return {
        kind: facts.kind,
        audience: facts.audience,
        today,
        cycle,
        unit: unit(facts.lateUnitId),
        obligation: facts.obligation,
        level: facts.level,
        due: moment(facts.due),
        timeLeft: timeLeftUntil(localDateOf(facts.due, tz), today, calendar),
      };
  }
}
