import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { localDateOf } from '../../domain/src';
import { type Caller, isSystemAdmin } from '../../identity/src';
import { LIGHT_LABEL } from '../../ledger/src/ledger-export';
import { type ObligationEntry, type ObligationFilter, ObligationsService } from './obligations.service';

/** Chinese labels of an obligation ledger's codes. */
export const OBLIGATION_STATUS_LABEL: Record<string, string> = {
  open: '待记实',
  recorded: '待确认',
  sent_back: '已退回',
  done: '已落实',
  missed: '未落实',
};
export const OUTCOME_LABEL: Record<string, string> = {
  on_time: '按时',
  late: '逾期',
  missed: '未落实',
  pending: '进行中',
};
const ESCALATION_LABEL = ['无', '主责单位督办', '党委督办'];

const COLUMNS: { header: string; width: number; value: (e: ObligationEntry, n: number) => unknown }[] = [
  { header: '序号', width: 7, value: (_e, n) => n },
  { header: '事项', width: 20, value: (e) => e.typeName },
  { header: '周期', width: 10, value: (e) => e.period },
  { header: '单位', width: 30, value: (e) => e.unitName },
  { header: '所属片区', width: 12, value: (e) => e.regionName ?? '' },
  { header: '记实截止', width: 12, value: (e) => e.due },
  { header: '最迟补录', width: 12, value: (e) => e.closes },
  { header: '首次记实', width: 12, value: (e) => e.firstSubmittedOn ?? '' },
  { header: '状态', width: 10, value: (e) => OBLIGATION_STATUS_LABEL[e.status] },
  { header: '完成情况', width: 10, value: (e) => OUTCOME_LABEL[e.outcome] },
  { header: '红黄绿灯', width: 9, value: (e) => LIGHT_LABEL[e.light] },
  { header: '督办级别', width: 13, value: (e) => ESCALATION_LABEL[e.escalationLevel] ?? String(e.escalationLevel) },
  { header: '催办次数', width: 9, value: (e) => e.chases },
  { header: '确认单位', width: 30, value: (e) => e.confirmingUnitName ?? '' },
];
export const OBLIGATION_EXPORT_HEADERS = COLUMNS.map((c) => c.header);

/** 总台账 for whoever oversees units (lead unit, committee, admin: a 汇总 sheet, then a sheet per unit); else 分台账. */
export function obligationLedgerKind(caller: Caller): 'master' | 'branch' {
  return isSystemAdmin(caller) || caller.roles.some((r) => r.role === 'lead_admin' || r.role === 'committee_member')
    ? 'master'
    : 'branch';
}

const KIND_NAME = { master: '组织生活总台账', branch: '组织生活分台账' } as const;

/** The obligation ledger as .xlsx, streamed through exceljs' WorkbookWriter like the item ledger's export. */
@Injectable()
export class ObligationExportService {
  constructor(
    private readonly obligations: ObligationsService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone'>,
  ) {}

  fileName(caller: Caller): string {
    return `${KIND_NAME[obligationLedgerKind(caller)]}-${localDateOf(Date.now(), this.config.orgTimeZone)}.xlsx`;
  }

  /** Writes the workbook to `out` and ends it; resolves with the number of rows. */
  async write(caller: Caller, filter: ObligationFilter, out: Writable): Promise<number> {
    const kind = obligationLedgerKind(caller);
    const entries = await this.obligations.entries(caller, filter);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    workbook.creator = 'huijian 互检';
    if (kind === 'master') {
      const counts = await this.obligations.counts(caller, filter);
      const summary = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
      summary.columns = ['序号', '单位', '应开展', '按时', '逾期', '未落实', '进行中'].map((header, i) => ({
        header,
        width: i === 1 ? 34 : 9,
      }));
      summary.getRow(1).font = { bold: true };
      counts.byUnit.forEach((u, i) =>
        summary.addRow([i + 1, u.unitName, u.total, u.on_time, u.late, u.missed, u.pending]).commit(),
      );
      summary.commit();
      const used = new Set(['汇总']);
      for (const unit of counts.byUnit) {
        this.sheet(
          workbook,
          sheetName(unit.unitName, used),
          entries.filter((e) => e.unitId === unit.unitId),
        );
      }
    } else {
      this.sheet(workbook, KIND_NAME.branch, entries);
    }
    await workbook.commit();
    return entries.length;
  }

  private sheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, entries: ObligationEntry[]): void {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    entries.forEach((e, i) => sheet.addRow(COLUMNS.map((c) => c.value(e, i + 1))).commit());
    sheet.commit();
  }
}

/** An Excel sheet name: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28);
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  used.add(candidate);
  return candidate;
}
