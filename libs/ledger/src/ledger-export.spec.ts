import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { sheetName } from './ledger-export';

describe('sheet names of the master ledger (one sheet per unit)', () => {
  const hostile = [
    `'中铁四局芜湖长江路管廊及高架项目第一党支部（含"临时"党小组）${'甲'.repeat(7)}'`, // 40 characters, quotes at both ends
    '芜湖中江桥项目党支部',
    '芜湖中江桥项目党支部', // a twin
    'Branch A',
    'branch a', // a case twin: the same sheet to Excel
    'a/b:c*d?[e]\\f',
    "''''",
    'History',
    '汇总',
  ];

  it('are valid Excel names (a 40-character name with quotes included), unique ignoring case, and the workbook they make reads back', async () => {
    expect(hostile[0]).toHaveLength(40);
    const taken = new Set(['汇总', '图例']);
    const names = hostile.map((n) => sheetName(n, taken));
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.map((n) => n.toLowerCase())).not.toContain('history');
    expect(names.slice(1, 5)).toEqual(['芜湖中江桥项目党支部', '芜湖中江桥项目党支部(2)', 'Branch A', 'branch a(2)']);

    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    for (const name of ['汇总', ...names, '图例']) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow([name]).commit();
      sheet.commit();
    }
    await workbook.commit();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', ...names, '图例']);
  });
});
