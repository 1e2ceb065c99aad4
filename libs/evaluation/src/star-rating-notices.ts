import type { DataSource } from 'typeorm';
import { createWorkCalendar, localDateOf, type RatingAudience } from '../../domain/src';
import { composeMessage, type RatingMessage, timeLeftUntil } from '../../messages/src';
import { inboxText } from '../../notifications/src/templates';
import { committeeAbove } from '../../organisation/src/organisation-queries';
import type { StarRatingActivities } from '../../../workflows/star-rating.contracts';
import { starRatingWorkflowId } from '../../../workflows/star-rating.contracts';
import type { StarRatingResults } from './star-rating';

interface RatingRow {
  region: string;
  lead_unit_id: string;
  lead_unit: string;
  members: { id: string; name: string }[];
  notice_ends_at: Date | null;
  results: StarRatingResults | null;
}

interface ObjectionRow {
  unit_id: string;
  unit: string;
  reason: string;
  status: 'open' | 'upheld' | 'dismissed';
  answer: string | null;
}

/** The outbox's audience column of each rating audience (the lead unit follows a rating as items' verifier). */
const AUDIENCE_COLUMN: Record<RatingAudience, 'verifier' | 'committee' | 'unit'> = {
  lead: 'verifier',
  committee: 'committee',
  units: 'unit',
  objector: 'unit',
};

/**
 * The outbox rows of one event of a rating, worded by the catalogue: each notice to its recipients (every unit of the
 * region for a 通报, the lead unit, the committee above it, or the objecting unit). Keyed by the workflow, the event,
 * the kind, the audience and the recipient, so a retried activity writes nothing twice.
 */
export function createStarRatingNotices(db: DataSource): Pick<StarRatingActivities, 'notifyStarRating'> {
  return {
    async notifyStarRating({ input, key, notices, at }) {
      const [rating] = await db.query<RatingRow[]>(
        `SELECT r.name AS region, r.lead_unit_id, lu.name AS lead_unit, sr.notice_ends_at, sr.results,
                (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.path), '[]')
                   FROM region_members m JOIN units u ON u.id = m.unit_id WHERE m.region_id = r.id) AS members
           FROM star_ratings sr JOIN regions r ON r.id = sr.region_id JOIN units lu ON lu.id = r.lead_unit_id
          WHERE sr.id = $1`,
        [input.ratingId],
      );
      const committee = await committeeAbove(db, rating.lead_unit_id);
      const calendar = createWorkCalendar(input.calendarOverrides);
      const workflowId = starRatingWorkflowId(input.regionId, input.year);
      const ranking = (rating.results?.units ?? [])
        .map((u) => ({ unit: u.unitName, points: u.points, stars: u.stars, rank: u.rank }))
        .sort((a, b) => a.rank - b.rank);
      await db.transaction(async (tx) => {
        for (const notice of notices) {
          const [objection] = notice.objectionId
            ? await tx.query<ObjectionRow[]>(
                `SELECT o.unit_id, u.name AS unit, o.reason, o.status, o.answer
                   FROM star_rating_objections o JOIN units u ON u.id = o.unit_id WHERE o.id = $1`,
                [notice.objectionId],
              )
            : [];
          const recipients = {
            lead: [rating.lead_unit_id],
            committee: [committee],
            units: rating.members.map((m) => m.id),
            objector: objection ? [objection.unit_id] : [],
          }[notice.audience];
          const sentAt = notice.alert?.dueAt ?? at;
          const today = localDateOf(sentAt, input.timeZone);
          const model: RatingMessage = {
            kind: notice.kind,
            audience: notice.audience === 'lead' ? 'lead' : notice.audience === 'committee' ? 'committee' : 'unit',
            today,
            rating: { region: rating.region, year: input.year, leadUnit: rating.lead_unit },
            step: notice.step
              ? {
                  kind: notice.step.kind,
                  due: notice.step.due,
                  timeLeft: timeLeftUntil(notice.step.due, today, calendar),
                }
              : null,
            level: notice.alert?.level ?? null,
            // The 公示 ends at the midnight after its last day: the message names that day.
            noticeLastDay:
              notice.kind === 'rating_published' && rating.notice_ends_at
                ? localDateOf(rating.notice_ends_at.getTime() - 1, input.timeZone)
                : null,
            ranking: ['rating_review', 'rating_published', 'rating_final'].includes(notice.kind) ? ranking : [],
            objection: objection
              ? {
                  unit: objection.unit,
                  reason: objection.reason,
                  upheld: objection.status === 'open' ? null : objection.status === 'upheld',
                  answer: objection.answer,
                }
              : null,
          };
          const composed = composeMessage(model, 'zh');
          for (const unitId of recipients) {
            await tx.query(
              `INSERT INTO notifications (idempotency_key, star_rating_id, kind, recipient_unit_id, audience, title, body,
                 due_at, facts)
               VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (idempotency_key) DO NOTHING`,
              [
                `${workflowId}:${key}:${notice.kind}:${notice.audience}:${unitId}`,
                input.ratingId,
                notice.kind,
                unitId,
                AUDIENCE_COLUMN[notice.audience],
                composed.subject,
                inboxText(composed),
                new Date(sentAt),
                JSON.stringify(model),
              ],
            );
          }
        }
      });
    },
  };
}
