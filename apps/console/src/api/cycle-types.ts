// 互检 programmes and cycles as the API answers them (ProgrammeDto, CycleDetailDto … in docs/openapi.json).
export type CyclePhase = 'open' | 'self_check' | 'mutual_inspection' | 'meeting' | 'report' | 'closed';
export type Severity = 'minor' | 'major' | 'critical';
export type DayKind = 'working' | 'calendar';

export interface Criterion {
  key: string;
  name: string;
  weight: number;
  maxScore: number;
}

export interface PhaseOffset {
  days: number;
  dayKind: DayKind;
  time?: string;
}

export type PhaseName = 'selfCheckDue' | 'mutualInspectionDue' | 'meeting' | 'reportDue';
export type PhaseWindows = Record<PhaseName, PhaseOffset>;

export type Cadence = { kind: 'monthly'; dayOfMonth: number; time: string } | { kind: 'cron'; expression: string };

/** GET /programmes/defaults: what a new programme gets for each field it leaves out. */
export interface ProgrammeDefaults {
  cadence: Cadence;
  phaseWindows: PhaseWindows;
  rubric: { criteria: Criterion[] };
  pairingStrategy: 'rotation';
  repeatLookback: number;
}

export interface Programme extends ProgrammeDefaults {
  id: string;
  regionId: string;
  name: string;
  participants: string[];
  paused: boolean;
}

export interface RegionWithMembers {
  id: string;
  name: string;
  leadUnit: { id: string; name: string };
  members: { id: string; name: string }[];
}

export interface CycleSummary {
  id: string;
  programmeId: string;
  period: string;
  cycleNumber: number;
  phase: CyclePhase;
  startedAt: string;
  closedAt: string | null;
  participants: string[];
}

export interface Submission {
  id: string;
  kind: 'self_check' | 'mutual_inspection';
  inspectorUnitId: string;
  inspecteeUnitId: string;
  scores: Record<string, number>;
  comments: string;
  submittedAt: string;
  late: boolean;
}

export interface Finding {
  id: string;
  unitId: string;
  criterionKey: string;
  description: string;
  severity: Severity;
  deduction: number;
  requirement: string;
  deadline: string;
  itemId: string;
  repeatOf: string[];
}

export interface Meeting {
  minutes: string;
  attendance: { unitId: string; present: boolean; attendees: string[] }[];
  heldAt: string;
}

/** The report (上报/通报): ranking with its change, findings with 屡查屡犯, 对账 per unit. */
export interface CycleReport {
  cycleNumber: number;
  period: string;
  generatedAt: string;
  ranking: {
    unitId: string;
    unitName: string;
    total: number;
    rank: number;
    rankChange?: number;
    totalChange?: number;
  }[];
  unscored: string[];
  findings: {
    id: string;
    unitId: string;
    criterionKey: string;
    severity: Severity;
    description: string;
    itemId: string;
    repeat: boolean;
  }[];
  repeats: { unitId: string; count: number }[];
  reconciliation: { unitId: string; unitName: string; found: number; closed: number; open: number; overdue: number }[];
  openFromEarlier: { itemId: string; unitId: string; title: string; deadline: string; status: string }[];
}

export interface CycleDetail extends CycleSummary {
  /** The region's lead unit (主责单位): it records the meeting. */
  leadUnitId: string;
  /** The rubric this cycle is scored by. */
  rubric: { criteria: Criterion[] };
  pairs: { inspector: string; inspectee: string }[];
  dueTimes: Record<PhaseName, string>;
  submissions: Submission[];
  findings: Finding[];
  meeting: Meeting | null;
  report: CycleReport | null;
}

/** A finding as the inspection form sends it (POST /cycles/{id}/inspections, findings[]). */
export interface FindingInput {
  criterionKey: string;
  description: string;
  severity: Severity;
  deduction: number;
  requirement: string;
  deadline: string;
  files: string[];
}
