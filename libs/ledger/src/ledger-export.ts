import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { DEFAULT_POLICY_SET, localDateOf, localDateTimeOf } from '../../domain/src';
import { LIGHT_WORD, lightLegend } from '../../messages/src';
import { type Caller, isSystemAdmin } from '../../identity/src';
import type { LedgerEntry, LedgerFilter } from '../../items/src';
import { type LedgerDetails, ledgerDetails } from './ledger-details';
import { LedgerService } from './ledger.service';

/** Chinese labels of the ledger's codes, as a 台账 spreadsheet shows them. */
export const STATUS_LABEL: Record<string, string> = {
  open: '待制定方案',
  in_progress: '整改中',
  pending_verification: '待验收',
  closed: '已销号',
  cancelled: '已撤销',
};
export const LIGHT_LABEL: Record<string, string> = LIGHT_WORD.zh;
export const ESCALATION_LABEL = ['无', '主责单位督办', '党委督办'];
export const SEVERITY_LABEL: Record<string, string> = { minor: '一般', major: '较重', critical: '严重' };
const LIGHT_FILL: Record<string, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };

/** The columns of an exported ledger, in order: Chinese header, width, value. */
type ExportRow = LedgerEntry & { details?: LedgerDetails };
const COLUMNS: { header: string; width: number; value: (e: ExportRow, n: number, fmt: Formatters) => unknown }[] = [
  { header: '序号', width: 7, value: (_e, n) => n },
  { header: '问题标题', width: 28, value: (e) => e.title },
  { header: '问题描述', width: 40, value: (e) => e.description },
  { header: '责任单位', width: 30, value: (e) => e.responsibleUnitName },
  { header: '责任人', width: 12, value: (e) => e.responsiblePersonName ?? '' },
  { header: '整改要求', width: 40, value: (e) => e.requirement },
  { header: '整改措施', width: 40, value: (e) => e.details?.plan ?? '' },
  { header: '严重程度', width: 9, value: (e) => SEVERITY_LABEL[e.severity] ?? e.severity },
  { header: '整改时限', width: 12, value: (e) => e.deadline },
  { header: '原定时限', width: 12, value: (e) => e.originalDeadline },
  { header: '完成情况', width: 40, value: (e) => e.details?.progress ?? '' },
  { header: '验收意见', width: 30, value: (e) => e.details?.verdict ?? '' },
  { header: '佐证材料', width: 40, value: (e) => evidenceCell(e.details?.evidenceFiles ?? []) },
  { header: '状态', width: 11, value: (e) => STATUS_LABEL[e.status] ?? e.status },
  { header: '红黄绿灯', width: 9, value: (e) => LIGHT_LABEL[e.light] },
  { header: '督办级别', width: 13, value: (e) => ESCALATION_LABEL[e.escalationLevel] ?? String(e.escalationLevel) },
  { header: '逾期天数', width: 9, value: (e) => e.overdueDays },
  { header: '下一节点', width: 22, value: (e) => nextMilestone(e) },
  { header: '所属片区', width: 12, value: (e) => e.regionName },
  { header: '互检周期', width: 10, value: (e) => e.cyclePeriod ?? '' },
  { header: '登记时间', width: 17, value: (e, _n, f) => f.dateTime(e.createdAt) },
  { header: '销号时间', width: 17, value: (e, _n, f) => (e.closedAt ? f.dateTime(e.closedAt) : '') },
];
export const EXPORT_HEADERS = COLUMNS.map((c) => c.header);
const LIGHT_COLUMN = EXPORT_HEADERS.indexOf('红黄绿灯') + 1;

interface Formatters {
  dateTime(at: Date): string;
}

/** Which ledger a view is: 总台账 (lead unit, committee, admin: one sheet per unit), 分台账 (branch), 明细账 (mine). */
export function ledgerKind(caller: Caller, filter: LedgerFilter): 'master' | 'branch' | 'person' {
  if (filter.mine) return 'person';
  const overseer =
    isSystemAdmin(caller) || caller.roles.some((r) => r.role === 'lead_admin' || r.role === 'committee_member');
  return overseer ? 'master' : 'branch';
}

/** How long an export waits for a client that stopped reading before it gives the connection up. */
const EXPORT_DRAIN_TIMEOUT_MS = 60_000;

const SUMMARY_SHEET = '汇总';
const LEGEND_SHEET = '图例';
const KIND_NAME = { master: '问题总台账', branch: '问题分台账', person: '问题明细账' } as const;

/**
 * The ledger as an .xlsx, streamed: exceljs' WorkbookWriter writes each committed row into the zip as it goes, the
 * rows come from keyset batches, and the writer waits for the destination to drain between batches, so memory stays
 * bounded however long the ledger is. A master ledger has a summary sheet and then one sheet per responsible unit.
 */
@Injectable()
export class LedgerExportService {
  constructor(
    private readonly ledger: LedgerService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone'>,
  ) {}

  /** The download's file name (Chinese) for this view, e.g. 问题总台账-2026-05-01.xlsx. */
  fileName(caller: Caller, filter: LedgerFilter): string {
    return `${KIND_NAME[ledgerKind(caller, filter)]}-${localDateOf(Date.now(), this.config.orgTimeZone)}.xlsx`;
  }

  /** Writes the workbook to `out` (an HTTP response or a file) and ends it; resolves with the number of item rows. */
  async write(caller: Caller, filter: LedgerFilter, out: Writable): Promise<number> {
    const kind = ledgerKind(caller, filter);
    const counts = kind === 'master' ? await this.ledger.counts(caller, filter) : undefined;
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    workbook.creator = 'huijian 互检';
    const fmt = formatters(this.config.orgTimeZone);
    let written = 0;
    if (counts) {
      this.summarySheet(workbook, counts.byUnit);
      const names = new Set<string>([SUMMARY_SHEET, LEGEND_SHEET]);
      for (const unit of counts.byUnit) {
        written += await this.itemSheet(
          workbook,
          sheetName(unit.unitName, names),
          this.ledger.entries(caller, filter, unit.unitId),
          fmt,
          out,
        );
      }
    } else {
      written = await this.itemSheet(workbook, KIND_NAME[kind], this.ledger.entries(caller, filter), fmt, out);
    }
    this.legendSheet(workbook);
    await workbook.commit();
    return written;
  }

  private summarySheet(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    units: { unitName: string; total: number; red: number; yellow: number; green: number; overdue: number }[],
  ): void {
    const sheet = workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: '序号', width: 7 },
      { header: '责任单位', width: 34 },
      { header: '问题总数', width: 10 },
      { header: '红灯', width: 8 },
      { header: '黄灯', width: 8 },
      { header: '绿灯', width: 8 },
      { header: '逾期', width: 8 },
    ];
    sheet.getRow(1).font = { bold: true };
    units.forEach((u, i) => sheet.addRow([i + 1, u.unitName, u.total, u.red, u.yellow, u.green, u.overdue]).commit());
    sheet.commit();
  }

  /** 图例: what the lights mean, in the catalogue's words (the same as the pages' legend). */
  private legendSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
    const sheet = workbook.addWorksheet(LEGEND_SHEET);
    sheet.columns = [{ header: '红黄绿灯', width: 70 }];
    sheet.getRow(1).font = { bold: true };
    const legend = lightLegend(DEFAULT_POLICY_SET.base.deadlineWarningWorkingDays ?? 0);
    for (const light of ['red', 'yellow', 'green'] as const) {
      const row = sheet.addRow([legend[light]]);
      row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[light] } };
      row.commit();
    }
    sheet.commit();
  }

  private async itemSheet(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    batches: AsyncGenerator<LedgerEntry[]>,
    fmt: Formatters,
    out: Writable,
  ): Promise<number> {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    let n = 0;
    for await (const batch of batches) {
      const details = await ledgerDetails(
        this.db,
        batch.map((e) => e.id),
      );
      for (const entry of batch) {
        n += 1;
        const full: ExportRow = { ...entry, details: details.get(entry.id) };
        const row = sheet.addRow(COLUMNS.map((c) => c.value(full, n, fmt)));
        row.getCell(LIGHT_COLUMN).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: LIGHT_FILL[entry.light] },
        };
        row.commit();
      }
      // Let the zip and the socket catch up before fetching more rows; a client that stops reading is given up on.
      if (out.writableNeedDrain) await once(out, 'drain', { signal: AbortSignal.timeout(EXPORT_DRAIN_TIMEOUT_MS) });
    }
    sheet.commit();
    return n;
  }
}

/**
 * Excel sheet names: 1–31 characters, none of []:*?/\\ or control characters, no apostrophe first or last, and unique
 * ignoring case (Excel's rule, "History" reserved): a unit's name is cleaned, shortened and numbered until it fits.
 * `taken` holds the lower-cased names already in the workbook.
 */
export function sheetName(unitName: string, taken: Set<string>): string {
  const cleaned = unitName.replace(/[\u0000-\u001f[\]:*?/\\]/g, ' ').trim() || '单位';
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : `(${i})`;
    const name =
      cleaned
        .slice(0, 31 - suffix.length)
        .replace(/^'+|'+$/g, '')
        .trim() + suffix;
    const key = name.toLowerCase();
    if (name !== '' && key !== 'history' && !taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}

/** 佐证材料: how many files and their names, e.g. "2 个：整改前.jpg、整改后.jpg". */
function evidenceCell(names: string[]): string {
  return names.length === 0 ? '' : `${names.length} 个：${names.join('、')}`;
}

function nextMilestone(e: LedgerEntry): string {
  if (e.status === 'closed' || e.status === 'cancelled') return '';
  const next = e.milestones.find((m) => !m.done);
  return next ? `${next.label} ${next.due}` : '';
}

function formatters(timeZone: string): Formatters {
  return { dateTime: (at) => localDateTimeOf(at.getTime(), timeZone) };
}
