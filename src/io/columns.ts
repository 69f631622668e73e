import type { OptionalColumn, Patient } from '../engine/cohort.ts';

/** How a known column's cells are read. */
export type ColumnKind =
  'text' | 'response' | 'visit_response' | 'time' | 'number' | 'boolean' | 'sex' | 'date';

/** A column the importer recognises. */
export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** What is allowed, as shown after "expected" in messages. */
  allowed: string;
  min?: number;
  max?: number;
  /** For a date column: the week column it gives. */
  weekColumn?: string;
}

const TIME = 'weeks ≥ 0';
const BOOLEAN = '0/1, yes/no or true/false';
const DATE = 'a date YYYY-MM-DD';

/**
 * The known columns, in canonical order: week columns, measurements, then date columns
 * (converted to weeks from `start_date`). See the README's input format.
 */
export const COLUMN_SPECS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'text', allowed: 'a unique, non-empty id' },
  { name: 'best_response', kind: 'response', allowed: 'CR, PR, IMP, NR or NE' },
  { name: 'response_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'cr_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'loss_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'death_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'followup_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'age', kind: 'number', allowed: 'years from 0 to 120', min: 0, max: 120 },
  { name: 'sex', kind: 'sex', allowed: 'F or M (also female, male) or blank' },
  { name: 'fever_baseline', kind: 'boolean', allowed: BOOLEAN },
  { name: 'fever_resolved_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'gc_baseline_mg', kind: 'number', allowed: 'mg ≥ 0', min: 0 },
  { name: 'gc_halved_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'sae_related', kind: 'boolean', allowed: BOOLEAN },
  { name: 'sae_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'last_assessment_wk', kind: 'time', allowed: TIME, min: 0 },
  { name: 'start_date', kind: 'date', allowed: DATE },
  { name: 'response_date', kind: 'date', allowed: DATE, weekColumn: 'response_wk' },
  { name: 'cr_date', kind: 'date', allowed: DATE, weekColumn: 'cr_wk' },
  { name: 'loss_date', kind: 'date', allowed: DATE, weekColumn: 'loss_wk' },
  { name: 'death_date', kind: 'date', allowed: DATE, weekColumn: 'death_wk' },
  { name: 'last_followup_date', kind: 'date', allowed: DATE, weekColumn: 'followup_wk' },
  { name: 'gc_halved_date', kind: 'date', allowed: DATE, weekColumn: 'gc_halved_wk' },
  { name: 'fever_resolved_date', kind: 'date', allowed: DATE, weekColumn: 'fever_resolved_wk' },
  { name: 'sae_date', kind: 'date', allowed: DATE, weekColumn: 'sae_wk' },
  {
    name: 'last_assessment_date',
    kind: 'date',
    allowed: DATE,
    weekColumn: 'last_assessment_wk',
  },
];

/** The optional columns in canonical order (see `OptionalColumn`). */
export const OPTIONAL_COLUMNS: readonly OptionalColumn[] = [
  'cr_wk',
  'loss_wk',
  'death_wk',
  'age',
  'sex',
  'fever_baseline',
  'fever_resolved_wk',
  'gc_baseline_mg',
  'gc_halved_wk',
  'sae_related',
  'sae_wk',
  'last_assessment_wk',
];

/** The patient field each optional column fills. */
export const OPTIONAL_FIELDS: Readonly<Record<OptionalColumn, keyof Patient>> = {
  cr_wk: 'crWk',
  loss_wk: 'lossWk',
  death_wk: 'deathWk',
  age: 'age',
  sex: 'sex',
  fever_baseline: 'feverBaseline',
  fever_resolved_wk: 'feverResolvedWk',
  gc_baseline_mg: 'gcBaselineMg',
  gc_halved_wk: 'gcHalvedWk',
  sae_related: 'saeRelated',
  sae_wk: 'saeWk',
  last_assessment_wk: 'lastAssessmentWk',
};

/** Optional columns where a blank cell means "no event" rather than "not recorded". */
export const EVENT_COLUMNS: ReadonlySet<string> = new Set([
  'cr_wk',
  'loss_wk',
  'death_wk',
  'fever_resolved_wk',
  'gc_halved_wk',
  'sae_wk',
]);

const squash = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

const SPEC_BY_SQUASHED = new Map(COLUMN_SPECS.map((spec) => [squash(spec.name), spec]));

/** The known column a header names, ignoring case, spaces, `_` and `-` (`Followup WK`, `followupWk`). */
export function knownColumn(header: string): ColumnSpec | undefined {
  return SPEC_BY_SQUASHED.get(squash(header));
}

/**
 * The identity of a header: the canonical name of a known column, otherwise the
 * lower-cased name; two headers with the same key are the same column.
 */
export function columnKey(header: string): string {
  return knownColumn(header)?.name ?? `extra:${header.trim().toLowerCase()}`;
}
