import { decodeText } from './decodeText.ts';
import { fileIssue } from './fileIssue.ts';
import { isBinaryFile, SPREADSHEET_FILE, XPT_FILE } from './isBinaryFile.ts';
import type { ImportIssue } from './issue.ts';
import { IssueList } from './IssueList.ts';
import type { RawTable } from './rawTable.ts';
import { readTextTable } from './readTextTable.ts';
import { adamKind } from './adam/adamKind.ts';
import { loadXlsx } from './spreadsheet/loadXlsx.ts';
import { openWorkbook } from './spreadsheet/readWorkbook.ts';
import type { SourceTable } from './visits/readVisitTables.ts';
import { readXpt } from './xpt/readXpt.ts';

/** A file as the user gave it: its name and its text or bytes. */
export interface SourceFile {
  name: string;
  data: string | Uint8Array;
}

/** The tables read from the files, or the issues (and, for a workbook, its sheets) that stop them. */
export type SourcesRead =
  | { ok: true; tables: SourceTable[] }
  | { ok: false; issues: ImportIssue[]; sheets?: { file: string; sheets: string[] } };

export { isBinaryFile };

const source = (table: RawTable, file: string, sheet?: string): SourceTable => ({
  table,
  issues: new IssueList(file, sheet),
  warnings: new IssueList(file, sheet),
});

const bytesOf = (data: string | Uint8Array): Uint8Array =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

/** Sheet names to read: a name as given, or a comma-separated list of names. */
function chosenSheets(sheets: string[], choice: string): string[] | null {
  const exact = sheets.find((s) => s.toLowerCase() === choice.trim().toLowerCase());
  if (exact) return [exact];
  const parts = choice
    .split(',')
    .map((p) => sheets.find((s) => s.toLowerCase() === p.trim().toLowerCase()));
  return parts.every((p) => p !== undefined) ? (parts as string[]) : null;
}

/**
 * Reads every file into raw tables: CSV, TSV and JSON as text; `.xlsx`, `.xlsm`, `.xls` and
 * `.ods` through the spreadsheet reader (loaded on demand), the sheet chosen by `sheet` (a name,
 * or names separated by commas) or, when not chosen, the only sheet with data — or all of them
 * when each is an ADaM dataset; `.xpt` SAS transport files, one table per dataset. A workbook
 * with several sheets of data and no choice, or a choice it lacks, is refused with a message
 * listing its sheets (and the sheets returned, for a chooser).
 * Example: `await readSources([{ name: 'visits.xlsx', data: bytes }], { sheet: 'Visits' })`.
 */
export async function readSources(
  files: readonly SourceFile[],
  options: { sheet?: string; headerRow?: number },
): Promise<SourcesRead> {
  const tables: SourceTable[] = [];
  const issues: ImportIssue[] = [];
  let sheets: { file: string; sheets: string[] } | undefined;
  for (const file of files) {
    if (SPREADSHEET_FILE.test(file.name)) {
      const book = openWorkbook(bytesOf(file.data), file.name, await loadXlsx());
      if ('message' in book) {
        issues.push(book);
        continue;
      }
      let names: string[];
      if (options.sheet !== undefined) {
        const chosen = chosenSheets(book.sheets, options.sheet);
        if (chosen === null) {
          sheets = { file: file.name, sheets: book.sheets };
          issues.push(
            fileIssue(
              file.name,
              `is not a sheet of this workbook; its sheets are ${book.sheets.join(', ')}`,
              options.sheet,
            ),
          );
          continue;
        }
        names = chosen;
      } else if (book.filledSheets.length === 0) {
        issues.push(fileIssue(file.name, 'has no data in any sheet'));
        continue;
      } else {
        names = book.filledSheets;
      }
      const read = names.map((name) => ({ name, result: book.read(name, options.headerRow) }));
      if (options.sheet === undefined && names.length > 1) {
        const allAdam = read.every((r) => r.result.ok && adamKind(r.result.table.columns) !== null);
        if (!allAdam) {
          sheets = { file: file.name, sheets: book.sheets };
          issues.push(
            fileIssue(
              file.name,
              `has ${names.length} sheets with data (${names.join(', ')}); choose one (in the CLI: --sheet NAME, or --sheet A,B for a visits sheet and a patients sheet)`,
            ),
          );
          continue;
        }
      }
      for (const { name, result } of read) {
        if (!result.ok) issues.push(...result.issues);
        else {
          const entry = source(result.table, file.name, name);
          for (const w of result.warnings) entry.warnings.push(w);
          tables.push(entry);
        }
      }
    } else if (XPT_FILE.test(file.name)) {
      const datasets = readXpt(bytesOf(file.data), file.name);
      if (!Array.isArray(datasets)) {
        issues.push(datasets);
        continue;
      }
      for (const dataset of datasets) {
        tables.push(
          source(dataset.table, file.name, datasets.length > 1 ? dataset.name : undefined),
        );
      }
    } else {
      const list = new IssueList(file.name);
      const warned = new IssueList(file.name);
      const text = typeof file.data === 'string' ? file.data : decodeText(file.data);
      const table = readTextTable(text, file.name, list, warned);
      if (table === null || list.count > 0) {
        issues.push(...list.list());
        continue;
      }
      const entry = source(table, file.name);
      for (const w of warned.list()) entry.warnings.push(w);
      tables.push(entry);
    }
  }
  if (issues.length > 0) return { ok: false, issues, ...(sheets ? { sheets } : {}) };
  return { ok: true, tables };
}
