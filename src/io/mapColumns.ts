import type { TimeUnit } from '../engine/timeUnit.ts';
import type { IssueList } from './IssueList.ts';
import { COLUMN_SPECS, knownColumn, type ColumnSpec } from './columns.ts';
import { MAX_COLUMNS } from './limits.ts';
import type { RawTable } from './rawTable.ts';
import { tableColumns } from './tableColumns.ts';
import { timeUnitOf } from './timeUnitOf.ts';

/** Where each column of a raw table goes: known columns by name, unknown ones kept as extras. */
export interface ColumnMap {
  known: { spec: ColumnSpec; index: number; slot: number }[];
  /** Canonical names of the known columns present. */
  names: Set<string>;
  extras: { name: string; index: number }[];
  /** Whether any date column other than `start_date` is present. */
  hasDates: boolean;
  /** The unit a time column was given in (`timeUnitOf`), for messages. */
  unitOf: (column: string) => TimeUnit;
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
  const { columns } = table;
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
  const { known, extras } = tableColumns(table, knownColumn, issues, warnings);
  const names = new Set(known.keys());
  const map: ColumnMap = {
    known: [...known.values()].map(({ spec, index }) => ({
      spec,
      index,
      slot: COLUMN_SPECS.indexOf(spec),
    })),
    names,
    extras,
    hasDates: [...known.values()].some(({ spec }) => spec.weekColumn !== undefined),
    unitOf: (column) => timeUnitOf(table, names, column),
  };
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
