import { csvFormatRows } from 'd3-dsv';
import type { Cohort } from '../engine/cohort.ts';
import { columnKey } from './columns.ts';
import { guardFormula } from './formulaGuard.ts';
import { OPTIONAL_FIELDS, REQUIRED_FIELDS, type Cell } from './patientFields.ts';

function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value + 0) : '';
  return guardFormula(value);
}

/** Header names for the extra columns that cannot be confused with known or earlier columns. */
function extraHeaders(cohort: Cohort, taken: Set<string>): [string, string][] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const patient of cohort.patients) {
    for (const name of Object.keys(patient.extra)) {
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
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
 * Writes a cohort as CSV: `id`, `best_response`, `response_wk`, `followup_wk` and the optional
 * columns the cohort has (`Cohort.columns`, or any with a value), in canonical order, then the
 * extra columns. Booleans are 0/1, blanks are empty; text starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is prefixed with a single quote against formula injection (OWASP), and
 * `parseCohort` removes that quote again, so the CSV round-trips. An extra column whose name
 * clashes with a known column is written as `extra_<name>`.
 * Example: `cohortToCsv(cohort)` starts with `id,best_response,response_wk,followup_wk`.
 */
export function cohortToCsv(cohort: Cohort): string {
  const listed = new Set<string>(cohort.columns);
  const columns = [
    ...REQUIRED_FIELDS,
    ...OPTIONAL_FIELDS.filter(
      ([name, get]) =>
        name === 'followup_wk' || listed.has(name) || cohort.patients.some((p) => get(p) !== null),
    ),
  ];
  const taken = new Set(columns.map(([name]) => name));
  const extras = extraHeaders(cohort, taken);
  const header = [...columns.map(([name]) => name), ...extras.map(([, h]) => guardFormula(h))];
  const rows = cohort.patients.map((p) => [
    ...columns.map(([, get]) => cellText(get(p))),
    ...extras.map(([name]) => (Object.hasOwn(p.extra, name) ? guardFormula(p.extra[name]) : '')),
  ]);
  return `${csvFormatRows([header, ...rows])}\n`;
}
