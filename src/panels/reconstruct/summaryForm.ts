/** What a field of the summary form holds: a count, weeks, years, a date or free text. */
export type FieldKind = 'count' | 'weeks' | 'years' | 'date' | 'text';

/** One editable figure of a published summary: its place in the summary JSON and its label. */
export interface FormField {
  key: string;
  /** Dotted path in the summary JSON, as the validator and the conflicts name it. */
  path: string;
  label: string;
  kind: FieldKind;
  group: string;
}

/** The form's values, as typed (text), by field key; an empty text leaves the figure out. */
export type SummaryForm = Record<string, string>;

/**
 * The main figures of a published summary that the reconstruction form edits, in display order
 * and grouped; every other part of the summary (assumptions, schedule, other weeks) is kept as it
 * is in the JSON. Example: `FORM_FIELDS.find((f) => f.key === 'n')?.path === 'n'`.
 */
export const FORM_FIELDS: readonly FormField[] = [
  { key: 'n', path: 'n', label: 'Patients (n)', kind: 'count', group: 'Best response' },
  {
    key: 'cr',
    path: 'best_response.CR',
    label: 'Complete (CR)',
    kind: 'count',
    group: 'Best response',
  },
  {
    key: 'pr',
    path: 'best_response.PR',
    label: 'Partial (PR)',
    kind: 'count',
    group: 'Best response',
  },
  {
    key: 'imp',
    path: 'best_response.IMP',
    label: 'Improvement (IMP)',
    kind: 'count',
    group: 'Best response',
  },
  {
    key: 'nr',
    path: 'best_response.NR',
    label: 'No response (NR)',
    kind: 'count',
    group: 'Best response',
  },
  {
    key: 'ne',
    path: 'best_response.NE',
    label: 'Not evaluable (NE)',
    kind: 'count',
    group: 'Best response',
  },
  {
    key: 'ttrMedian',
    path: 'response.median_wk',
    label: 'Median time to response (weeks)',
    kind: 'weeks',
    group: 'Response and its duration',
  },
  {
    key: 'byWeek1',
    path: 'response.by_week.1',
    label: 'Responded by week 1',
    kind: 'count',
    group: 'Response and its duration',
  },
  {
    key: 'dorMedian',
    path: 'dor.median_wk',
    label: 'Median duration of response (weeks)',
    kind: 'weeks',
    group: 'Response and its duration',
  },
  {
    key: 'gcCount',
    path: 'gc_halved.count',
    label: 'Glucocorticoid dose halved (patients)',
    kind: 'count',
    group: 'Glucocorticoids and fever',
  },
  {
    key: 'gcMedian',
    path: 'gc_halved.median_wk',
    label: 'Median time to halving (weeks)',
    kind: 'weeks',
    group: 'Glucocorticoids and fever',
  },
  {
    key: 'feverBaseline',
    path: 'fever.baseline',
    label: 'Febrile at baseline',
    kind: 'count',
    group: 'Glucocorticoids and fever',
  },
  {
    key: 'feverResolved',
    path: 'fever.resolved',
    label: 'Fever resolved',
    kind: 'count',
    group: 'Glucocorticoids and fever',
  },
  {
    key: 'feverBy1',
    path: 'fever.resolved_by_week.1',
    label: 'Fever resolved by week 1',
    kind: 'count',
    group: 'Glucocorticoids and fever',
  },
  {
    key: 'name',
    path: 'name',
    label: 'Study name',
    kind: 'text',
    group: 'Study, patients and dates',
  },
  {
    key: 'female',
    path: 'sex.female',
    label: 'Female',
    kind: 'count',
    group: 'Study, patients and dates',
  },
  {
    key: 'male',
    path: 'sex.male',
    label: 'Male',
    kind: 'count',
    group: 'Study, patients and dates',
  },
  {
    key: 'ageMedian',
    path: 'age.median',
    label: 'Median age (years)',
    kind: 'years',
    group: 'Study, patients and dates',
  },
  {
    key: 'enrolStart',
    path: 'enrolment.start',
    label: 'First enrolment',
    kind: 'date',
    group: 'Study, patients and dates',
  },
  {
    key: 'enrolEnd',
    path: 'enrolment.end',
    label: 'Last enrolment',
    kind: 'date',
    group: 'Study, patients and dates',
  },
  {
    key: 'cutoff',
    path: 'cutoff',
    label: 'Data cut-off',
    kind: 'date',
    group: 'Study, patients and dates',
  },
];
