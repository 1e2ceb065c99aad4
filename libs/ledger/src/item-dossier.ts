import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import archiver from 'archiver';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { localDateTimeOf } from '../../domain/src';
import { BLOB_STORE, type BlobStore, blobKeys, type FileSummary } from '../../files/src';
import type { Caller } from '../../identity/src';
import { ItemsService } from '../../items/src';
import { eventLabel } from '../../messages/src';
import { STATUS_LABEL, SEVERITY_LABEL } from './ledger-export';

/** One file of the dossier: where it sits in the zip and which blob it is. */
interface DossierEntry {
  fileId: string;
  path: string;
  sha256: string;
}

/**
 * 一件一档: one item's dossier as a zip — a one-page Chinese summary (xlsx: the item, then its timeline with each
 * event's files) and the original files, numbered in timeline order so the folder reads as the story of the item.
 * Streamed: the summary is small and built in memory, the originals go from storage into the zip one by one.
 */
@Injectable()
export class ItemDossierService {
  constructor(
    private readonly items: ItemsService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone'>,
  ) {}

  /** The zip's name, e.g. 一件一档-消防通道堆放杂物.zip (the title without characters a file name cannot hold). */
  async fileName(caller: Caller, id: string): Promise<string> {
    const item = await this.items.get(caller, id);
    return `一件一档-${item.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 60)}.zip`;
  }

  /** Writes the zip to `out`; 404 (before anything is written) when the caller cannot see the item. */
  async write(caller: Caller, id: string, out: Writable): Promise<void> {
    const item = await this.items.get(caller, id);
    const entries: DossierEntry[] = [];
    const seen = new Set<string>();
    for (const event of item.timeline) {
      for (const file of event.files) {
        if (seen.has(file.id)) continue;
        seen.add(file.id);
        const path = `${pad(entries.length + 1)}-${eventLabel(event.kind)}-${file.name}`;
        entries.push({ fileId: file.id, path, sha256: file.sha256 });
      }
    }
    const summary = await this.summary(item, entries);
    const zip = archiver('zip', { zlib: { level: 6 } });
    const done = new Promise<void>((resolve, reject) => {
      out.on('finish', resolve).on('close', resolve);
      zip.on('error', reject);
    });
    zip.pipe(out);
    zip.append(summary, { name: '00-整改项概要.xlsx' });
    for (const entry of entries) {
      // Photos and PDFs are compressed already; storing them as they are keeps the originals byte for byte, fast.
      zip.append(await this.store.read(blobKeys(entry.sha256).original), { name: entry.path, store: true });
    }
    await zip.finalize();
    await done;
  }

  private async summary(item: Awaited<ReturnType<ItemsService['get']>>, entries: DossierEntry[]): Promise<Buffer> {
    const [who]: { name: string }[] = item.responsiblePersonId
      ? await this.db.query('SELECT name FROM people WHERE id = $1', [item.responsiblePersonId])
      : [];
    const person = who?.name ?? '';
    const book = new ExcelJS.Workbook();
    book.creator = 'huijian 互检';
    const sheet = book.addWorksheet('整改项概要', {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
    });
    sheet.columns = [{ width: 20 }, { width: 16 }, { width: 14 }, { width: 40 }, { width: 40 }];
    const title = sheet.addRow([`一件一档：${item.title}`]);
    title.font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, 5);
    const at = dateTime(this.config.orgTimeZone);
    const facts: [string, string][] = [
      ['问题描述', item.description],
      ['责任单位', item.responsibleUnitName],
      ['责任人', person],
      ['整改要求', item.requirement],
      ['严重程度', SEVERITY_LABEL[item.severity] ?? item.severity],
      ['整改时限', item.deadline],
      ['原定时限', item.originalDeadline],
      ['状态', STATUS_LABEL[item.status] ?? item.status],
      ['登记时间', at(item.createdAt)],
      ['销号时间', item.closedAt ? at(item.closedAt) : ''],
      ['佐证材料', entries.length === 0 ? '无' : `${entries.length} 个文件（见本压缩包，按时间顺序编号）`],
    ];
    for (const [label, value] of facts) {
      const row = sheet.addRow([label, value]);
      row.getCell(1).font = { bold: true };
      sheet.mergeCells(row.number, 2, row.number, 5);
    }
    sheet.addRow([]);
    const header = sheet.addRow(['时间', '事项', '操作人', '说明', '附件']);
    header.font = { bold: true };
    const pathOf = new Map(entries.map((e) => [e.fileId, e.path]));
    for (const event of item.timeline) {
      const files = event.files.map((f: FileSummary) => pathOf.get(f.id) ?? f.name).join('\n');
      sheet.addRow([at(event.at), eventLabel(event.kind), event.actorName ?? '', describe(event), files]);
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}

function describe(event: { reason: string | null; data: Record<string, unknown> }): string {
  const text = [event.data.plan, event.data.progress, event.data.text, event.reason].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return text ?? '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateTime(timeZone: string): (at: Date | string) => string {
  return (at) => localDateTimeOf(new Date(at).getTime(), timeZone);
}
