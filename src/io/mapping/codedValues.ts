import { RESPONSE_CODES } from '../../engine/cohort.ts';
import { VISIT_RESPONSES } from '../../engine/visits/visitResponse.ts';
import type { ColumnMapping } from './columnMapping.ts';
import { suggestValues } from './suggestValues.ts';

/** The fields whose values a mapping translates. */
export const CODED_FIELDS = ['response', 'best_response', 'sex'] as const;
export type CodedField = (typeof CODED_FIELDS)[number];

/** The codes each coded field takes. */
export const FIELD_CODES: Record<CodedField, readonly string[]> = {
  response: VISIT_RESPONSES,
  best_response: RESPONSE_CODES,
  sex: ['F', 'M'],
};

/** One distinct value of a mapped coded column: what the mapping makes of it, and the suggestion. */
export interface CodedValue {
  field: CodedField;
  /** The header of the column it is in. */
  column: string;
  value: string;
  /** Rows that hold it. */
  count: number;
  /** The code it is read as now (an entry of the mapping's values, or a documented code), or `null`: not mapped. */
  code: string | null;
  /** Whether `code` comes from an entry of the mapping's `values`. */
  mapped: boolean;
  /** The suggested code (from the words of the value), or `null` when only the study knows. */
  suggested: string | null;
  reason: string;
}

/** A table as the mapping step knows it: its headers and each column's distinct values (`null`: too many). */
export interface TableValues {
  columns: readonly string[];
  values: readonly (readonly (readonly [string, number])[] | null)[];
}

const key = (text: string): string => text.trim().toLowerCase();
const PROGRESSION = new Set(['relapse', 'reactivation', 'progression', 'loss']);
const SEX_WORDS: Record<string, string> = { f: 'F', female: 'F', m: 'M', male: 'M' };

/** The code a value is read as without a mapping entry, as the importer reads it; `null` if none. */
function documented(field: CodedField, value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (field === 'sex') return SEX_WORDS[key(value)] ?? null;
  if (FIELD_CODES[field].includes(upper)) return upper;
  return field === 'response' && PROGRESSION.has(key(value)) ? 'PD' : null;
}

/**
 * Every distinct value of the coded columns a mapping uses (the response, best response and sex
 * columns, in the main table's `columns` or the second table's `patient_columns`), each with
 * the code it is read as — an entry of the mapping's `values` (matched as the importer matches
 * them: trimmed, case-insensitive), else a documented code (relapse, reactivation, progression
 * and loss read as PD) — or `null` when it is not mapped, and the suggested code with its
 * reason. Columns with too many values to be codes are listed apart.
 * @example codedValues(mapping, tables).values.filter((v) => v.code === null) // what is left to map
 */
export function codedValues(
  mapping: ColumnMapping,
  tables: readonly TableValues[],
): { values: CodedValue[]; tooMany: { field: CodedField; column: string }[] } {
  const values: CodedValue[] = [];
  const tooMany: { field: CodedField; column: string }[] = [];
  const sources: [Partial<Record<string, string>> | undefined, TableValues | undefined][] = [
    [mapping.columns, tables[0]],
    [mapping.patient_columns, tables[1]],
  ];
  for (const field of CODED_FIELDS) {
    const entries = new Map(
      Object.entries(mapping.values?.[field] ?? {}).map(([raw, code]) => [key(raw), code]),
    );
    const seen = new Map<string, CodedValue>();
    for (const [columns, table] of sources) {
      const column = columns?.[field];
      if (column === undefined || table === undefined) continue;
      const index = table.columns.findIndex((c) => key(c) === key(column));
      if (index < 0) continue;
      const distinct = table.values[index];
      if (distinct === null) {
        tooMany.push({ field, column });
        continue;
      }
      for (const { value, count, code: suggested, reason } of suggestValues(field, {
        distinct: new Map(distinct),
      })) {
        const known = seen.get(key(value));
        if (known) {
          known.count += count;
          continue;
        }
        const entry = entries.get(key(value));
        const row: CodedValue = {
          field,
          column,
          value,
          count,
          code: entry ?? documented(field, value),
          mapped: entry !== undefined,
          suggested,
          reason,
        };
        seen.set(key(value), row);
        values.push(row);
      }
    }
  }
  return { values, tooMany };
}
