import { FORM_FIELDS, type FormField } from './summaryForm.ts';

/** Sections whose problems belong next to a field other than their first: the counts' total. */
const SECTION_FIELD: Record<string, string> = { best_response: 'n' };

/**
 * The form field that shows a summary path named by a validation issue or a conflict: the field
 * with that path, else the first field inside that section (`sex` → Female), else `null` when the
 * form does not show it (it is then only in the JSON). Best-response totals go next to n.
 * Example: `fieldOfPath('response.by_week.1')?.key === 'byWeek1'`.
 */
export function fieldOfPath(path: string): FormField | null {
  return (
    FORM_FIELDS.find((f) => f.path === path) ??
    FORM_FIELDS.find((f) => f.key === SECTION_FIELD[path]) ??
    FORM_FIELDS.find((f) => f.path.startsWith(`${path}.`)) ??
    null
  );
}
