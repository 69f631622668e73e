import type { IssueList } from './IssueList.ts';
import { detectFormat } from './detectFormat.ts';
import { MAX_FILE_CHARS } from './limits.ts';
import type { RawTable } from './rawTable.ts';
import { readDelimited } from './readDelimited.ts';
import { readJson } from './readJson.ts';

const DELIMITER_NAMES: Record<string, string> = { '\t': 'tab', ';': 'semicolon' };

/**
 * Reads cohort text (CSV, TSV, semicolon-separated or JSON, by name and content) into a raw
 * table, or `null` after adding the issue that refuses it.
 */
export function readTextTable(
  text: string,
  file: string,
  issues: IssueList,
  warnings: IssueList,
): RawTable | null {
  if (typeof text !== 'string') {
    issues.add(null, null, null, 'could not be read as text');
    return null;
  }
  if (text.length > MAX_FILE_CHARS) {
    issues.add(
      null,
      null,
      null,
      `is ${text.length} characters long; at most ${MAX_FILE_CHARS} are allowed`,
    );
    return null;
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    issues.add(null, null, null, 'is empty; expected a header line and one row per patient');
    return null;
  }
  const format = detectFormat(file, body);
  if (format.kind === 'json') return readJson(body, issues);
  const table = readDelimited(body, format.delimiter, issues, warnings);
  const name = DELIMITER_NAMES[format.delimiter];
  if (name !== undefined && /\.csv$/i.test(file)) {
    warnings.add(null, null, null, `is read as ${name}-separated: its header has no commas`);
  }
  return table;
}
