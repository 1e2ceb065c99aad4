import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import {
  addCalendarDays,
  type Alert,
  alertsBetween,
  type CalendarOverride,
  createWorkCalendar,
  POLICY_SET_V1,
  type ItemPolicy,
  localDateOf,
  milestoneOwner,
  planMilestones,
  resolvePolicy,
} from '../../libs/domain/src';
import type { ItemInput } from '../../workflows/contracts';
import { eventually } from './harness';

const TZ = 'Asia/Shanghai';
const MINUTE = 60_000;

/**
 * Items whose reminders fall due at one wall-clock minute a little ahead, for drills in real time on a real Temporal
 * server: reminderTimeLocal is policy data, the deadline is the day after that minute and the milestones are
 * planned no earlier than tomorrow, so each item's four T−1 reminders are due at that minute.
 */
export interface NearReminders {
  /** The reminder minute as an instant, and as local wall-clock text for logs. */
  dueAt: number;
  dueLocal: string;
  inputs: ItemInput[];
}

/** Item inputs for the demo region (芜湖片区) with their reminders due at the first whole minute after `leadMs`. */
export async function nearReminders(db: DataSource, count: number, leadMs: number): Promise<NearReminders> {
  const [region] = await db.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`);
  const [committee] = await db.query(`SELECT id FROM units WHERE kind = 'committee'`);
  const [leadAdmin] = await db.query(`SELECT id FROM people WHERE name LIKE '%李强%'`);
  const members: { id: string }[] = await db.query(
    `SELECT m.unit_id AS id FROM region_members m WHERE m.region_id = $1 AND m.unit_id <> $2 ORDER BY 1`,
    [region.id, region.lead_unit_id],
  );
  const dueAt = Math.ceil((Date.now() + leadMs) / MINUTE) * MINUTE;
  const dueLocal = new Date(dueAt + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' '); // UTC+8, no DST
  const dueDate = localDateOf(dueAt, TZ);
  const policy: ItemPolicy = {
    ...resolvePolicy(POLICY_SET_V1, 'major'),
    reminderOffsetsDays: [1, 0],
    reminderTimeLocal: dueLocal.slice(11),
  };
  // A weekend or holiday would move the reminders to the working day before, i.e. into the past.
  const calendarOverrides: CalendarOverride[] = [-1, 0, 1, 2, 3].map((n) => ({
    date: addCalendarDays(dueDate, n),
    kind: 'workday',
  }));
  const inputs = Array.from({ length: count }, (_, i): ItemInput => ({
    itemId: randomUUID(),
    regionId: region.id,
    responsibleUnitId: members[i % members.length].id,
    responsiblePersonId: null,
    verifierUnitId: region.lead_unit_id,
    committeeUnitId: committee.id,
    title: `演练整改项 ${i + 1}`,
    description: '',
    requirement: '',
    severity: 'major',
    deadline: addCalendarDays(dueDate, 1),
    policyVersion: 1,
    policy,
    timeZone: TZ,
    calendarOverrides,
    createdBy: leadAdmin.id,
  }));
  return { dueAt, dueLocal, inputs };
}

/**
 * Starts the item workflows in batches of 50 and waits until every one has written its 'created' event (longer when
 * a worker is killed meanwhile: the tasks it held come back after their timeouts).
 */
export async function startItems(
  client: Client,
  taskQueue: string,
  db: DataSource,
  inputs: ItemInput[],
  timeoutMs = 60_000 + inputs.length * 100,
): Promise<void> {
  for (let i = 0; i < inputs.length; i += 50) {
    await Promise.all(
      inputs
        .slice(i, i + 50)
        .map((input) =>
          client.workflow.start('itemWorkflow', { workflowId: `item-${input.itemId}`, taskQueue, args: [input] }),
        ),
    );
  }
  await eventually(
    async () =>
      (
        await db.query(`SELECT count(*)::int AS n FROM item_events WHERE item_id = ANY($1)`, [
          inputs.map((x) => x.itemId),
        ])
      )[0].n === inputs.length
        ? true
        : undefined,
    timeoutMs,
  );
}

/** What the pure policy says each item must be told from its 'created' event up to `until`, per item id. */
export async function expectedAlerts(
  db: DataSource,
  inputs: ItemInput[],
  until: number,
): Promise<Map<string, Alert[]>> {
  const created: { item_id: string; at: Date }[] = await db.query(
    `SELECT item_id, at FROM item_events WHERE kind = 'created' AND item_id = ANY($1)`,
    [inputs.map((x) => x.itemId)],
  );
  const createdAt = new Map(created.map((r) => [r.item_id, r.at.getTime()]));
  const ladder = new Map<string, Alert[]>();
  for (const input of inputs) {
    const from = createdAt.get(input.itemId) as number;
    const calendar = createWorkCalendar(input.calendarOverrides);
    const { deadline, policy } = input;
    const milestones = planMilestones({ deadline, today: localDateOf(from, TZ), policy, calendar });
    ladder.set(
      input.itemId,
      alertsBetween({ milestones, completed: [], deadline, policy, calendar, tz: TZ }, from, until),
    );
  }
  return ladder;
}

/** Alerts written to the timelines of these items so far ('created' and human actions aside). */
export async function alertsWritten(db: DataSource, inputs: ItemInput[]): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM item_events WHERE item_id = ANY($1) AND data ? 'alert'`,
    [inputs.map((x) => x.itemId)],
  );
  return row.n;
}

/**
 * Exactly once, counted against the policy: each timeline's alerts are the expected ones in order, each once (a
 * lost alert would be missing, a doubled one a repeat), seqs without gaps; and each alert's notification (the inbox
 * row) is there once, at the alert's due time, with no other reminder notification beside them.
 */
export async function expectDeliveredExactlyOnce(db: DataSource, ladder: Map<string, Alert[]>): Promise<void> {
  const ids = [...ladder.keys()];
  const events: { item_id: string; seqs: number[]; keys: (string | null)[] }[] = await db.query(
    `SELECT item_id, array_agg(seq ORDER BY seq) AS seqs, array_agg(data->'alert'->>'key' ORDER BY seq) AS keys
       FROM item_events WHERE item_id = ANY($1) GROUP BY item_id`,
    [ids],
  );
  const notes: { idempotency_key: string; due_at: Date }[] = await db.query(
    `SELECT idempotency_key, due_at FROM notifications
      WHERE item_id = ANY($1) AND kind IN ('reminder','overdue_chase','escalation')`,
    [ids],
  );
  expect(events).toHaveLength(ids.length);
  const wantKeys = new Map<string, number>();
  for (const e of events) {
    const alerts = ladder.get(e.item_id) ?? [];
    expect(e.seqs).toEqual(e.seqs.map((_, i) => i + 1));
    const delivered = e.keys.filter((k) => k !== null);
    expect({ item: e.item_id, alerts: delivered }).toEqual({ item: e.item_id, alerts: alerts.map((a) => a.key) });
    for (const alert of alerts) {
      // Only reminders fall before the deadline; each goes to its milestone's owner.
      wantKeys.set(`item-${e.item_id}:${alert.key}:${milestoneOwner(alert.milestone ?? 'verification')}`, alert.dueAt);
    }
  }
  expect(notes.map((n) => n.idempotency_key).sort()).toEqual([...wantKeys.keys()].sort());
  expect(notes.filter((n) => n.due_at.getTime() !== wantKeys.get(n.idempotency_key))).toEqual([]);
}
