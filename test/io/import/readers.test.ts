import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/io/IssueList.ts';
import { formatIssue } from '../../../src/io/issue.ts';
import { excelSerialDate } from '../../../src/io/spreadsheet/excelSerialDate.ts';
import { loadXlsx } from '../../../src/io/spreadsheet/loadXlsx.ts';
import { openWorkbook, type Workbook } from '../../../src/io/spreadsheet/readWorkbook.ts';
import { ibmFloat } from '../../../src/io/xpt/ibmFloat.ts';
import { readXpt } from '../../../src/io/xpt/readXpt.ts';
import { fixtureFile } from './readFixture.ts';

const bytes = (name: string) => fixtureFile(name).data as Uint8Array;
const open = async (data: Uint8Array, name: string): Promise<Workbook> => {
  const book = openWorkbook(data, name, await loadXlsx());
  if ('message' in book) throw new Error(book.message);
  return book;
};

describe('excelSerialDate', () => {
  it('counts from 1900-01-01 = 1, one day ahead from 1 March 1900 (the leap-year quirk)', () => {
    expect(excelSerialDate(1, false)).toMatchObject({ ok: true, iso: '1900-01-01' });
    expect(excelSerialDate(59, false)).toMatchObject({ ok: true, iso: '1900-02-28' });
    expect(excelSerialDate(61, false)).toMatchObject({ ok: true, iso: '1900-03-01' });
    expect(excelSerialDate(25569, false)).toMatchObject({ ok: true, iso: '1970-01-01', days: 0 });
    expect(excelSerialDate(45658.75, false)).toMatchObject({ ok: true, iso: '2025-01-01' });
  });

  it('refuses serial 60, the 29 February 1900 that never existed, and times without a date', () => {
    const fictitious = excelSerialDate(60, false);
    expect(fictitious.ok).toBe(false);
    if (!fictitious.ok) expect(fictitious.reason).toMatch(/29 February 1900 that never existed/);
    expect(excelSerialDate(0.5, false).ok).toBe(false);
  });

  it('counts from 1904-01-01 = 0 in the 1904 date system', () => {
    expect(excelSerialDate(0, true)).toMatchObject({ ok: true, iso: '1904-01-01' });
    expect(excelSerialDate(44196, true)).toMatchObject({ ok: true, iso: '2025-01-01' });
  });
});

describe('openWorkbook (files written by R openxlsx)', () => {
  it('lists the sheets and those with data', async () => {
    const book = await open(bytes('myeloid.xlsx'), 'myeloid.xlsx');
    expect(book.sheets).toEqual(['Read me', 'Visits', 'Patients']);
    expect(book.filledSheets).toEqual(['Read me', 'Visits', 'Patients']);
    expect(book.date1904).toBe(false);
  });

  it('skips the title row, joins a two-row merged header, reads dates and numbers stored as text, and drops trailing blank rows', async () => {
    const book = await open(bytes('myeloid.xlsx'), 'myeloid.xlsx');
    const read = book.read('Visits');
    if (!read.ok) expect.fail(read.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    const { table, warnings } = read;
    expect(table.columns).toEqual([
      'Patient',
      'Assessment date',
      'Assessment study day',
      'Assessment status',
      'Arm',
    ]);
    expect(table.rows[0].row).toBe(4);
    expect(table.rows[0].cells[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof table.rows[0].cells[2]).toBe('string');
    expect(table.rows[0].cells[2]).toBe('14');
    expect(table.rows.every((r) => r.cells[0] !== '')).toBe(true);
    expect(table.columnLetters).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(warnings.map((i) => formatIssue(i, 'cli'))).toContain(
      'myeloid.xlsx, sheet Visits, row 1: "Response assessments" is read as a title above the table; the header is row 2',
    );
  });

  it('reads a 1904 workbook and an .ods workbook written by SheetJS, with merged data cells filled', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['id', 'visit_date', 'response'],
      ['P1', { t: 'n', v: 44196, z: 'yyyy-mm-dd' }, 'CR'],
      ['', { t: 'n', v: 44203, z: 'yyyy-mm-dd' }, 'CR'],
    ]);
    sheet['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Visits');
    book.Workbook = { WBProps: { date1904: true } };
    const xlsx = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const read1904 = (await open(xlsx, 'a.xlsx')).read('Visits');
    if (!read1904.ok) expect.fail(read1904.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    expect(read1904.table.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['P1', '2025-01-01'],
      ['P1', '2025-01-08'],
    ]);
    delete book.Workbook;
    const ods = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer);
    const readOds = (await open(ods, 'a.ods')).read('Visits');
    if (!readOds.ok) expect.fail(readOds.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    expect(readOds.table.columns).toEqual(['id', 'visit_date', 'response']);
    expect(readOds.table.rows[0].cells[0]).toBe('P1');
  });

  it('refuses a file that is not a spreadsheet and an unknown sheet, naming the sheets', async () => {
    const broken = openWorkbook(
      new TextEncoder().encode('PK\u0003\u0004 not really'),
      'x.xlsx',
      await loadXlsx(),
    );
    expect('message' in broken && broken.message).toMatch(/is not a spreadsheet that can be read/);
    const book = await open(bytes('hlh.xlsx'), 'hlh.xlsx');
    const read = book.read('Visit');
    expect(!read.ok && read.issues[0].message).toBe(
      'is not a sheet of this workbook; its sheets are About, Patients, Visits, Patient facts',
    );
  });
});

describe('ibmFloat', () => {
  const ibm = (...b: number[]) => ibmFloat(new Uint8Array(b), 0, b.length);
  it('reads IBM hexadecimal floating point as SAS writes it', () => {
    expect(ibm(0x41, 0x10, 0, 0, 0, 0, 0, 0)).toBe(1);
    expect(ibm(0xc1, 0x10, 0, 0, 0, 0, 0, 0)).toBe(-1);
    expect(ibm(0x40, 0x80, 0, 0, 0, 0, 0, 0)).toBe(0.5);
    expect(ibm(0x42, 0x64, 0, 0, 0, 0, 0, 0)).toBe(100);
    expect(ibm(0x41, 0x18, 0, 0, 0, 0, 0, 0)).toBe(1.5);
    expect(ibm(0, 0, 0, 0, 0, 0, 0, 0)).toBe(0);
    expect(ibm(0x44, 0x4e, 0x36)).toBe(20022);
  });

  it('reads SAS missing values (., .A–.Z, ._) as null', () => {
    for (const first of [0x2e, 0x41, 0x5a, 0x5f])
      expect(ibm(first, 0, 0, 0, 0, 0, 0, 0)).toBeNull();
  });
});

describe('readXpt (files written by R haven)', () => {
  it('reads a version 5 file with its dates as the CSV written beside it', () => {
    const datasets = readXpt(bytes('myeloid-adsl.xpt'), 'myeloid-adsl.xpt');
    if (!Array.isArray(datasets)) expect.fail(formatIssue(datasets, 'cli'));
    const [{ name, table }] = datasets;
    expect(name).toBe('ADSL');
    const csv = (fixtureFile('myeloid-adsl.csv').data as string).trim().split('\n');
    expect(table.columns).toEqual(csv[0].split(',').map((h) => h.replace(/"/g, '')));
    const first = csv[1].split(',').map((c) => c.replace(/"/g, ''));
    expect(table.rows[0].cells.map(String)).toEqual(first);
    expect(table.rows).toHaveLength(csv.length - 1);
  });

  it('reads a version 8 file with long variable names', () => {
    const datasets = readXpt(bytes('hlh-adsl.xpt'), 'hlh-adsl.xpt');
    if (!Array.isArray(datasets)) expect.fail(formatIssue(datasets, 'cli'));
    expect(datasets[0].table.columns).toContain('FEVER_RESOLVED_WK');
    expect(datasets[0].table.rows[2].cells[datasets[0].table.columns.indexOf('GC_HALVED_WK')]).toBe(
      0.5,
    );
  });

  it('refuses a file that is not SAS transport, and a truncated one', () => {
    const text = readXpt(new TextEncoder().encode('id,best_response\n'), 'a.xpt');
    expect(!Array.isArray(text) && text.message).toMatch(/is not a SAS transport \(XPORT\) file/);
    const cut = readXpt(bytes('myeloid-adsl.xpt').slice(0, 700), 'cut.xpt');
    expect(!Array.isArray(cut) && cut.message).toMatch(/ends inside its variable list|missing/);
  });
});

describe('IssueList', () => {
  it('names the sheet in every issue of a spreadsheet', () => {
    const list = new IssueList('a.xlsx', 'Visits');
    list.add(4, 'Day', '3 months', 'is wrong');
    expect(formatIssue({ ...list.list()[0], cell: 'B4' }, 'cli')).toBe(
      'a.xlsx, sheet Visits, row 4, column Day (cell B4): "3 months" is wrong',
    );
  });
});
