import type { DataSource, EntityManager } from 'typeorm';
import {
  type ItemActivities,
  type ItemChange,
  type ItemState,
  type TimelineEventInput,
  workflowIds,
} from '../../../workflows/contracts';
import { recordFileReferences } from '../../files/src/file-references';
import { composeMessage } from '../../messages/src';
import { inboxText } from '../../notifications/src/templates';
import { itemMessage, type MessageNames, namedIds } from './item-messages';

/**
 * The item workflow's activities, implementing its port (`ItemActivities` in the workflow's contracts). Idempotent
 * by construction: the ledger row only moves forward (projection_seq), the event has a unique (item, seq), and each
 * notification a unique idempotency key, so a retried or replayed call writes nothing twice.
 */
export function createItemActivities(db: DataSource): ItemActivities {
  return {
    async projectItem({ state, event, notify }: ItemChange): Promise<void> {
      const { input } = state;
      const at = new Date(event.at);
      const workflowId = workflowIds.item(input.itemId);
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO items (id, workflow_id, region_id, responsible_unit_id, responsible_person_id, verifier_unit_id,
             title, description, requirement, severity, deadline, original_deadline, status, light, escalation_level,
             policy_version, milestones, pending_extension, projection_seq, created_by, created_at, updated_at, closed_at,
             cycle_id, source, time_zone)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$21,$22,$23,$24,$25)
           ON CONFLICT (id) DO UPDATE SET
             responsible_unit_id = EXCLUDED.responsible_unit_id, responsible_person_id = EXCLUDED.responsible_person_id,
             deadline = EXCLUDED.deadline, status = EXCLUDED.status, light = EXCLUDED.light,
             escalation_level = EXCLUDED.escalation_level, milestones = EXCLUDED.milestones,
             pending_extension = EXCLUDED.pending_extension, projection_seq = EXCLUDED.projection_seq,
             policy_version = EXCLUDED.policy_version,
             updated_at = EXCLUDED.updated_at, closed_at = EXCLUDED.closed_at
           WHERE items.projection_seq < EXCLUDED.projection_seq`,
          [
            input.itemId,
            workflowId,
            input.regionId,
            state.responsibleUnitId,
            state.responsiblePersonId,
            input.verifierUnitId,
            input.title,
            input.description,
            input.requirement,
            input.severity,
            state.deadline,
            input.deadline,
            state.status,
            state.light,
            state.escalationLevel,
            input.policyVersion,
            JSON.stringify(state.milestones.map((m) => ({ ...m, done: state.completed.includes(m.key) }))),
            state.pendingExtension ? JSON.stringify(state.pendingExtension) : null,
            event.seq,
            input.createdBy,
            at,
            state.status === 'closed' ? at : null,
            input.cycleId ?? null,
            input.cycleId ? 'inspection' : 'manual',
            input.timeZone,
          ],
        );
        await tx.query(
          `INSERT INTO item_events (item_id, seq, kind, actor_person_id, actor_side, at, reason, data)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (item_id, seq) DO NOTHING`,
          [
            input.itemId,
            event.seq,
            event.kind,
            event.actor?.personId ?? null,
            event.actor?.side ?? null,
            at,
            event.reason ?? null,
            JSON.stringify(event.data ?? {}),
          ],
        );
        await recordFileReferences(tx, event.files, { subject: 'item_event', itemId: input.itemId, seq: event.seq });
        const names = notify.length > 0 ? await lookUpNames(tx, state, event) : undefined;
        for (const intent of notify) {
          const recipient = {
            responsible: state.responsibleUnitId,
            verifier: input.verifierUnitId,
            committee: input.committeeUnitId,
          }[intent.audience];
          const key = intent.alert
            ? `${workflowId}:${intent.alert.key}:${intent.audience}`
            : `${workflowId}:event-${event.seq}:${intent.audience}`;
          // The inbox shows the Chinese text; every other channel renders the stored model in its reader's language.
          const model = itemMessage(intent, state, event, names as MessageNames);
          const composed = composeMessage(model, 'zh');
          await tx.query(
            `INSERT INTO notifications (idempotency_key, item_id, kind, recipient_unit_id, audience, title, body, due_at,
               facts)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (idempotency_key) DO NOTHING`,
            [
              key,
              input.itemId,
              intent.kind,
              recipient,
              intent.audience,
              composed.subject,
              inboxText(composed),
              new Date(intent.alert?.dueAt ?? event.at),
              JSON.stringify(model),
            ],
          );
        }
      });
    },
  };
}

/** The names a message mentions (units, people, the cycle), in one round trip. */
async function lookUpNames(tx: EntityManager, state: ItemState, event: TimelineEventInput): Promise<MessageNames> {
  const ids = namedIds(state, event);
  const rows: { kind: 'unit' | 'person' | 'cycle'; id: string; name: string }[] = await tx.query(
    `SELECT 'unit' AS kind, id::text, name FROM units WHERE id = ANY($1::uuid[])
     UNION ALL SELECT 'person', id::text, name FROM people WHERE id = ANY($2::uuid[])
     UNION ALL SELECT 'cycle', c.id::text, p.name || ' ' || c.period FROM cycles c
       JOIN programmes p ON p.id = c.programme_id WHERE c.id = $3::uuid`,
    [ids.units, ids.people, state.input.cycleId ?? null],
  );
  const of = (kind: string) => new Map(rows.filter((r) => r.kind === kind).map((r) => [r.id, r.name]));
  return { units: of('unit'), people: of('person'), cycle: rows.find((r) => r.kind === 'cycle')?.name ?? null };
}
