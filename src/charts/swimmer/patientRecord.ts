import type { OptionalColumn, Patient } from '../../engine/cohort';
import { showTime } from '../../engine/showTime';
import type { TimeUnit } from '../../engine/timeUnit';

const yesNo = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');

/** How a patient's record was read: what is known beyond the record itself. */
export interface RecordContext {
  /** The patient's assessments in time order, when the visits they were derived from are at hand. */
  assessments?: readonly { week: number }[] | null;
  /**
   * Whether the cohort was derived from visits (or ADaM): its `lastAssessmentWk` is then where
   * a response's follow-up ends — the last assessment, or death, which ends a response — not
   * necessarily an assessment.
   */
  derived?: boolean;
  /**
   * The unit each time column was given in (`mappingUnitOf`): a time is shown in it, with its
   * week (`day 120 (week 17.1)`); weeks when not given.
   */
  unitOf?: (column: string) => TimeUnit;
}

/**
 * A record's value for a narrow box: each time's number kept with its word (`day 120`,
 * `week 17.1`), so that a wrapped value breaks before `(week 17.1)`, not inside it.
 * @example unbrokenTimes('day 120 (week 17.1)') // 'day\u00a0120 (week\u00a017.1)'
 */
export function unbrokenTimes(value: string): string {
  return value.replace(/\b(day|week|month) (?=\d)/g, '$1\u00a0');
}

/**
 * A patient's record as label–value pairs of plain text: the fields every record has, then the
 * optional fields the cohort records (`columns`; all of them when not given) — so a file without
 * sex or age shows no "Sex: —" — then the importer's unrecognised columns (`extra`). Times are
 * written by `showTime` in the unit the file gave them in (`context.unitOf`). The last response
 * assessment is the last of the patient's assessments when `context` has them (never a death
 * after it); for a derived cohort without them it is where the response was followed until.
 * Meant to be shown as text, never as HTML.
 * Example: `patientRecord(p, ['loss_wk'])` is `[['Patient', …], ['Best response', …], ['First response', …], ['Loss of response', …], ['Last follow-up', …]]`.
 */
export function patientRecord(
  p: Patient,
  columns?: readonly OptionalColumn[],
  context: RecordContext = {},
): [string, string][] {
  const time = (column: string, v: number | null | undefined): string =>
    v === null || v === undefined
      ? '—'
      : showTime(v, context.unitOf?.(column) ?? 'weeks', { withWeek: true });
  const assessed = context.assessments;
  const lastAssessment: [string, string] = assessed
    ? [
        'Last response assessment',
        assessed.length === 0 ? 'none' : time('last_assessment_wk', assessed.at(-1)!.week),
      ]
    : [
        context.derived ? 'Response followed until' : 'Last response assessment',
        time('last_assessment_wk', p.lastAssessmentWk),
      ];
  // Without `columns`, the two fields older records lack are shown only when they have a value.
  const has = (column: OptionalColumn) =>
    columns?.includes(column) ??
    ((column !== 'last_assessment_wk' || p.lastAssessmentWk != null) &&
      (column !== 'sae_wk' || p.saeWk != null));
  const rows: [string, string, OptionalColumn | null][] = [
    ['Patient', p.id, null],
    ['Best response', p.bestResponse, null],
    ['First response', time('response_wk', p.responseWk), null],
    ['CR reached', time('cr_wk', p.crWk), 'cr_wk'],
    ['Loss of response', time('loss_wk', p.lossWk), 'loss_wk'],
    ['Death', time('death_wk', p.deathWk), 'death_wk'],
    ['Last follow-up', time('followup_wk', p.followupWk), null],
    [...lastAssessment, 'last_assessment_wk'],
    ['Age', p.age === null ? '—' : String(p.age), 'age'],
    ['Sex', p.sex ?? '—', 'sex'],
    ['Fever at baseline', yesNo(p.feverBaseline), 'fever_baseline'],
    ['Fever resolved', time('fever_resolved_wk', p.feverResolvedWk), 'fever_resolved_wk'],
    [
      'Glucocorticoid at baseline',
      p.gcBaselineMg === null ? '—' : `${p.gcBaselineMg} mg`,
      'gc_baseline_mg',
    ],
    ['Glucocorticoid halved', time('gc_halved_wk', p.gcHalvedWk), 'gc_halved_wk'],
    ['Drug-related SAE', yesNo(p.saeRelated), 'sae_related'],
    [
      'SAE week',
      (p.saeWk ?? null) === null && p.saeRelated ? 'not recorded' : time('sae_wk', p.saeWk),
      'sae_wk',
    ],
  ];
  return [
    ...rows
      .filter(([, , column]) => column === null || has(column))
      .map(([label, value]): [string, string] => [label, value]),
    ...Object.entries(p.extra),
  ];
}
