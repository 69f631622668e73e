import { isJsonObject } from '../../engine/reconstruct/fieldChecks.ts';
import { splitPath } from './splitPath.ts';
import { FORM_FIELDS, type SummaryForm } from './summaryForm.ts';

/**
 * Reads the form's fields out of a summary (parsed JSON, possibly invalid): each figure as text,
 * an empty text where the summary leaves it out. The inverse of `formToSummary` for the fields.
 * Example: `summaryToForm({ n: 18, response: { by_week: { '1': 14 } } }).byWeek1 === '14'`.
 */
export function summaryToForm(summary: unknown): SummaryForm {
  const form: SummaryForm = {};
  for (const field of FORM_FIELDS) {
    let value: unknown = summary;
    for (const part of splitPath(field.path)) value = isJsonObject(value) ? value[part] : undefined;
    form[field.key] =
      value === undefined || value === null
        ? ''
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
  }
  return form;
}
