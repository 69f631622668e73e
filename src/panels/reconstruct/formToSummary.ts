import { isJsonObject, type JsonObject } from '../../engine/reconstruct/fieldChecks.ts';
import { splitPath } from './splitPath.ts';
import { FORM_FIELDS, type SummaryForm } from './summaryForm.ts';

/**
 * Writes the form's fields into a copy of a summary (parsed JSON): numbers where the text reads
 * as a number, the text itself otherwise (so the validator names the field), and an empty text
 * removes the figure; sections left empty are removed. Parts the form does not show are kept.
 * The result is unchecked: pass it to `checkSummary`.
 * Example: `formToSummary({ ...form, n: '20' }, hlh).n === 20`.
 */
export function formToSummary(form: SummaryForm, base: unknown): JsonObject {
  const summary: JsonObject = isJsonObject(base) ? structuredClone(base) : {};
  for (const field of FORM_FIELDS) {
    const text = (form[field.key] ?? '').trim();
    const parts = splitPath(field.path);
    if (text === '') {
      remove(summary, parts);
      continue;
    }
    const number = Number(text);
    const value =
      field.kind === 'text' || field.kind === 'date' || !Number.isFinite(number) ? text : number;
    let node = summary;
    for (const part of parts.slice(0, -1)) {
      if (!isJsonObject(node[part])) node[part] = {};
      node = node[part] as JsonObject;
    }
    node[parts[parts.length - 1]] = value;
  }
  return summary;
}

/** Deletes the value at `parts` and every section the deletion leaves empty. */
function remove(node: JsonObject, parts: string[]): void {
  const [head, ...rest] = parts;
  if (rest.length === 0) {
    delete node[head];
    return;
  }
  const child = node[head];
  if (!isJsonObject(child)) return;
  remove(child, rest);
  if (Object.keys(child).length === 0) delete node[head];
}
