import { FORM_FIELDS, type FormField } from './summaryForm.ts';

/**
 * The form field that shows a summary path named by a validation issue or a conflict: the field
 * with that path, else the first field inside that section (`sex` → Female), else `null` when the
 * form does not show it (it is then only in the JSON).
 * Example: `fieldOfPath('response.by_week.1')?.key === 'byWeek1'`.
 */
export function fieldOfPath(path: string): FormField | null {
  return (
    FORM_FIELDS.find((f) => f.path === path) ??
    FORM_FIELDS.find((f) => f.path.startsWith(`${path}.`)) ??
    null
  );
}
