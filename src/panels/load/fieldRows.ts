import type { ColumnKind } from '../../io/columns.ts';
import type { Layout } from '../../io/mapping/columnMapping.ts';
import { DATE_TWIN } from '../../io/visits/visitColumns.ts';
import { fieldsOf } from '../../io/mapping/mappingFields.ts';
import type { Confidence, MappingSuggestion } from '../../io/mapping/suggestMapping.ts';

/** One documented field in the mapping step: its column now, the suggestion and why. */
export interface FieldRow {
  field: string;
  label: string;
  kind: ColumnKind;
  /** Whether the layout cannot do without it (a week field may be given by its date instead). */
  required: boolean;
  /** The date field that can stand in for this week field (`followup_wk` → `last_followup_date`). */
  twin: string | null;
  /** The column chosen now, or `null`. */
  column: string | null;
  /** The column suggested, or `null`. */
  suggested: string | null;
  /** The suggestion's confidence while the suggested column is the one chosen. */
  confidence: Confidence | null;
  /** Why the field has its column (or none), in words. */
  reason: string;
  /** Whether it belongs with the fields shown first: required, chosen or suggested. */
  main: boolean;
}

/**
 * The rows of the mapping step's field table for one table: every documented field of the
 * layout (for a patients table beside a visits table, `only` its patient-level fields) with the
 * column chosen in `named`, the suggestion's column, confidence and reason, and — where the user
 * changed it — that it was their choice.
 * @example fieldRows('visits', suggestion.main, mapping.columns).filter((r) => r.main)
 */
export function fieldRows(
  layout: Layout,
  suggestion: MappingSuggestion,
  named: Partial<Record<string, string>>,
  only?: ReadonlySet<string>,
): FieldRow[] {
  const suggested = new Map(suggestion.fields.map((f) => [f.field, f]));
  const same = (a: string | null, b: string | null) =>
    (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
  return fieldsOf(layout)
    .filter((field) => !only || only.has(field.name))
    .map((field) => {
      const s = suggested.get(field.name);
      const column = named[field.name] ?? null;
      const proposal = s?.column ?? null;
      let reason: string;
      if (same(column, proposal)) reason = s?.reason ?? 'no column is named like it';
      else if (column === null) reason = `left out (suggested: “${proposal}”, ${s?.reason})`;
      else if (proposal === null) reason = 'your choice';
      else reason = `your choice (suggested: “${proposal}”)`;
      const required = (field.required?.includes(layout) ?? false) && !only;
      return {
        field: field.name,
        label: field.label,
        kind: field.kind,
        required,
        twin: DATE_TWIN.get(field.name) ?? null,
        column,
        suggested: proposal,
        confidence: same(column, proposal) && column !== null ? (s?.confidence ?? null) : null,
        reason,
        main: required || column !== null || proposal !== null || field.name === 'id',
      };
    });
}
