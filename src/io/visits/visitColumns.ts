import { COLUMN_SPECS, type ColumnSpec } from '../columns.ts';

const TIME = 'weeks ≥ 0';
const DATE = 'a date YYYY-MM-DD';

/** Patient-level columns a visit-level file may carry, on every row or in a patients file. */
export const PATIENT_LEVEL_COLUMNS: readonly string[] = [
  'start_date',
  'death_wk',
  'death_date',
  'followup_wk',
  'last_followup_date',
  'age',
  'sex',
  'fever_baseline',
  'fever_resolved_wk',
  'fever_resolved_date',
  'gc_baseline_mg',
  'gc_halved_wk',
  'gc_halved_date',
  'sae_related',
];

/**
 * The columns of a visit-level file (one row per patient and assessment), in canonical order:
 * `id`, the visit's label or number, its week or date, the response assessed, then the
 * patient-level columns of the one-row-per-patient format. See the README's input format.
 */
export const VISIT_COLUMN_SPECS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'text', allowed: 'a patient id, the same on each of the patient’s rows' },
  { name: 'visit', kind: 'text', allowed: 'a visit number or label' },
  { name: 'visit_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'visit_date', kind: 'date', allowed: DATE, weekColumn: 'visit_wk' },
  {
    name: 'response',
    kind: 'visit_response',
    allowed:
      'CR, PR, IMP, SD, NR, PD or NE (relapse, reactivation, progression and loss read as PD)',
  },
  ...COLUMN_SPECS.filter((spec) => PATIENT_LEVEL_COLUMNS.includes(spec.name)),
];

const squash = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
const BY_SQUASHED = new Map(VISIT_COLUMN_SPECS.map((spec) => [squash(spec.name), spec]));

/** The visit-level column a header names, ignoring case, spaces, `_` and `-`. */
export function visitColumn(header: string): ColumnSpec | undefined {
  return BY_SQUASHED.get(squash(header));
}
