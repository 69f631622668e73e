import type { ColumnSpec } from './columns.ts';
import type { IssueList } from './IssueList.ts';
import { MAX_FIELD_CHARS } from './limits.ts';
import type { RawTable } from './rawTable.ts';

/** Where each column of a table goes: known columns by canonical name, the rest kept as extras. */
export interface TableColumns {
  known: Map<string, { spec: ColumnSpec; index: number }>;
  extras: { name: string; index: number }[];
}

const isBlank = (cell: unknown): boolean => cell === undefined || cell === null || cell === '';

/**
 * Matches a table's header against a set of known columns (`lookup`, case-insensitive), refusing
 * header names longer than `MAX_FIELD_CHARS`, duplicate columns (two names of one known column,
 * or one unknown name twice in any case) and nameless columns with values, and ignoring (with a
 * warning) nameless empty ones. Cohort tables (`mapColumns`), visit tables and patients tables
 * all read their header here.
 * Example: `tableColumns(table, visitColumn, issues, warnings)`.
 */
export function tableColumns(
  table: RawTable,
  lookup: (header: string) => ColumnSpec | undefined,
  issues: IssueList,
  warnings: IssueList,
): TableColumns {
  const known = new Map<string, { spec: ColumnSpec; index: number }>();
  const extras: { name: string; index: number }[] = [];
  const seen = new Map<string, number>();
  table.columns.forEach((name, index) => {
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
      if (table.rows.every(({ cells }) => isBlank(cells[index]))) {
        warnings.add(null, null, null, `column ${index + 1} has no header and no values; ignored`);
      } else {
        issues.add(
          null,
          null,
          null,
          `column ${index + 1} has values but no header name; name every column`,
        );
      }
      return;
    }
    const spec = lookup(name);
    const key = spec?.name ?? `extra:${name.trim().toLowerCase()}`;
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
    if (spec) known.set(spec.name, { spec, index });
    else extras.push({ name, index });
  });
  return { known, extras };
}
