// The API's answers as the console reads them (to be generated from docs/openapi.json once it has schemas).
export type Light = 'green' | 'yellow' | 'red';
export type ItemStatus = 'open' | 'in_progress' | 'pending_verification' | 'closed' | 'cancelled';
export type Role = 'system_admin' | 'lead_admin' | 'branch_secretary' | 'committee_member';
export type ItemAction =
  | 'submitPlan'
  | 'reportProgress'
  | 'submitEvidence'
  | 'verify'
  | 'requestExtension'
  | 'decideExtension'
  | 'reassign'
  | 'cancel';

export interface Milestone {
  key: string;
  label: string;
  due: string;
  done: boolean;
}

export interface LedgerEntry {
  id: string;
  regionId: string;
  regionName?: string;
  responsibleUnitId: string;
  responsibleUnitName: string;
  responsiblePersonName?: string | null;
  cyclePeriod?: string | null;
  title: string;
  description: string;
  requirement: string;
  severity: string;
  deadline: string;
  originalDeadline: string;
  status: ItemStatus;
  light: Light;
  escalationLevel: number;
  overdueDays: number;
  milestones: Milestone[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface TimelineEvent {
  seq: number;
  kind: string;
  actorName: string | null;
  actorSide: string | null;
  at: string;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface ItemDetail extends LedgerEntry {
  verifierUnitId: string;
  pendingExtension: { proposedDeadline: string; reason?: string } | null;
  timeline: TimelineEvent[];
  allowedActions: ItemAction[];
}

export interface Page<T> {
  items: T[];
  total?: number;
  nextCursor?: string | null;
}

export interface LedgerCounts {
  total: number;
  byLight: Record<Light, number>;
  overdue: number;
  byUnit: {
    unitId: string;
    unitName: string;
    total: number;
    green: number;
    yellow: number;
    red: number;
    overdue: number;
  }[];
}

export interface InboxEntry {
  id: string;
  kind: string;
  title: string;
  body: string;
  itemId: string | null;
  cycleId: string | null;
  createdAt: string;
  readAt: string | null;
  acknowledgedAt: string | null;
}

export interface Inbox {
  unreadCount: number;
  total: number;
  items: InboxEntry[];
}

export interface BoardItem {
  id: string;
  title: string;
  regionName: string;
  responsibleUnitName: string;
  deadline: string;
  escalationLevel: number;
  light: Light;
  status: ItemStatus;
  overdueWorkingDays: number;
  lastChaseAt: string | null;
}

export interface BoardStats {
  open: number;
  overdue: number;
  closed: number;
  closedOnTimePct: number | null;
  avgDaysToClose: number | null;
}

export interface Board {
  today: string;
  total: number;
  committeeLevel: number;
  items: BoardItem[];
  nextCursor: string | null;
  byRegion: (BoardStats & { regionId: string; regionName: string })[];
  byUnit: (BoardStats & { unitId: string; unitName: string; regionName: string })[];
}

export interface Me {
  person: { id: string; name: string; unitId: string; unitName: string };
  roles: { role: Role; unitId: string; unitName: string }[];
  permissions: string[];
  unreadCount: number;
  /** A browser session (cookie, writes need its CSRF token) or a bearer token. */
  session?: { kind: 'session' | 'token'; expiresAt?: string; remember?: boolean; csrfToken?: string };
}

export interface Region {
  id: string;
  name: string;
  leadUnitId: string;
}

export interface Preferences {
  email: string | null;
  language: string;
  channels: Record<string, string[]>;
  quietHours?: unknown;
}
