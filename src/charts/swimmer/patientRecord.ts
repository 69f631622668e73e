import type { Patient } from '../../engine/cohort';

const weeks = (v: number | null) => (v === null ? '—' : `week ${v}`);
const yesNo = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');

/**
 * A patient's whole record as label–value pairs of plain text, recorded columns first and the
 * importer's unrecognised columns (`extra`) after; meant to be shown as text, never as HTML.
 * Example: `patientRecord(p)[0]` is `['Patient', p.id]`.
 */
export function patientRecord(p: Patient): [string, string][] {
  return [
    ['Patient', p.id],
    ['Best response', p.bestResponse],
    ['First response', weeks(p.responseWk)],
    ['CR reached', weeks(p.crWk)],
    ['Loss of response', weeks(p.lossWk)],
    ['Death', weeks(p.deathWk)],
    ['Last follow-up', weeks(p.followupWk)],
    ['Age', p.age === null ? '—' : String(p.age)],
    ['Sex', p.sex ?? '—'],
    ['Fever at baseline', yesNo(p.feverBaseline)],
    ['Fever resolved', weeks(p.feverResolvedWk)],
    ['Glucocorticoid at baseline', p.gcBaselineMg === null ? '—' : `${p.gcBaselineMg} mg`],
    ['Glucocorticoid halved', weeks(p.gcHalvedWk)],
    ['Drug-related SAE', yesNo(p.saeRelated)],
    ...Object.entries(p.extra),
  ];
}
