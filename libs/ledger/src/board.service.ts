import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { createWorkCalendar, type Light, localDateOf, overdueWorkingDays } from '../../domain/src';
import { type Caller, isSystemAdmin } from '../../identity/src';
import { PoliciesService } from '../../policies/src';
import {
  cutPage,
  decodeCursor,
  type LedgerPageRow,
  LedgerSql,
  type LedgerSort,
  TODAY,
  visibleItemsCondition,
} from '../../items/src';

/** One escalated, overdue item on the committee board (督办). */
export interface BoardItem {
  id: string;
  title: string;
  regionId: string;
  regionName: string;
  responsibleUnitId: string;
  responsibleUnitName: string;
  deadline: string;
  escalationLevel: number;
  light: Light;
  status: string;
  /** Working days past the deadline (China's calendar with 调休 and the admin overrides). */
  overdueWorkingDays: number;
  /** The latest 催办 sent for the item, if any. */
  lastChaseAt: Date | null;
}

export interface BoardStats {
  open: number;
  overdue: number;
  closed: number;
  /** Closed on or before the deadline (an approved extension counts), percent of closed; null before any closure. */
  closedOnTimePct: number | null;
  /** Creation to 销号, in days, one decimal; null before any closure. */
  avgDaysToClose: number | null;
}

export interface BoardTrendPoint {
  period: string;
  cycles: number;
  items: number;
  closed: number;
  closedOnTimePct: number | null;
  open: number;
  overdue: number;
}

/** Which escalated overdue items a board page lists: all of them, or one region's, or a unit subtree's. */
export interface BoardView {
  regionId?: string;
  /** A responsible unit and its subtree. */
  unitId?: string;
}

/** One page of the board's list, most overdue first (deadline, then id), with the count of the whole list. */
export interface BoardItemsPage {
  today: string;
  /** Escalated overdue items in the view, on every page. */
  total: number;
  /** Of those, escalated to the committee (level 2, 党委督办). */
  committeeLevel: number;
  items: BoardItem[];
  /** Pass back as `cursor` (GET /board/items) for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface CommitteeBoard extends BoardItemsPage {
  byRegion: (BoardStats & { regionId: string; regionName: string })[];
  byUnit: (BoardStats & { unitId: string; unitName: string; regionName: string })[];
  /** The last 12 cycle periods (oldest first), fewer when fewer have run. */
  trend: BoardTrendPoint[];
}

interface StatsRow {
  open: number;
  overdue: number;
  closed: number;
  on_time: number;
  close_days: number | null;
}

type UnitStatsRow = StatsRow & { region_id: string; region_name: string; unit_id: string; unit_name: string };

/**
 * The statistics of a group of item_tallies rows: open items are counted per deadline, so "overdue" is exact today
 * without reading the items themselves.
 */
const TALLY_COLUMNS = `
  coalesce(sum(t.open), 0)::int AS open,
  coalesce(sum(t.open) FILTER (WHERE t.open_deadline < ${TODAY}), 0)::int AS overdue,
  coalesce(sum(t.closed), 0)::int AS closed,
  coalesce(sum(t.closed_on_time), 0)::int AS on_time,
  sum(t.close_days)::float8 AS close_days`;

/** Most overdue first: the earliest deadline has the most working days overdue; id breaks ties. */
const BOARD_ORDER: LedgerSort = 'deadline';

/** The latest 催办 of a board row (ix_notifications_item makes it a lookup). */
const LAST_CHASE = `(SELECT max(n.created_at) FROM notifications n
                      WHERE n.item_id = i.id AND n.kind = 'overdue_chase') AS last_chase_at`;

/**
 * The committee board (督办): the escalated items past their deadline across the regions the caller oversees, a page
 * at a time, with statistics per region and unit and the trend over the last 12 cycles. Scope as the ledger's.
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone' | 'secretKey'>,
    private readonly policies: PoliciesService,
  ) {}

  /** The first page of the list with the statistics and the trend (which do not depend on the view). */
  async board(caller: Caller, view: BoardView, limit: number): Promise<CommitteeBoard> {
    const [page, units, trend] = await Promise.all([
      this.items(caller, view, limit),
      this.units(caller),
      this.trend(caller),
    ]);
    const regions = new Map<string, StatsRow & { regionId: string; regionName: string }>();
    for (const u of units) {
      const r = regions.get(u.region_id) ?? {
        regionId: u.region_id,
        regionName: u.region_name,
        open: 0,
        overdue: 0,
        closed: 0,
        on_time: 0,
        close_days: null,
      };
      regions.set(u.region_id, r);
      r.open += u.open;
      r.overdue += u.overdue;
      r.closed += u.closed;
      r.on_time += u.on_time;
      if (u.close_days !== null) r.close_days = (r.close_days ?? 0) + u.close_days;
    }
    return {
      ...page,
      byRegion: [...regions.values()].map((r) => ({ regionId: r.regionId, regionName: r.regionName, ...stats(r) })),
      byUnit: units.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name, regionName: u.region_name, ...stats(u) })),
      trend,
    };
  }

  /**
   * One page of escalated overdue items, most overdue first, through the ledger's keyset pages and cursor; working
   * days overdue are worked out for the page's rows only.
   */
  async items(caller: Caller, view: BoardView, limit: number, cursor?: string): Promise<BoardItemsPage> {
    const today = localDateOf(Date.now(), this.config.orgTimeZone);
    const after = cursor ? decodeCursor(cursor, BOARD_ORDER, this.config.secretKey) : undefined;
    const sql = new LedgerSql(caller, this.config.orgTimeZone).filter(view).escalatedOverdue();
    const page = sql.page(BOARD_ORDER, limit, { after }, LAST_CHASE);
    const [fetched, [count], overrides] = await Promise.all([
      this.db.query<(LedgerPageRow & { last_chase_at: Date | null })[]>(page.sql, page.params),
      this.db.query<{ total: number; committee_level: number }[]>(
        sql.totalSql('count(*)::int AS total, count(*) FILTER (WHERE i.escalation_level = 2)::int AS committee_level'),
        sql.params,
      ),
      this.policies.calendarOverrides(),
    ]);
    const { rows, nextCursor } = cutPage(fetched, BOARD_ORDER, limit, this.config.secretKey);
    const calendar = createWorkCalendar(overrides);
    return {
      today,
      total: count.total,
      committeeLevel: count.committee_level,
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        regionId: r.region_id,
        regionName: r.region_name,
        responsibleUnitId: r.responsible_unit_id,
        responsibleUnitName: r.unit_name,
        deadline: r.deadline,
        escalationLevel: Number(r.escalation_level),
        light: r.light,
        status: r.status,
        overdueWorkingDays: overdueWorkingDays(r.deadline, today, calendar),
        lastChaseAt: r.last_chase_at,
      })),
      nextCursor,
    };
  }

  /** Statistics per region and responsible unit in scope, from the tallies the database keeps as items change. */
  private async units(caller: Caller): Promise<UnitStatsRow[]> {
    const params: unknown[] = [this.config.orgTimeZone];
    const scope = visibleItemsCondition(caller, (v) => `$${params.push(v)}`, 't');
    return this.db.query<UnitStatsRow[]>(
      `SELECT s.*, r.name AS region_name, u.name AS unit_name
         FROM (SELECT t.region_id, t.responsible_unit_id AS unit_id, ${TALLY_COLUMNS}
                 FROM item_tallies t WHERE ${scope}
                GROUP BY t.region_id, t.responsible_unit_id HAVING sum(t.items) > 0) s
         JOIN regions r ON r.id = s.region_id JOIN units u ON u.id = s.unit_id
        ORDER BY r.name, u.name`,
      params,
    );
  }

  /** Items per cycle period, counting only the items in scope; cycles of regions led from within the caller's units. */
  private async trend(caller: Caller): Promise<BoardTrendPoint[]> {
    const params: unknown[] = [this.config.orgTimeZone];
    const param = (v: unknown) => `$${params.push(v)}`;
    const scope = visibleItemsCondition(caller, param, 't');
    const overseen = isSystemAdmin(caller)
      ? 'true'
      : `lu.path LIKE ANY(${param(caller.roles.filter((r) => r.role === 'committee_member').map((r) => `${r.unitPath}%`))})`;
    const rows = await this.db.query<(StatsRow & { period: string; cycles: number; items: number })[]>(
      `WITH recent AS (
         SELECT c.id, c.period, c.started_at
           FROM cycles c JOIN programmes pg ON pg.id = c.programme_id
           JOIN regions rg ON rg.id = pg.region_id JOIN units lu ON lu.id = rg.lead_unit_id
          WHERE ${overseen}),
       periods AS (SELECT period, max(started_at) AS started FROM recent GROUP BY period ORDER BY started DESC LIMIT 12)
       SELECT p.period, count(DISTINCT rc.id)::int AS cycles, coalesce(sum(t.items), 0)::int AS items, ${TALLY_COLUMNS}
         FROM periods p JOIN recent rc ON rc.period = p.period
         LEFT JOIN item_tallies t ON t.cycle_id = rc.id AND ${scope}
        GROUP BY p.period, p.started ORDER BY p.started`,
      params,
    );
    return rows.map((r) => {
      const s = stats(r);
      return {
        period: r.period,
        cycles: r.cycles,
        items: r.items,
        closed: s.closed,
        closedOnTimePct: s.closedOnTimePct,
        open: s.open,
        overdue: s.overdue,
      };
    });
  }
}

function stats(r: StatsRow): BoardStats {
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    open: r.open,
    overdue: r.overdue,
    closed: r.closed,
    closedOnTimePct: r.closed ? round((100 * r.on_time) / r.closed) : null,
    avgDaysToClose: r.closed && r.close_days !== null ? round(r.close_days / r.closed) : null,
  };
}
