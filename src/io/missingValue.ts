/** How statistics packages and spreadsheets write a missing value: R, SAS, Excel, SPSS. */
const MISSING = new Set(['NA', 'N/A', '#N/A', '.', 'NULL']);

/**
 * Whether a cell is a missing-value marker rather than a value: `NA` (R's `write.csv`), `N/A`,
 * `#N/A` (Excel), `.` (SAS, SPSS) or `NULL` (a database export), in any case, surrounding
 * blanks ignored. Number, time, date, yes/no and sex columns read such a cell as blank; text
 * columns (ids, responses, extra columns) keep it as written.
 * @example isMissingValue('NA') // true; isMissingValue('NE') // false
 */
export function isMissingValue(cell: unknown): boolean {
  return typeof cell === 'string' && MISSING.has(cell.trim().toUpperCase());
}
