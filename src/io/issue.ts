import { adviceText, type Audience, type IssueAdvice } from './issueAdvice.ts';

/**
 * One problem found while importing a cohort: where it is and what is wrong.
 * `row` is the 1-based data row (for JSON, the 1-based index in the patients array; for a
 * spreadsheet, the row number the spreadsheet shows); `row`, `column` and `value` are `null`
 * when the problem concerns the whole file. A spreadsheet's issues also name the sheet and,
 * when row and column are known, the cell (`C7`).
 */
export interface ImportIssue {
  file: string;
  sheet?: string;
  cell?: string;
  row: number | null;
  column: string | null;
  value: string | null;
  /** What is wrong and what is allowed, e.g. `is not a number; expected weeks ≥ 0`. */
  message: string;
  /** What to do about it where that differs between the app and the command line (`adviceText`). */
  advice?: IssueAdvice;
}

const SHOWN_VALUE_CHARS = 60;

/** Shows a cell value on one line: control characters escaped, long values shortened. */
function showValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped here
  const escaped = value.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const chars = Array.from(escaped);
  return chars.length > SHOWN_VALUE_CHARS
    ? `${chars.slice(0, SHOWN_VALUE_CHARS).join('')}…`
    : escaped;
}

/**
 * Formats an issue as one line of text: file, row, column, the offending value, the message and
 * its advice in the words of its `audience` (the app's mapping step, or the CLI's MAP.json).
 * Example: `formatIssue({ file: 'cohort.csv', row: 3, column: 'response_wk', value: 'abc',
 * message: 'is not a number; expected weeks ≥ 0' }, 'cli')` gives
 * `cohort.csv, row 3, column response_wk: "abc" is not a number; expected weeks ≥ 0`.
 */
export function formatIssue(issue: ImportIssue, audience: Audience): string {
  let where = issue.file;
  if (issue.sheet !== undefined) where += `, sheet ${issue.sheet}`;
  if (issue.row !== null) where += `, row ${issue.row}`;
  if (issue.column !== null) where += `, column ${issue.column}`;
  if (issue.cell !== undefined) where += ` (cell ${issue.cell})`;
  const value = issue.value === null ? '' : `"${showValue(issue.value)}" `;
  const advice = issue.advice ? `; ${adviceText(issue.advice, audience)}` : '';
  return `${where}: ${value}${issue.message}${advice}`;
}
