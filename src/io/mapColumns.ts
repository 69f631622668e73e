import type { IssueList } from './IssueList.ts';
import { COLUMN_SPECS, columnKey, knownColumn, type ColumnSpec } from './columns.ts';
import { MAX_COLUMNS, MAX_FIELD_CHARS } from './limits.ts';
import type { RawTable } from './rawTable.ts';

/** Where each column of a raw table goes: known columns by name, unknown ones kept as extras. */
export interface ColumnMap {
  known: { spec: ColumnSpec; index: number; slot: number }[];
  /** Canonical names of the known columns present. */
  names: Set<string>;
  extras: { name: string; index: number }[];
  /** Whether any date column other than `start_date` is present. */
  hasDates: boolean;
}

/**
 * Maps the header of a raw table to known columns (case-insensitive) and extras, checking the
 * header: not too many columns, no duplicate or nameless column with values, the required columns
 * `id`, `best_response` and `followup_wk` (or `start_date` with `last_followup_date`), and
 * `start_date` whenever another date column is used. Returns `null` after adding issues when the
 * header is unusable. Example: `mapColumns({ columns: ['ID', 'Best_Response'], rows: [] }, issues, warnings)`.
 */
export function mapColumns(
  table: RawTable,
  issues: IssueList,
  warnings: IssueList,
): ColumnMap | null {
  const { columns, rows } = table;
  if (columns.length > MAX_COLUMNS) {
    issues.add(
      null,
      null,
      null,
      `has ${columns.length} columns; at most ${MAX_COLUMNS} are allowed`,
    );
    return null;
  }
  const before = issues.count;
  const map: ColumnMap = { known: [], names: new Set(), extras: [], hasDates: false };
  const seen = new Map<string, number>();
  columns.forEach((name, index) => {
    if (name.length > MAX_FIELD_CHARS) {
      issues.add(
        null,
        null,
        name.slice(0, 100),
        `is a header name of ${name.length} characters; at most ${MAX_FIELD_CHARS} are allowed`,
      );
      return;
    }
    if (name === '') {
      const empty = rows.every(
        ({ cells }) => cells[index] === undefined || cells[index] === '' || cells[index] === null,
      );
      if (empty)
        warnings.add(null, null, null, `column ${index + 1} has no header and no values; ignored`);
      else
        issues.add(
          null,
          null,
          null,
          `column ${index + 1} has values but no header name; name every column`,
        );
      return;
    }
    const key = columnKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add(
        null,
        name,
        null,
        `appears twice in the header (columns ${first + 1} and ${index + 1}); header names are case-insensitive`,
      );
      return;
    }
    seen.set(key, index);
    const spec = knownColumn(name);
    if (spec) {
      map.known.push({ spec, index, slot: COLUMN_SPECS.indexOf(spec) });
      map.names.add(spec.name);
      if (spec.weekColumn !== undefined) map.hasDates = true;
    } else {
      map.extras.push({ name, index });
    }
  });
  const has = (name: string): boolean => map.names.has(name);
  for (const required of ['id', 'best_response']) {
    if (!has(required)) issues.add(null, required, null, 'is a required column and is missing');
  }
  if (!has('followup_wk') && !(has('start_date') && has('last_followup_date'))) {
    issues.add(
      null,
      'followup_wk',
      null,
      'is a required column and is missing (or give start_date and last_followup_date)',
    );
  }
  if (!has('start_date')) {
    const dates = map.known
      .filter(({ spec }) => spec.weekColumn !== undefined)
      .map(({ spec }) => spec.name);
    if (dates.length > 0) {
      issues.add(
        null,
        'start_date',
        null,
        `is missing; it is needed to convert ${dates.join(', ')} to weeks`,
      );
    }
  }
  return issues.count > before ? null : map;
}
