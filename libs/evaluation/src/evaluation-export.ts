import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { PeriodScore } from '../../domain/src';
import type { Caller } from '../../identity/src';
import { sheetName } from '../../ledger/src/ledger-export';
import { EvaluationViewsService, type PeriodQuery } from './evaluation-views.service';

/** A workbook ready to stream: the view is computed (and its errors thrown) before the first byte is written. */
export interface EvaluationWorkbook {
  /** The download's Chinese file name. */
  fileName: string;
  write(out: Writable): Promise<void>;
}

type Column<T> = { header: string; width: number; value: (row: T, n: number) => unknown };
type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

const STAR_SOURCE = { rating: '评星结果', live: '按当前记实测算', provisional: '按当前记实测算' } as const;

const RANKING_COLUMNS: Column<RankingRow>[] = [
  { header: '名次', width: 7, value: (r) => r.rank },
  { header: '单位', width: 34, value: (r) => r.unitName },
  { header: '积分', width: 9, value: (r) => r.points },
  { header: '星级', width: 7, value: (r) => r.stars ?? '' },
  { header: '上期名次', width: 9, value: (r) => r.previous?.rank ?? '' },
  { header: '上期积分', width: 9, value: (r) => r.previous?.points ?? '' },
  { header: '名次变化', width: 9, value: (r) => r.change?.rank ?? '' },
  { header: '积分变化', width: 9, value: (r) => r.change?.points ?? '' },
];
type Ranking = Awaited<ReturnType<EvaluationViewsService['ranking']>>;
type RankingRow = Ranking['units'][number];

/** One line of a breakdown, with the period it belongs to. */
type BreakdownRow = { period: string; line: PeriodScore['lines'][number]; labels: Map<string, string> };
const BREAKDOWN_COLUMNS: Column<BreakdownRow>[] = [
  { header: '月份', width: 10, value: (r) => r.period },
  { header: '指标', width: 18, value: (r) => r.line.name },
  { header: '条数', width: 14, value: (r) => r.line.refs.length },
  { header: '计分前', width: 9, value: (r) => r.line.raw },
  { header: '得分', width: 9, value: (r) => r.line.points },
  { header: '封顶', width: 7, value: (r) => (r.line.capped ? '是' : '') },
  { header: '计分依据', width: 80, value: (r) => r.line.refs.map((id) => r.labels.get(id) ?? id).join('；') },
];

/**
 * 积分评星's views as .xlsx, written through exceljs' streaming WorkbookWriter like the ledgers' exports (and with the
 * ledger's sheet-name rule): the score card (概要, 积分明细 line by line, 近12个月, 季度点评), a region's ranking, and
 * the committee's comparison (汇总, then each region's ranking on its own sheet).
 */
@Injectable()
export class EvaluationExportService {
  constructor(private readonly views: EvaluationViewsService) {}

  async scoreCard(caller: Caller, unitId: string, year: number, month?: number): Promise<EvaluationWorkbook> {
    const card = await this.views.scoreCard(caller, unitId, year, month);
    const labels = new Map(card.facts.map((f) => [f.id, f.label]));
    return {
      fileName: `积分卡-${card.unitName}-${card.month}.xlsx`,
      write: (out) =>
        book(out, (wb) => {
          table(
            wb,
            '概要',
            [
              { header: '期间', width: 12, value: (r: [string, string, number | string]) => r[0] },
              { header: '范围', width: 12, value: (r) => r[1] },
              { header: '积分', width: 10, value: (r) => r[2] },
            ],
            [
              ['本月', card.month, card.thisMonth?.points ?? ''],
              ['本季度', card.thisQuarter?.period ?? '', card.thisQuarter?.points ?? ''],
              ['本年度', `${card.year}（至${card.month}）`, card.total.points],
              ...(card.rating
                ? [
                    [
                      '年度评星',
                      `第${card.rating.revision}次修订`,
                      `${card.rating.points}分 ${card.rating.stars}星`,
                    ] as [string, string, string],
                  ]
                : []),
            ],
          );
          table(
            wb,
            '积分明细',
            BREAKDOWN_COLUMNS,
            card.months.flatMap((m) => m.lines.map((line) => ({ period: m.period, line, labels }))),
          );
          table(
            wb,
            '近12个月',
            [
              { header: '月份', width: 10, value: (t: (typeof card.trend)[number]) => t.month },
              { header: '积分', width: 10, value: (t) => t.points ?? '' },
            ],
            card.trend,
          );
          table(
            wb,
            '季度点评',
            [
              { header: '季度', width: 10, value: (q: (typeof card.quarters)[number]) => q.period },
              { header: '积分', width: 9, value: (q) => q.points },
              { header: '点评', width: 60, value: (q) => q.review?.comment ?? '' },
              { header: '点评人', width: 12, value: (q) => q.review?.reviewerName ?? '' },
            ],
            card.quarters,
          );
        }),
    };
  }

  async ranking(caller: Caller, regionId: string, query: PeriodQuery): Promise<EvaluationWorkbook> {
    const ranking = await this.views.ranking(caller, regionId, query);
    return {
      fileName: `积分排名-${ranking.regionName}-${ranking.period}.xlsx`,
      write: (out) =>
        book(out, (wb) =>
          table(wb, `${ranking.period} ${STAR_SOURCE[ranking.source]}`, RANKING_COLUMNS, ranking.units),
        ),
    };
  }

  async comparison(caller: Caller, query: PeriodQuery): Promise<EvaluationWorkbook> {
    const comparison = await this.views.comparison(caller, query);
    const rankings: Ranking[] = [];
    for (const region of comparison.regions) rankings.push(await this.views.ranking(caller, region.regionId, query));
    type Region = (typeof comparison.regions)[number];
    return {
      fileName: `片区积分对比-${comparison.period}.xlsx`,
      write: (out) =>
        book(out, (wb) => {
          const taken = new Set(['汇总']);
          table(
            wb,
            '汇总',
            [
              { header: '片区', width: 20, value: (r: Region) => r.regionName },
              { header: '单位数', width: 8, value: (r) => r.units },
              { header: '平均积分', width: 10, value: (r) => r.averagePoints },
              ...(['5', '4', '3', '2', '1'] as const).map((s) => ({
                header: `${s}星`,
                width: 6,
                value: (r: Region) => r.stars[s],
              })),
              { header: '星级来源', width: 16, value: (r) => STAR_SOURCE[r.starsSource] },
              { header: '逾期整改项', width: 11, value: (r) => r.overdueItems },
            ],
            comparison.regions,
          );
          for (const ranking of rankings)
            table(wb, sheetName(ranking.regionName, taken), RANKING_COLUMNS, ranking.units);
        }),
    };
  }
}

async function book(out: Writable, fill: (workbook: Writer) => void): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'huijian 互检';
  fill(workbook);
  await workbook.commit();
}

function table<T>(workbook: Writer, name: string, columns: Column<T>[], rows: readonly T[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, i) => sheet.addRow(columns.map((c) => c.value(row, i + 1))).commit());
  sheet.commit();
}
