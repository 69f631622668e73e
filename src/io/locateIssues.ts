import type { ImportIssue } from './issue.ts';
import type { RawTable } from './rawTable.ts';
import { cellText } from './readPatient.ts';

const squash = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

/**
 * Points the issues of a table back at the source as the user sees it: a mapped field's column
 * is named by the source header (`Day (visit_wk)`), a value is shown as the source cell held it
 * (before units were converted or codes translated), and a spreadsheet's issues get their cell
 * (`B7`). `sourceOf` maps each column name used in the issues to its source header.
 * Example: `locateIssues(issues, table, { visit_wk: 'Day' })`.
 */
export function locateIssues(
  issues: readonly ImportIssue[],
  source: RawTable,
  sourceOf: Record<string, string> = {},
): ImportIssue[] {
  let rows: Map<number, unknown[]> | null = null;
  const cellsOf = (row: number): unknown[] | undefined => {
    rows ??= new Map(source.rows.map((r) => [r.row, r.cells]));
    return rows.get(row);
  };
  return issues.map((issue) => {
    if (issue.column === null) return issue;
    const mapped = sourceOf[issue.column];
    const header = mapped ?? issue.column;
    let index = source.columns.indexOf(header);
    if (index < 0) index = source.columns.findIndex((c) => squash(c) === squash(header));
    const out: ImportIssue = { ...issue };
    if (mapped !== undefined && squash(mapped) !== squash(issue.column)) {
      out.column = `${mapped} (${issue.column})`;
    }
    if (mapped !== undefined && issue.row !== null && issue.value !== null && index >= 0) {
      out.value = cellText(cellsOf(issue.row)?.[index]) ?? issue.value;
    }
    if (issue.row !== null && index >= 0 && source.columnLetters && issue.cell === undefined) {
      out.cell = `${source.columnLetters[index]}${issue.row}`;
    }
    return out;
  });
}
