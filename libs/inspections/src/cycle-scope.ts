import { type Caller, coversUnit, isSystemAdmin } from '../../identity/src';
import { ROLES } from '../../persistence/src';

/** The unit paths of a cycle's parties: its region's lead unit and the participants. */
export interface CycleParties {
  leadPath: string;
  unitPaths: string[];
}

/** Who sees a cycle: anyone holding a role on (or above) its lead unit or one of its participants; system admins. */
export function canSeeCycle(caller: Caller, parties: CycleParties): boolean {
  return isSystemAdmin(caller) || [parties.leadPath, ...parties.unitPaths].some((p) => coversUnit(caller, p, ROLES));
}
