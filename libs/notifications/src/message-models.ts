import type { DataSource, EntityManager } from 'typeorm';
import { consoleLink } from './links';
import type { MessageModel } from './templates';

interface Row {
  id: string;
  kind: string;
  title: string;
  body: string;
  idempotency_key: string;
  item_id: string | null;
  cycle_id: string | null;
  unit_name: string;
  item_title: string | null;
  deadline: string | null;
  light: 'green' | 'yellow' | 'red' | null;
  escalation_level: number | null;
  milestones: { key: string; label: string; due: string; done: boolean }[] | null;
  due_at: Date;
}

/**
 * The models of outbox rows for rendering: the item's title, responsible unit, deadline and light from the ledger,
 * and the milestone a reminder (from its idempotency key) or a 催办 (the earliest open overdue one) is about.
 */
export async function loadMessageModels(
  db: DataSource | EntityManager,
  notificationIds: string[],
  publicUrl: string,
  tzDate: (instant: number) => string,
): Promise<Map<string, MessageModel>> {
  const rows: Row[] = await db.query(
    `SELECT n.id::text AS id, n.kind, n.title, n.body, n.idempotency_key, n.item_id, n.cycle_id, n.due_at,
            COALESCE(ru.name, u.name) AS unit_name, i.title AS item_title, i.deadline, i.light, i.escalation_level,
            i.milestones
       FROM notifications n
       JOIN units u ON u.id = n.recipient_unit_id
       LEFT JOIN items i ON i.id = n.item_id
       LEFT JOIN units ru ON ru.id = i.responsible_unit_id
      WHERE n.id = ANY($1::bigint[])`,
    [notificationIds],
  );
  const models = new Map<string, MessageModel>();
  for (const r of rows) {
    const { url: link, target: linkTarget } = consoleLink(publicUrl, { itemId: r.item_id, cycleId: r.cycle_id });
    const model: MessageModel = {
      notificationId: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      unitName: r.unit_name,
      link,
      linkTarget,
    };
    if (r.item_id && r.item_title && r.deadline && r.light) {
      const milestones = r.milestones ?? [];
      const fromKey = /:reminder:([a-z_]+):T-/.exec(r.idempotency_key)?.[1];
      const today = tzDate(r.due_at.getTime());
      const milestone =
        r.kind === 'reminder'
          ? milestones.find((m) => m.key === fromKey)
          : r.kind === 'overdue_chase'
            ? milestones.find((m) => !m.done && m.due < today)
            : undefined;
      model.item = {
        id: r.item_id,
        title: r.item_title,
        deadline: r.deadline,
        light: r.light,
        escalationLevel: r.escalation_level ?? 0,
        ...(milestone ? { milestone: { label: milestone.label, due: milestone.due } } : {}),
      };
    }
    models.set(r.id, model);
  }
  return models;
}
