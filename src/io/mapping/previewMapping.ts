import { formatIssue } from '../issue.ts';
import { IssueList } from '../IssueList.ts';
import { locateIssues } from '../locateIssues.ts';
import type { RawRow } from '../rawTable.ts';
import { showNumber } from '../../engine/showNumber.ts';
import { applyMapping } from './applyMapping.ts';
import type { ColumnMapping } from './columnMapping.ts';

/** The first rows of one table as a mapping reads them: documented fields, weeks and codes. */
export interface MappedPreview {
  file: string;
  sheet?: string;
  /** The documented fields the mapping fills, in the mapping's order. */
  fields: string[];
  /** The source row number and each field's value as text (`''` for blank). */
  rows: { row: number; cells: string[] }[];
  /** Problems in these rows (a column the table lacks, a code not mapped, mixed units). */
  problems: string[];
}

const show = (cell: unknown): string => {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return showNumber(cell);
  return String(cell);
};

/**
 * Applies a mapping to the first rows of each table (`applyMapping`: the main table's `columns`,
 * the second's `patient_columns`), to show before loading what the file becomes: the mapped
 * fields with times in weeks, dates as ISO dates and codes translated; problems in those rows are
 * listed as the importer would list them, in the words of the app's mapping step (each column as
 * the file names it), and a code not mapped is shown as it is, marked.
 * @example previewMapping(mapping, [{ file: 'v.csv', columns: ['Patient', 'Day'], head }])[0].fields // ['id', 'visit_wk', …]
 */
export function previewMapping(
  mapping: ColumnMapping,
  tables: readonly { file: string; sheet?: string; columns: string[]; head: RawRow[] }[],
): MappedPreview[] {
  const which = ['columns', 'patient_columns'] as const;
  return tables.slice(0, 2).flatMap((t, i) => {
    if (mapping[which[i]] === undefined) return [];
    const table = { columns: t.columns, rows: t.head };
    const issues = new IssueList(t.file, t.sheet);
    let applied = applyMapping(table, mapping, which[i], issues);
    const problems = locateIssues(issues.list(), table, applied.sourceOf).map((issue) =>
      formatIssue(issue, 'app'),
    );
    if (!applied.mapped && applied.unmapped.length > 0) {
      // Show the rows anyway, each code not mapped as it is, marked.
      const values: Record<string, Record<string, string>> = structuredClone(mapping.values ?? {});
      for (const u of applied.unmapped)
        (values[u.field] ??= {})[u.value] = `${u.value} (not mapped)`;
      const marked = { ...mapping, values } as ColumnMapping;
      applied = applyMapping(table, marked, which[i], new IssueList(t.file, t.sheet));
    }
    const base = { file: t.file, ...(t.sheet !== undefined ? { sheet: t.sheet } : {}) };
    if (!applied.mapped) return [{ ...base, fields: [], rows: [], problems }];
    const named = Object.keys(applied.sourceOf).filter(
      (name) => mapping[which[i]]?.[name] !== undefined,
    );
    const indexes = named.map((name) => applied.mapped!.table.columns.indexOf(name));
    return [
      {
        ...base,
        fields: named,
        rows: applied.mapped.table.rows.map(({ row, cells }) => ({
          row,
          cells: indexes.map((index) => show(cells[index])),
        })),
        problems,
      },
    ];
  });
}
