import type { DataSource, EntityManager } from 'typeorm';
import type { MessageModel as CatalogueModel } from '../../messages/src';
import { consoleLink } from './links';
import type { MessageModel } from './templates';

interface Row {
  id: string;
  kind: string;
  title: string;
  body: string;
  item_id: string | null;
  cycle_id: string | null;
  star_rating_id: string | null;
  facts: CatalogueModel | null;
}

/**
 * The outbox rows to render: the typed model each was written with (names, dates, reasons as they were when the
 * event happened) and the console page its link opens (links.ts).
 */
export async function loadMessageModels(
  db: DataSource | EntityManager,
  notificationIds: string[],
  publicUrl: string,
): Promise<Map<string, MessageModel>> {
  const rows: Row[] = await db.query(
    `SELECT n.id::text AS id, n.kind, n.title, n.body, n.item_id, n.cycle_id, n.star_rating_id, n.facts
       FROM notifications n WHERE n.id = ANY($1::bigint[])`,
    [notificationIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        notificationId: r.id,
        kind: r.kind,
        model: r.facts,
        title: r.title,
        body: r.body,
        ...linkOf(consoleLink(publicUrl, { itemId: r.item_id, cycleId: r.cycle_id, starRatingId: r.star_rating_id })),
      },
    ]),
  );
}

const linkOf = ({ url, target }: ReturnType<typeof consoleLink>) => ({ link: url, linkTarget: target });
