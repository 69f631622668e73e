import { adamKind } from './adam/adamKind.ts';
import { fileIssue } from './fileIssue.ts';
import type { ImportIssue } from './issue.ts';
import type { Layout } from './mapping/columnMapping.ts';
import { profileColumn } from './mapping/profileColumn.ts';
import { suggestImportMapping, type ImportSuggestion } from './mapping/suggestImportMapping.ts';
import { suggestMapping } from './mapping/suggestMapping.ts';
import type { RawRow, RawTable } from './rawTable.ts';
import { readSources, type SourceFile } from './readSources.ts';

/** Most distinct values of a column kept for the mapping step; a column with more has none kept. */
export const MAX_COLUMN_VALUES = 60;
/** Rows of each table kept for the mapping step's preview. */
export const PREVIEW_ROWS = 6;

/** What the mapping step needs of one table: its columns, first rows and each column's values. */
export interface TableSample {
  file: string;
  sheet?: string;
  columns: string[];
  /** For a spreadsheet: each column's letter. */
  columnLetters?: string[];
  /** Data rows in the whole table. */
  rowCount: number;
  /** The first rows, as read. */
  head: RawRow[];
  /**
   * Each column's distinct values (as text) with their counts, in order of first appearance;
   * `null` for a column with more than `MAX_COLUMN_VALUES` of them (not a coded column).
   */
  values: ([string, number][] | null)[];
}

/** The tables of some files as the mapping step shows them, or why they cannot be read. */
export type Inspection =
  | {
      ok: true;
      /** Whether the files are ADaM datasets (read by their variables; no mapping step). */
      adam: boolean;
      /** The tables, the visits table first when there are two. */
      tables: TableSample[];
      /** The suggested mapping of the tables; `null` for ADaM. */
      suggestion: ImportSuggestion | null;
    }
  | { ok: false; issues: ImportIssue[]; sheets?: { file: string; sheets: string[] } };

function sample(table: RawTable, file: string, sheet: string | undefined): TableSample {
  const values = table.columns.map((_, index) => {
    const { distinct } = profileColumn(table, index);
    return distinct.size > MAX_COLUMN_VALUES ? null : [...distinct];
  });
  return {
    file,
    ...(sheet !== undefined ? { sheet } : {}),
    columns: table.columns,
    ...(table.columnLetters ? { columnLetters: table.columnLetters } : {}),
    rowCount: table.rows.length,
    head: table.rows.slice(0, PREVIEW_ROWS),
    values,
  };
}

/**
 * Reads files far enough for the mapping step (`readSources`: CSV, TSV, JSON, spreadsheets —
 * the sheet or sheets chosen by `sheet` — and SAS transport) and describes each table: its
 * columns, its first rows and the values of its coded columns, with the suggested mapping
 * (`suggestImportMapping`; of two tables, the one whose ids repeat is read as the visits). ADaM
 * datasets are recognised and get no suggestion: they are read by their variables. Never
 * throws; a workbook whose sheet must be chosen is refused with its sheets. `layout` overrides
 * the layout the suggestion would choose for a single table.
 * @example const seen = await inspectFiles([{ name: 'visits.csv', data: text }]); seen.ok && seen.suggestion?.mapping
 */
export async function inspectFiles(
  files: readonly SourceFile[],
  options: { sheet?: string; headerRow?: number; layout?: Layout } = {},
): Promise<Inspection> {
  try {
    const { layout, ...where } = options;
    const read = await readSources(files, where);
    if (!read.ok) return read;
    const tables = read.tables.map((t) => ({
      table: t.table,
      file: t.issues.file,
      sheet: t.issues.sheet,
    }));
    const samples = () => tables.map((t) => sample(t.table, t.file, t.sheet));
    if (tables.every((t) => adamKind(t.table.columns) !== null)) {
      return { ok: true, adam: true, tables: samples(), suggestion: null };
    }
    if (tables.length > 2) {
      return {
        ok: false,
        issues: [
          fileIssue(
            tables.map((t) => t.file).join(', '),
            `are ${tables.length} tables; give one cohort file, a visits file with a patients file, or ADaM datasets`,
          ),
        ],
      };
    }
    const repeats = (t: RawTable) => suggestMapping(t).layout.layout === 'visits';
    if (tables.length === 2 && !repeats(tables[0].table) && repeats(tables[1].table)) {
      tables.reverse();
    }
    return {
      ok: true,
      adam: false,
      tables: samples(),
      suggestion: suggestImportMapping(tables[0].table, tables[1]?.table, { layout }),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [fileIssue(files[0]?.name ?? 'input', `could not be read (${detail})`)],
    };
  }
}
