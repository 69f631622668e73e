import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { IssueList } from '../IssueList.ts';
import { excelSerialDate } from './excelSerialDate.ts';
import type { XlsxModule } from './loadXlsx.ts';

/** A merged range, 0-based and inclusive, relative to the sheet's first row and column. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet's cells as plain values (text trimmed, dates as `YYYY-MM-DD`, blank as `''`). */
export interface SheetGrid {
  /** `cells[r][c]`: row and column 0-based from A1. */
  cells: unknown[][];
  merges: Merge[];
  width: number;
}

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * Reads a worksheet into plain values. Numbers formatted as dates become ISO dates (see
 * `excelSerialDate`; a serial that is not a real date is reported and kept as text),
 * numbers stay numbers, text is trimmed (so numbers typed as text stay text for the column
 * readers to parse), errors such as `#N/A` become their text.
 * Example: `sheetGrid(workbook.Sheets.Visits, xlsx, false, issues)`.
 */
export function sheetGrid(
  sheet: WorkSheet,
  xlsx: XlsxModule,
  date1904: boolean,
  warnings: IssueList,
): SheetGrid {
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const cells: unknown[][] = [];
  let width = 0;
  for (let r = 0; r < data.length; r += 1) {
    const row = data[r];
    const values: unknown[] = [];
    if (row) {
      for (let c = 0; c < row.length; c += 1) {
        const value = cellValue(row[c], xlsx, date1904, r, c, warnings);
        values[c] = value;
        if (value !== '' && c + 1 > width) width = c + 1;
      }
    }
    cells[r] = values;
  }
  const merges = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  return { cells, merges, width };
}

function cellValue(
  cell: CellObject | undefined,
  xlsx: XlsxModule,
  date1904: boolean,
  r: number,
  c: number,
  warnings: IssueList,
): unknown {
  if (cell === undefined || cell === null) return '';
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v.trim() : String(cell.v ?? '').trim();
    case 'b':
      return cell.v === true;
    case 'e':
      return cell.w ?? ERRORS[Number(cell.v)] ?? '#ERROR';
    case 'd': {
      const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(date.getTime())) return String(cell.v);
      const local = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
      return new Date(local).toISOString().slice(0, 10);
    }
    case 'n': {
      const value = Number(cell.v);
      const format = typeof cell.z === 'string' ? cell.z : null;
      if (format === null || !xlsx.SSF.is_date(format)) return value;
      const date = excelSerialDate(value, date1904);
      if (date.ok) return date.iso;
      const where = `${xlsx.utils.encode_col(c)}${r + 1}`;
      warnings.add(r + 1, null, String(value), `cell ${where} ${date.reason}`);
      return value === 60 && !date1904 ? '1900-02-29' : String(value);
    }
    default:
      return '';
  }
}
