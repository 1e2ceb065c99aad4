import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../domain/src';
import { type Caller, coversUnit, isSystemAdmin } from '../../identity/src';
import { canSeeItem, type ItemParties } from '../../items/src/item-scope';
import { hashAckToken, isAckTokenShape } from './ack-link';

export interface InboxEntry {
  id: string;
  kind: string;
  title: string;
  body: string;
  itemId: string | null;
  cycleId: string | null;
  /** The star rating (评星) a rating notice is about. */
  starRatingId: string | null;
  recipientUnitId: string;
  dueAt: string;
  createdAt: string;
  readAt: string | null;
  acknowledgedAt: string | null;
}

/** Who a message was addressed to, and whether each has read and acknowledged it (已阅). */
export interface ReaderStatus {
  personId: string;
  name: string;
  readAt: string | null;
  acknowledgedAt: string | null;
}

/** The message an e-mail's 已阅 link names, and its one person. */
export interface AckLinkTarget {
  notificationId: string;
  personId: string;
  title: string;
  acknowledgedAt: string | null;
}

const notFound = (id: string) => new DomainError('NOT_FOUND', `No message ${id} in your inbox`, { id });

/** An inbox entry as person $1 sees it: the notification with that person's read and 已阅 marks. */
const INBOX_ENTRY_SELECT = `SELECT n.id::text AS id, n.kind, n.title, n.body, n.item_id AS "itemId",
              n.cycle_id AS "cycleId", n.star_rating_id AS "starRatingId",
              n.recipient_unit_id AS "recipientUnitId", n.due_at AS "dueAt",
              n.created_at AS "createdAt", r.read_at AS "readAt", a.acknowledged_at AS "acknowledgedAt"
         FROM notifications n
         LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.person_id = $1
         LEFT JOIN notification_acknowledgements a ON a.notification_id = n.id AND a.person_id = $1`;

/**
 * The in-app inbox (站内信): a message to a unit is addressed to the people holding a role on that unit; each of them
 * reads and acknowledges it on their own. Acknowledgements are kept in `notification_acknowledgements` and shown with
 * the item (the item's timeline `seq` belongs to its workflow, which is the one writer of item_events).
 */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Your messages, newest first, optionally only unread ones, one item's or one kind's; with the unread count. */
  async list(
    caller: Caller,
    query: { unreadOnly?: boolean; itemId?: string; kind?: string; limit: number; offset: number },
  ): Promise<{ items: InboxEntry[]; total: number; unreadCount: number }> {
    const params: unknown[] = [caller.personId];
    const mine = `n.recipient_unit_id IN (SELECT unit_id FROM role_assignments WHERE person_id = $1)`;
    const unread = `NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.person_id = $1)`;
    const where = [mine];
    if (query.unreadOnly) where.push(unread);
    if (query.itemId) where.push(`n.item_id = $${params.push(query.itemId)}`);
    if (query.kind) where.push(`n.kind = $${params.push(query.kind)}`);
    const condition = where.join(' AND ');
    const [[counts], rows] = await Promise.all([
      this.db.query(
        `SELECT count(*) FILTER (WHERE ${condition})::int AS total, count(*) FILTER (WHERE ${unread})::int AS unread
           FROM notifications n WHERE ${mine}`,
        params,
      ),
      this.db.query(
        `${INBOX_ENTRY_SELECT} WHERE ${condition}
          ORDER BY n.due_at DESC, n.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, query.limit, query.offset],
      ),
    ]);
    return { items: rows, total: counts.total, unreadCount: counts.unread };
  }

  async markRead(caller: Caller, id: string): Promise<InboxEntry> {
    await this.addressed(caller.personId, id);
    await this.db.query(
      `INSERT INTO notification_reads (notification_id, person_id) VALUES ($1,$2) ON CONFLICT DO NOTHING`,
      [id, caller.personId],
    );
    return this.entry(caller.personId, id);
  }

  /** 已阅 from the inbox; reading is implied. Idempotent: the first acknowledgement's time stays. */
  async acknowledge(caller: Caller, id: string): Promise<InboxEntry> {
    await this.addressed(caller.personId, id);
    await this.record(id, caller.personId, 'inbox');
    return this.entry(caller.personId, id);
  }

  /**
   * What an e-mail's 已阅 link stands for — the message and whether its person has acknowledged it — without
   * changing anything (a GET: mail scanners follow links by themselves). Unknown or expired tokens are 404.
   */
  async ackLinkTarget(token: string): Promise<AckLinkTarget> {
    const [row]: AckLinkTarget[] = await this.db.query(
      `SELECT d.notification_id::text AS "notificationId", d.recipient AS "personId", n.title,
              a.acknowledged_at AS "acknowledgedAt"
         FROM deliveries d JOIN notifications n ON n.id = d.notification_id
         LEFT JOIN notification_acknowledgements a ON a.notification_id = n.id AND a.person_id = d.recipient::uuid
        WHERE d.ack_token_hash = $1 AND d.channel = 'email' AND d.ack_expires_at > now()`,
      [isAckTokenShape(token) ? hashAckToken(token) : Buffer.alloc(0)],
    );
    if (!row) throw new DomainError('NOT_FOUND', '这个已阅链接无效或已过期，请登录后在站内信中确认', {});
    return row;
  }

  /** 已阅 from the link in an e-mail (the person's POST from the confirmation page). Idempotent. */
  async acknowledgeByToken(token: string): Promise<AckLinkTarget> {
    const target = await this.ackLinkTarget(token);
    await this.record(target.notificationId, target.personId, 'link');
    return this.ackLinkTarget(token);
  }

  /**
   * Who has and has not read a message (e.g. a 督办 escalation): for system admins, and for the sender's side — the
   * lead unit's admins and committee members above the item's verifier, or above the recipient for cycle notices.
   */
  async readers(caller: Caller, id: string): Promise<{ notificationId: string; readers: ReaderStatus[] }> {
    const [n] = await this.db.query<{ id: string; recipient_path: string; verifier_path: string | null }[]>(
      `SELECT n.id, ru.path AS recipient_path, vu.path AS verifier_path
         FROM notifications n JOIN units ru ON ru.id = n.recipient_unit_id
         LEFT JOIN items i ON i.id = n.item_id LEFT JOIN units vu ON vu.id = i.verifier_unit_id
        WHERE n.id = $1`,
      [id],
    );
    const allowed =
      n &&
      (isSystemAdmin(caller) ||
        coversUnit(caller, n.verifier_path ?? n.recipient_path, ['lead_admin', 'committee_member']));
    if (!allowed) throw new DomainError('NOT_FOUND', `No message ${id} that you sent or oversee`, { id });
    const readers = await this.db.query<ReaderStatus[]>(
      `SELECT DISTINCT p.id AS "personId", p.name, r.read_at AS "readAt", a.acknowledged_at AS "acknowledgedAt"
         FROM notifications n JOIN role_assignments ra ON ra.unit_id = n.recipient_unit_id
         JOIN people p ON p.id = ra.person_id
         LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.person_id = p.id
         LEFT JOIN notification_acknowledgements a ON a.notification_id = n.id AND a.person_id = p.id
        WHERE n.id = $1 ORDER BY p.name`,
      [id],
    );
    return { notificationId: String(id), readers };
  }

  /** The acknowledgements (已阅) of an item's messages, for whoever may see the item. */
  async itemAcknowledgements(caller: Caller, itemId: string) {
    const [parties] = await this.db.query<ItemParties[]>(
      `SELECT ru.path AS "responsibleUnitPath", vu.path AS "verifierUnitPath" FROM items i
         JOIN units ru ON ru.id = i.responsible_unit_id JOIN units vu ON vu.id = i.verifier_unit_id WHERE i.id = $1`,
      [itemId],
    );
    if (!parties || !canSeeItem(caller, parties)) throw new DomainError('NOT_FOUND', `No item ${itemId}`, { itemId });
    return this.db.query(
      `SELECT n.id::text AS "notificationId", n.kind, n.title, n.due_at AS "dueAt", p.id AS "personId",
              p.name AS "personName", a.via, a.acknowledged_at AS "acknowledgedAt"
         FROM notification_acknowledgements a JOIN notifications n ON n.id = a.notification_id
         JOIN people p ON p.id = a.person_id
        WHERE n.item_id = $1 ORDER BY a.acknowledged_at, n.id`,
      [itemId],
    );
  }

  private async record(notificationId: string, personId: string, via: 'inbox' | 'link'): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO notification_reads (notification_id, person_id) VALUES ($1,$2) ON CONFLICT DO NOTHING`,
        [notificationId, personId],
      );
      await tx.query(
        `INSERT INTO notification_acknowledgements (notification_id, person_id, via) VALUES ($1,$2,$3)
         ON CONFLICT DO NOTHING`,
        [notificationId, personId, via],
      );
    });
  }

  private async addressed(personId: string, id: string): Promise<void> {
    const [row] = await this.db.query<unknown[]>(
      `SELECT 1 FROM notifications n WHERE n.id = $1
          AND n.recipient_unit_id IN (SELECT unit_id FROM role_assignments WHERE person_id = $2)`,
      [id, personId],
    );
    if (!row) throw notFound(id);
  }

  private async entry(personId: string, id: string): Promise<InboxEntry> {
    const [row] = await this.db.query<InboxEntry[]>(
      `${INBOX_ENTRY_SELECT}
        WHERE n.id = $2`,
      [personId, id],
    );
    return row;
  }
}
