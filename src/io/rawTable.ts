import type { TimeUnit } from '../engine/timeUnit.ts';

/**
 * A file read into columns and rows before validation. Cells are aligned with `columns`;
 * text cells are trimmed; `undefined` or `''` means blank. JSON cells keep their JSON type.
 */
export interface RawTable {
  /** Header names as written (trimmed). */
  columns: string[];
  rows: RawRow[];
  /** The sheet a spreadsheet table came from. */
  sheet?: string;
  /** For a spreadsheet: the column letter (`C`) of each column, to name cells in issues. */
  columnLetters?: string[];
  /**
   * For a table rewritten by a column mapping: the unit each time field was given in before it
   * was converted to weeks (by field name), so that messages show times as the file has them.
   * Absent: weeks.
   */
  units?: Partial<Record<string, TimeUnit>>;
  /** Cohort name and source given inside a JSON file. */
  name?: string;
  source?: string;
}

/** One data row: its 1-based number and its cells. */
export interface RawRow {
  row: number;
  cells: unknown[];
}
