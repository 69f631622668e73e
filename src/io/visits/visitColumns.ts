import { COLUMN_SPECS, type ColumnSpec } from '../columns.ts';

const TIME = 'weeks ≥ 0';
const DATE = 'a date YYYY-MM-DD';

/** Times of a patient derived from visits that come from the visits' times (in their unit). */
const FROM_VISIT_TIMES: ReadonlySet<string> = new Set([
  'response_wk',
  'cr_wk',
  'loss_wk',
  'last_assessment_wk',
]);

/**
 * The column whose unit a time of a patient derived from visits is in: the visits' time
 * (`visit_wk`) for the times derived from them — the response, CR, loss, last assessment, and a
 * last follow-up the files do not give (the later of the last visit and death) — else the column
 * itself. `given` holds the canonical names of the columns the files give.
 * @example visitTimeSource('response_wk', new Set(['visit_wk'])) // 'visit_wk'
 */
export function visitTimeSource(column: string, given: ReadonlySet<string>): string {
  if (FROM_VISIT_TIMES.has(column)) return 'visit_wk';
  const followupGiven = given.has('followup_wk') || given.has('last_followup_date');
  return column === 'followup_wk' && !followupGiven ? 'visit_wk' : column;
}

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

/** Week field → the date field that gives it (`followup_wk` → `last_followup_date`). */
export const DATE_TWIN: ReadonlyMap<string, string> = new Map(
  [...COLUMN_SPECS, ...VISIT_COLUMN_SPECS].flatMap((spec) =>
    spec.weekColumn === undefined ? [] : [[spec.weekColumn, spec.name] as const],
  ),
);

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
