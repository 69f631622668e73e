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
  /** Cohort name and source given inside a JSON file. */
  name?: string;
  source?: string;
}

/** One data row: its 1-based number and its cells. */
export interface RawRow {
  row: number;
  cells: unknown[];
}
