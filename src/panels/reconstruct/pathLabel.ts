import { FORM_FIELDS } from './summaryForm.ts';

const SECTIONS: Record<string, string> = {
  best_response: 'Best response counts',
  responders: 'Responder definition',
  response: 'Time to response',
  dor: 'Duration of response',
  gc_halved: 'Glucocorticoid halving',
  fever: 'Fever',
  sex: 'Sex counts',
  age: 'Age',
  sae_related: 'Drug-related serious adverse events',
  enrolment: 'Enrolment dates',
  schedule: 'Assessment schedule',
  assumptions: 'Assumptions',
};

/**
 * A readable name for a summary path named by an issue or a constraint: the form's label for a
 * field it shows, a section's name, or the path itself (for parts only in the JSON).
 * Example: `pathLabel('sex') === 'Sex counts'`; `pathLabel('dor.median_wk')` is the form's label.
 */
export function pathLabel(path: string): string {
  return FORM_FIELDS.find((f) => f.path === path)?.label ?? SECTIONS[path] ?? path;
}
