import { csvFormatRows } from 'd3-dsv';
import type { Cohort, Patient } from '../engine/cohort.ts';
import { columnKey } from './columns.ts';
import { guardFormula } from './formulaGuard.ts';
import { OPTIONAL_FIELDS, REQUIRED_FIELDS, type Cell } from './patientFields.ts';

/** Patients per chunk of rows: a few milliseconds of formatting for the documented columns. */
export const CSV_CHUNK_ROWS = 2000;

function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value + 0) : '';
  return guardFormula(value);
}

/** The columns a cohort's CSV has: the known ones, in canonical order, then the extra ones. */
interface CsvColumns {
  fields: (readonly [string, (p: Patient) => Cell])[];
  /** Each extra column's name in the cohort, and its header in the CSV. */
  extras: [string, string][];
}

/** Header names for the extra columns that cannot be confused with known or earlier columns. */
function extraHeaders(names: string[], taken: Set<string>): [string, string][] {
  return names.map((name) => {
    const base = name.trim() || 'extra';
    let header = base;
    for (let n = 1; taken.has(columnKey(header)); n += 1) {
      header = n === 1 ? `extra_${base}` : `extra_${base}_${n}`;
    }
    taken.add(columnKey(header));
    return [name, header];
  });
}

/**
 * Finds the optional columns with a value and the extra columns, looking at `step` patients at a
 * time and yielding an empty piece between batches.
 */
function* findColumns(cohort: Cohort, step: number): Generator<string, CsvColumns> {
  const found = new Set<string>(['followup_wk', ...cohort.columns]);
  const sought = OPTIONAL_FIELDS.filter(([name]) => !found.has(name));
  const extraNames: string[] = [];
  const seen = new Set<string>();
  const { patients } = cohort;
  for (let start = 0; start < patients.length; start += step) {
    if (start > 0) yield '';
    const end = Math.min(patients.length, start + step);
    for (const [name, get] of sought) {
      for (let i = start; i < end && !found.has(name); i++) {
        if (get(patients[i]) !== null) found.add(name);
      }
    }
    for (let i = start; i < end; i++) {
      const { extra } = patients[i];
      for (const name in extra) {
        if (Object.hasOwn(extra, name) && !seen.has(name)) {
          seen.add(name);
          extraNames.push(name);
        }
      }
    }
  }
  const fields = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS.filter(([name]) => found.has(name))];
  const extras = extraHeaders(extraNames, new Set(fields.map(([name]) => name)));
  return { fields, extras };
}

/**
 * Writes a cohort as CSV in pieces, so that a caller may pause between pieces: first empty pieces
 * while the columns are found (a pass over the patients, `rows` at a time), then the header line,
 * then the rows of `rows` patients at a time, each piece ending with a line break. Joined, the
 * pieces are the cohort's canonical CSV (`cohortToCsv`), whatever `rows` is: `id`,
 * `best_response`, `response_wk`, `followup_wk` and the optional columns the cohort has
 * (`Cohort.columns`, or any with a value), in canonical order, then the extra columns. Booleans
 * are 0/1, blanks are empty; text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with a single quote against formula injection (OWASP), and `parseCohort` removes that
 * quote again, so the CSV round-trips. An extra column whose name clashes with a known column is
 * written as `extra_<name>`. The cohort must not change until the last piece has been written.
 * @example [...cohortCsvChunks(cohort, 10)] // 18 patients: ['', 'id,best_response,…\n', 'P01,…\nP10,…\n', 'P11,…\n']
 */
export function* cohortCsvChunks(cohort: Cohort, rows = CSV_CHUNK_ROWS): Generator<string> {
  const step = Math.max(1, Math.floor(rows));
  const { fields, extras } = yield* findColumns(cohort, step);
  const header = [...fields.map(([name]) => name), ...extras.map(([, h]) => guardFormula(h))];
  yield `${csvFormatRows([header])}\n`;
  const { patients } = cohort;
  for (let start = 0; start < patients.length; start += step) {
    const chunk = patients
      .slice(start, start + step)
      .map((p) => [
        ...fields.map(([, get]) => cellText(get(p))),
        ...extras.map(([name]) =>
          Object.hasOwn(p.extra, name) ? guardFormula(p.extra[name]) : '',
        ),
      ]);
    yield `${csvFormatRows(chunk)}\n`;
  }
}
