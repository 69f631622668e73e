import type { Cohort } from '../engine/cohort.ts';
import { IssueList } from './IssueList.ts';
import type { ImportIssue } from './issue.ts';
import { cohortFromTable } from './cohortFromTable.ts';
import { cohortNames } from './cohortNames.ts';
import { readTextTable } from './readTextTable.ts';

/** The outcome of an import: a cohort with warnings, or the reasons it was refused. */
export type ParseResult =
  { ok: true; cohort: Cohort; warnings: ImportIssue[] } | { ok: false; issues: ImportIssue[] };

/** Options of `parseCohort`: the file name (for messages and format), and an optional name and source. */
export interface ParseOptions {
  fileName: string;
  name?: string;
  source?: string;
}

function readCohort(text: string, options: ParseOptions, file: string): ParseResult {
  const issues = new IssueList(file);
  const warnings = new IssueList(file);
  const refuse = (): ParseResult => ({ ok: false, issues: issues.list() });
  const table = readTextTable(text, file, issues, warnings);
  if (table === null || table.rows.length === 0) return refuse();
  const read = cohortFromTable(table, issues, warnings);
  if (read === null) return refuse();
  const cohort: Cohort = { ...cohortNames(file, options, table), ...read };
  return { ok: true, cohort, warnings: warnings.list() };
}

/**
 * Reads and validates a patient-level cohort from CSV, TSV or JSON text (format from the file
 * name and content; see the README's input format). Never throws: a refused file gives every
 * problem found (up to `MAX_ISSUES`), each naming file, row, column and value.
 * The name defaults to the file name without extension, the source to `Uploaded file <name>`;
 * a JSON file may give both, and `options` override them. A week column and its date column
 * (e.g. `response_wk` and `response_date`) may both be given when they agree within half a day
 * (the week value is kept); otherwise the row is refused.
 * Example: `parseCohort('id,best_response,response_wk,followup_wk\nP1,CR,1,8', { fileName: 'a.csv' })`
 * gives `{ ok: true, cohort: { name: 'a', patients: [ … ] }, warnings: [] }`.
 */
export function parseCohort(text: string, options: ParseOptions): ParseResult {
  const file =
    typeof options?.fileName === 'string' && options.fileName !== '' ? options.fileName : 'input';
  try {
    return readCohort(text, options ?? { fileName: file }, file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        { file, row: null, column: null, value: null, message: `could not be read (${detail})` },
      ],
    };
  }
}
