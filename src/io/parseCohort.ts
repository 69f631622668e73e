import type { Cohort, Patient } from '../engine/cohort.ts';
import { IssueList } from './IssueList.ts';
import type { ImportIssue } from './issue.ts';
import { checkPatient } from './checkPatient.ts';
import { detectFormat } from './detectFormat.ts';
import { MAX_FILE_CHARS } from './limits.ts';
import { mapColumns } from './mapColumns.ts';
import { presentColumns } from './presentColumns.ts';
import type { RawTable } from './rawTable.ts';
import { readDelimited } from './readDelimited.ts';
import { readJson } from './readJson.ts';
import { readPatient } from './readPatient.ts';

/** The outcome of an import: a cohort with warnings, or the reasons it was refused. */
export type ParseResult =
  { ok: true; cohort: Cohort; warnings: ImportIssue[] } | { ok: false; issues: ImportIssue[] };

/** Options of `parseCohort`: the file name (for messages and format), and an optional name and source. */
export interface ParseOptions {
  fileName: string;
  name?: string;
  source?: string;
}

const DELIMITER_NAMES: Record<string, string> = { '\t': 'tab', ';': 'semicolon' };

function readCohort(text: string, options: ParseOptions, file: string): ParseResult {
  const issues = new IssueList(file);
  const warnings = new IssueList(file);
  const refuse = (): ParseResult => ({ ok: false, issues: issues.list() });
  if (typeof text !== 'string') {
    issues.add(null, null, null, 'could not be read as text');
    return refuse();
  }
  if (text.length > MAX_FILE_CHARS) {
    issues.add(
      null,
      null,
      null,
      `is ${text.length} characters long; at most ${MAX_FILE_CHARS} are allowed`,
    );
    return refuse();
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    issues.add(null, null, null, 'is empty; expected a header line and one row per patient');
    return refuse();
  }
  const format = detectFormat(file, body);
  let table: RawTable | null;
  if (format.kind === 'json') {
    table = readJson(body, issues);
  } else {
    table = readDelimited(body, format.delimiter, issues, warnings);
    const name = DELIMITER_NAMES[format.delimiter];
    if (name !== undefined && /\.csv$/i.test(file)) {
      warnings.add(null, null, null, `is read as ${name}-separated: its header has no commas`);
    }
  }
  if (table === null || table.rows.length === 0) return refuse();
  const map = mapColumns(table, issues, warnings);
  if (map === null) return refuse();

  const patients: Patient[] = [];
  const firstRow = new Map<string, number>();
  const responseColumn = map.names.has('response_wk') || map.names.has('response_date');
  let responders = 0;
  for (const raw of table.rows) {
    const { patient, valid } = readPatient(raw, map, issues);
    if (valid) {
      checkPatient(patient, raw.row, { responseColumn }, issues, warnings);
      if (patient.bestResponse !== 'NR' && patient.bestResponse !== 'NE') responders += 1;
    }
    if (patient.id !== '') {
      const first = firstRow.get(patient.id);
      if (first === undefined) firstRow.set(patient.id, raw.row);
      else
        issues.add(
          raw.row,
          'id',
          patient.id,
          `duplicates the id of row ${first}; ids must be unique`,
        );
    }
    patients.push(patient);
  }
  if (!responseColumn && responders > 0) {
    warnings.add(
      null,
      'response_wk',
      null,
      `is missing but ${responders === 1 ? '1 patient is a responder' : `${responders} patients are responders`} (CR, PR, IMP); response rates are computed, but duration of response and time to response are not without the week of first response`,
    );
  }
  if (issues.count > 0) return refuse();

  const columns = presentColumns(map, patients, warnings);
  const base = file.split(/[\\/]/).pop() ?? file;
  const cohort: Cohort = {
    name: options.name ?? table.name ?? (base.replace(/\.[^.]*$/, '') || base),
    source: options.source ?? table.source ?? `Uploaded file ${base}`,
    patients,
    columns,
  };
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
