import { issuePath } from './issuePath.ts';
import { modelFields } from './modelFields.ts';
import type { ModelKind } from './modelOfKind.ts';

/** The paths of the fields the scenario form always shows, besides each model's own. */
const FIXED = [
  'n',
  'response',
  'response.cr',
  'response.pr',
  'response.imp',
  'ttr.distribution',
  'dor.distribution',
  'accrual_wk',
  'cutoff_wk',
  'dropout_hazard',
  'death_hazard',
  'visit_wk',
];

const asObject = (v: unknown) =>
  (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<string, unknown>;

/**
 * The scenario check's messages placed in the scenario form: by the path of the field shown for
 * this scenario JSON that each concerns (`byPath`), and the rest (`general`: about the whole
 * scenario, a field the form does not show, or not JSON at all), for above the form.
 * Example: `formIssues(['dor.shape must be a number above 0'], { dor: { distribution: 'weibull' } }).byPath.get('dor.shape')`.
 */
export function formIssues(
  issues: readonly string[],
  json: unknown,
): { byPath: Map<string, string[]>; general: string[] } {
  const shown = new Set(FIXED);
  const object = asObject(json);
  for (const which of ['ttr', 'dor'] as const) {
    const model = asObject(object[which]);
    const rest = asObject(model.rest);
    if (typeof model.distribution === 'string')
      for (const f of modelFields(model.distribution as ModelKind, rest.distribution as string))
        shown.add(`${which}.${f.key}`);
  }
  const byPath = new Map<string, string[]>();
  const general: string[] = [];
  for (const issue of issues) {
    const path = issuePath(issue);
    if (path === null || !shown.has(path)) general.push(issue);
    else byPath.set(path, [...(byPath.get(path) ?? []), issue]);
  }
  return { byPath, general };
}
