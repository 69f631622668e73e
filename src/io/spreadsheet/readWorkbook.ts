import { fileIssue } from '../fileIssue.ts';
import type { ImportIssue } from '../issue.ts';
import { IssueList } from '../IssueList.ts';
import type { RawTable } from '../rawTable.ts';
import { gridTable } from './gridTable.ts';
import type { XlsxModule } from './loadXlsx.ts';
import { sheetGrid } from './sheetGrid.ts';

/** Largest spreadsheet file accepted, in bytes (as for text files). */
export const MAX_SPREADSHEET_BYTES = 20_000_000;

/** One sheet of a workbook read into a table, with its warnings; or why it could not be. */
export type SheetRead =
  { ok: true; table: RawTable; warnings: ImportIssue[] } | { ok: false; issues: ImportIssue[] };

/** A workbook opened for reading: its sheet names and a reader per sheet. */
export interface Workbook {
  file: string;
  /** Every sheet, in workbook order. */
  sheets: string[];
  /** The sheets that hold at least one value. */
  filledSheets: string[];
  /** Whether dates count from 1904 (old Mac Excel) rather than 1900. */
  date1904: boolean;
  /** Reads one sheet (`headerRow`, 1-based, overrides the detected header row). */
  read(sheet: string, headerRow?: number): SheetRead;
}

/**
 * Opens an `.xlsx`, `.xlsm`, `.xls` or `.ods` workbook (SheetJS) for reading sheet by sheet,
 * or returns the issue that says why it cannot be read (damaged, password-protected, too large).
 * Example: `const book = openWorkbook(bytes, 'visits.xlsx', await loadXlsx())`.
 */
export function openWorkbook(
  bytes: Uint8Array,
  file: string,
  xlsx: XlsxModule,
): Workbook | ImportIssue {
  const refuse = (message: string): ImportIssue => fileIssue(file, message);
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) {
    return refuse(
      `is ${bytes.byteLength} bytes; spreadsheets up to ${MAX_SPREADSHEET_BYTES} bytes are accepted`,
    );
  }
  let book: ReturnType<XlsxModule['read']>;
  try {
    book = xlsx.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`is not a spreadsheet that can be read (${detail}); save it as .xlsx or CSV`);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets = [...book.SheetNames];
  const hasValues = (name: string): boolean => {
    const data = (book.Sheets[name]?.['!data'] ?? []) as unknown[][];
    return data.some((row) =>
      row?.some((cell) => {
        const v = (cell as { v?: unknown; t?: string } | undefined)?.v;
        return v !== undefined && v !== null && v !== '';
      }),
    );
  };
  return {
    file,
    sheets,
    filledSheets: sheets.filter(hasValues),
    date1904,
    read(sheet, headerRow) {
      const issues = new IssueList(file, sheet);
      const warnings = new IssueList(file, sheet);
      const ws = book.Sheets[sheet];
      if (ws === undefined) {
        issues.add(
          null,
          null,
          sheet,
          `is not a sheet of this workbook; its sheets are ${sheets.join(', ')}`,
        );
        return { ok: false, issues: issues.list() };
      }
      const grid = sheetGrid(ws, xlsx, date1904, warnings);
      const table = gridTable(grid, sheet, issues, warnings, headerRow);
      if (table === null || issues.count > 0) return { ok: false, issues: issues.list() };
      return { ok: true, table, warnings: warnings.list() };
    },
  };
}
