import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/src';
import { createWorkCalendar, localDateOf, obligationDates, obligationPeriodOf } from '../../domain/src';
import { recordFileReferences } from '../../files/src/file-references';
import { composeMessage, type ObligationMessage, type ObligationMessageKind, timeLeftUntil } from '../../messages/src';
import { inboxText } from '../../notifications/src/templates';
import { committeeAbove } from '../../organisation/src/organisation-queries';
import { PoliciesService } from '../../policies/src/policies.service';
import { nameBasedId } from '../../programmes/src/cycle-id';
import type {
  ObligationActivities,
  ObligationChange,
  ObligationEventInput,
  ObligationInput,
  ObligationIntent,
  ObligationRecordInput,
  ObligationState,
} from '../../../workflows/obligation-contracts';
import { obligationWorkflowIds } from '../../../workflows/obligation-contracts';
import type { ObligationTypeDefinition } from './obligation-types';

/** The id of a unit's obligation of a period, derived like a cycle's (the same name-based UUID). */
export function obligationIdOf(typeId: string, unitId: string, period: string): string {
  return nameBasedId(`obligation:${typeId}:${unitId}:${period}`);
}

/** The version of a type in force for a period that starts on `date`: the newest effective on or before it. */
export async function typeVersionFor(
  db: DataSource | EntityManager,
  typeId: string,
  date: string,
): Promise<{ version: number; definition: ObligationTypeDefinition } | undefined> {
  const [row] = await db.query<{ version: number; definition: ObligationTypeDefinition }[]>(
    `SELECT version, definition FROM obligation_type_versions
      WHERE type_id = $1 AND effective_from <= $2::date ORDER BY version DESC LIMIT 1`,
    [typeId, date],
  );
  return row;
}

/**
 * Activities of the obligation workflows. Idempotent by construction like the items': the ledger row only moves
 * forward (projection_seq), events have a unique (obligation, seq), records their id, notifications a key.
 */
export function createObligationActivities(
  db: DataSource,
  config: Pick<AppConfig, 'orgTimeZone'>,
): ObligationActivities {
  const policies = new PoliciesService(db);
  return {
    /**
     * The inputs of every obligation the period of `scheduledAt` owes under the type's version in force for it: one
     * per unit the type applies to, with its lead unit (who confirms), its committee, dates and the items' policy.
     */
    async prepareObligations(typeId: string, scheduledAt: number): Promise<ObligationInput[]> {
      const timeZone = config.orgTimeZone;
      const version = await typeVersionFor(db, typeId, localDateOf(scheduledAt, timeZone));
      if (!version) return [];
      const def = version.definition;
      const [set, calendarOverrides] = await Promise.all([
        def.policyVersion === null ? policies.latest() : policies.get(def.policyVersion),
        policies.calendarOverrides(),
      ]);
      const period = obligationPeriodOf(def.cadence, scheduledAt, timeZone);
      // The version in force is the one for the period's first day (a catch-up fire may come days later).
      const governing = (await typeVersionFor(db, typeId, period.start)) ?? version;
      const d = governing.definition;
      const dates = obligationDates(period, d.window, d.closeAfterWorkingDays, createWorkCalendar(calendarOverrides));
      const units: {
        id: string;
        name: string;
        region_id: string | null;
        region_name: string | null;
        lead: string | null;
      }[] = await db.query(
        `SELECT u.id, u.name, r.id AS region_id, r.name AS region_name, r.lead_unit_id AS lead
             FROM units u
             LEFT JOIN LATERAL (SELECT rg.* FROM region_members m JOIN regions rg ON rg.id = m.region_id
                                 WHERE m.unit_id = u.id ORDER BY rg.created_at, rg.id LIMIT 1) r ON true
            WHERE ($1::text[] IS NOT NULL AND u.kind = ANY($1::text[])) OR u.id = ANY($2::uuid[])
            ORDER BY u.path`,
        [
          d.appliesTo.kind === 'unit_kinds' ? d.appliesTo.unitKinds : null,
          d.appliesTo.kind === 'units' ? d.appliesTo.unitIds : [],
        ],
      );
      const inputs: ObligationInput[] = [];
      for (const unit of units) {
        inputs.push({
          obligationId: obligationIdOf(typeId, unit.id, period.key),
          typeId,
          typeVersion: governing.version,
          unitId: unit.id,
          regionId: unit.region_id,
          // A lead unit's own records have nobody above them in the region to confirm them.
          confirmingUnitId: d.confirmation && unit.lead && unit.lead !== unit.id ? unit.lead : null,
          committeeUnitId: await committeeAbove(db, unit.id),
          dates,
          requires: d.requires,
          policy: { ...set.base, version: set.version },
          calendarOverrides,
          timeZone,
          names: { type: d.name, unit: unit.name, region: unit.region_name },
        });
      }
      return inputs;
    },

    async projectObligation(change: ObligationChange): Promise<void> {
      const { input, state, event, notify } = change;
      const at = new Date(event.at);
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO obligations (id, workflow_id, type_id, type_version, unit_id, region_id, confirming_unit_id, period,
             period_start, period_end, due_date, closes_on, status, first_submitted_on, escalation_level, chases,
             projection_seq, opened_at, updated_at, done_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$18,$19)
           ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, first_submitted_on = EXCLUDED.first_submitted_on,
             escalation_level = EXCLUDED.escalation_level, chases = EXCLUDED.chases,
             projection_seq = EXCLUDED.projection_seq, updated_at = EXCLUDED.updated_at, done_at = EXCLUDED.done_at
           WHERE obligations.projection_seq < EXCLUDED.projection_seq`,
          [
            input.obligationId,
            obligationWorkflowIds.obligation(input.typeId, input.unitId, input.dates.period.key),
            input.typeId,
            input.typeVersion,
            input.unitId,
            input.regionId,
            input.confirmingUnitId,
            input.dates.period.key,
            input.dates.period.start,
            input.dates.period.end,
            input.dates.due,
            input.dates.closes,
            state.status,
            state.firstSubmittedOn,
            state.escalationLevel,
            state.chases,
            event.seq,
            at,
            state.status === 'done' ? at : null,
          ],
        );
        await tx.query(
          `INSERT INTO obligation_events (obligation_id, seq, kind, actor_person_id, at, reason, data)
           VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (obligation_id, seq) DO NOTHING`,
          [
            input.obligationId,
            event.seq,
            event.kind,
            event.actorPersonId,
            at,
            event.reason ?? null,
            JSON.stringify(event.data ?? {}),
          ],
        );
        if (change.record) await writeRecord(tx, input, state, event, change.record);
        if (change.decision) {
          await tx.query(
            `UPDATE obligation_records SET decision = $2, decision_reason = $3, decided_by = $4, decided_at = $5
              WHERE id = $1 AND decision IS NULL`,
            [
              change.decision.recordId,
              change.decision.decision === 'confirm' ? 'confirmed' : 'sent_back',
              change.decision.reason ?? null,
              event.actorPersonId,
              at,
            ],
          );
        }
        await writeNotices(tx, input, event, notify);
      });
    },
  };
}

async function writeRecord(
  tx: EntityManager,
  input: ObligationInput,
  state: ObligationState,
  event: ObligationEventInput,
  rec: ObligationRecordInput,
): Promise<void> {
  await tx.query(
    `INSERT INTO obligation_records (id, obligation_id, attempt, title, held_on, attendees_count, attendee_ids, minutes,
       submitted_by, submitted_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (id) DO NOTHING`,
    [
      rec.recordId,
      input.obligationId,
      state.attempt,
      rec.title,
      rec.heldOn,
      rec.attendeesCount,
      rec.attendeeIds,
      rec.minutes,
      event.actorPersonId,
      new Date(event.at),
    ],
  );
  await recordFileReferences(tx, rec.files, { subject: 'obligation_record', recordId: rec.recordId });
}

const MESSAGE_KIND: Record<string, ObligationMessageKind> = {
  reminder: 'obligation_reminder',
  overdue_chase: 'obligation_chase',
  escalation: 'obligation_escalation',
};

/** The outbox rows of one event, worded by the catalogue (the inbox keeps the Chinese text; channels the model). */
async function writeNotices(
  tx: EntityManager,
  input: ObligationInput,
  event: ObligationEventInput,
  notify: ObligationIntent[],
): Promise<void> {
  if (notify.length === 0) return;
  const ids = [input.unitId, input.confirmingUnitId].filter((u): u is string => u !== null);
  const names = new Map<string, string>(
    (await tx.query('SELECT id, name FROM units WHERE id = ANY($1::uuid[])', [ids])).map(
      (r: { id: string; name: string }) => [r.id, r.name],
    ),
  );
  const workflowId = obligationWorkflowIds.obligation(input.typeId, input.unitId, input.dates.period.key);
  const calendar = createWorkCalendar(input.calendarOverrides);
  for (const intent of notify) {
    const recipient = {
      responsible: input.unitId,
      verifier: input.confirmingUnitId ?? input.committeeUnitId,
      committee: input.committeeUnitId,
    }[intent.audience];
    const sentAt = intent.alert?.dueAt ?? event.at;
    const today = localDateOf(sentAt, input.timeZone);
    const model: ObligationMessage = {
      kind: MESSAGE_KIND[intent.kind] ?? (intent.kind as ObligationMessageKind),
      audience: intent.audience === 'responsible' ? 'unit' : 'up',
      today,
      obligation: {
        type: input.names.type,
        period: input.dates.period.key,
        unit: names.get(input.unitId) ?? input.names.unit,
        leadUnit: input.confirmingUnitId ? (names.get(input.confirmingUnitId) ?? null) : null,
        due: input.dates.due,
        closes: input.dates.closes,
      },
      timeLeft: timeLeftUntil(input.dates.due, today, calendar),
      level: intent.alert?.level ?? null,
      reason: event.reason ?? null,
    };
    const composed = composeMessage(model, 'zh');
    const key = intent.alert
      ? `${workflowId}:${intent.alert.key}:${intent.audience}`
      : `${workflowId}:event-${event.seq}:${intent.audience}`;
    await tx.query(
      `INSERT INTO notifications (idempotency_key, obligation_id, kind, recipient_unit_id, audience, title, body, due_at,
         facts)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        key,
        input.obligationId,
        intent.kind,
        recipient,
        intent.audience,
        composed.subject,
        inboxText(composed),
        new Date(sentAt),
        JSON.stringify(model),
      ],
    );
  }
}
