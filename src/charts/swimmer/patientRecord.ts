import type { OptionalColumn, Patient } from '../../engine/cohort';

const weeks = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `week ${v}`);
const yesNo = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');

/**
 * A patient's record as label–value pairs of plain text: the fields every record has, then the
 * optional fields the cohort records (`columns`; all of them when not given) — so a file without
 * sex or age shows no "Sex: —" — then the importer's unrecognised columns (`extra`). Meant to be
 * shown as text, never as HTML.
 * Example: `patientRecord(p, ['loss_wk'])` is `[['Patient', …], ['Best response', …], ['First response', …], ['Loss of response', …], ['Last follow-up', …]]`.
 */
export function patientRecord(p: Patient, columns?: readonly OptionalColumn[]): [string, string][] {
  // Without `columns`, the two fields older records lack are shown only when they have a value.
  const has = (column: OptionalColumn) =>
    columns?.includes(column) ??
    ((column !== 'last_assessment_wk' || p.lastAssessmentWk != null) &&
      (column !== 'sae_wk' || p.saeWk != null));
  const rows: [string, string, OptionalColumn | null][] = [
    ['Patient', p.id, null],
    ['Best response', p.bestResponse, null],
    ['First response', weeks(p.responseWk), null],
    ['CR reached', weeks(p.crWk), 'cr_wk'],
    ['Loss of response', weeks(p.lossWk), 'loss_wk'],
    ['Death', weeks(p.deathWk), 'death_wk'],
    ['Last follow-up', weeks(p.followupWk), null],
    ['Last response assessment', weeks(p.lastAssessmentWk), 'last_assessment_wk'],
    ['Age', p.age === null ? '—' : String(p.age), 'age'],
    ['Sex', p.sex ?? '—', 'sex'],
    ['Fever at baseline', yesNo(p.feverBaseline), 'fever_baseline'],
    ['Fever resolved', weeks(p.feverResolvedWk), 'fever_resolved_wk'],
    [
      'Glucocorticoid at baseline',
      p.gcBaselineMg === null ? '—' : `${p.gcBaselineMg} mg`,
      'gc_baseline_mg',
    ],
    ['Glucocorticoid halved', weeks(p.gcHalvedWk), 'gc_halved_wk'],
    ['Drug-related SAE', yesNo(p.saeRelated), 'sae_related'],
    [
      'SAE week',
      (p.saeWk ?? null) === null && p.saeRelated ? 'not recorded' : weeks(p.saeWk),
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
