import { dsvFormat } from 'd3-dsv';
import type { IssueList } from './IssueList.ts';
import { MAX_PATIENTS } from './limits.ts';
import type { RawRow, RawTable } from './rawTable.ts';
import { unguardFormula } from './formulaGuard.ts';
import { unclosedQuote } from './unclosedQuote.ts';

const clean = (cell: string): string => unguardFormula(cell.trim());
const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Reads CSV, TSV or semicolon-separated text (RFC 4180 quoting, via d3-dsv) into a raw table:
 * the first non-blank line is the header; blank lines are skipped and not counted as rows;
 * cells are trimmed and lose the quote added by `guardFormula`. Returns `null` after adding
 * an issue when the file has no header or no data rows, too many rows, or a quote that opens a
 * cell and never closes (named by its line, before it swallows the rest of the file).
 * Example: `readDelimited('id,best_response\nP1,CR', ',', issues, warnings)`.
 */
export function readDelimited(
  text: string,
  delimiter: string,
  issues: IssueList,
  warnings: IssueList,
): RawTable | null {
  const open = unclosedQuote(text, delimiter);
  if (open) {
    issues.add(
      null,
      null,
      null,
      `has a quote that opens cell ${open.cell} of line ${open.line} and is never closed, so every later line would be read into that cell; close the quote or remove it`,
    );
    return null;
  }
  const lines = dsvFormat(delimiter).parseRows(text);
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (header === null) {
      header = line.map(clean);
      continue;
    }
    const row = rows.length + 1;
    if (row > MAX_PATIENTS) {
      issues.add(
        null,
        null,
        null,
        `has more than ${MAX_PATIENTS} patients; at most ${MAX_PATIENTS} are allowed`,
      );
      return null;
    }
    const cells = line;
    for (let i = 0; i < cells.length; i += 1) cells[i] = clean(cells[i]);
    if (cells.length > header.length) {
      if (cells.slice(header.length).some((cell) => cell !== '')) {
        issues.add(
          row,
          null,
          null,
          `has ${cells.length} cells but the header has ${header.length} columns; name the extra column or remove its cells`,
        );
      }
      cells.length = header.length;
    } else if (cells.length < header.length) {
      warnings.add(
        row,
        null,
        null,
        `has ${cells.length} cells but the header has ${header.length} columns; missing cells read as blank`,
      );
    }
    rows.push({ row, cells });
  }
  if (header === null) {
    issues.add(null, null, null, 'is empty; expected a header line and one row per patient');
    return null;
  }
  if (rows.length === 0) {
    issues.add(null, null, null, 'has a header but no patients; expected one row per patient');
    return null;
  }
  return { columns: header, rows };
}
