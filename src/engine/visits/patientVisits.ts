import type { Patient } from '../cohort.ts';
import type { VisitRecord } from './assessment.ts';
import type { VisitResponse } from './visitResponse.ts';

/**
 * Writes a patient-level record as visits that `derivePatients` turns back into the same
 * endpoints: the first response (PR before a later CR) at `responseWk`, CR at `crWk`, PD at
 * `lossWk`, and for an ongoing response of a living patient a last assessment at `followupWk`;
 * a non-responder is assessed once, at follow-up (or death). Death and follow-up stay patient-level.
 * Assumes a valid patient whose response, CR and loss fall in different weeks (one visit per
 * week); otherwise throws a `RangeError` naming the patient.
 * @example patientVisits({ id: 'P1', bestResponse: 'PR', responseWk: 1, lossWk: 2, followupWk: 9, … }).assessments
 * // [{ week: 1, response: 'PR', row: 1 }, { week: 2, response: 'PD', row: 2 }]
 */
export function patientVisits(patient: Patient): VisitRecord {
  const visits: [number, VisitResponse][] = [];
  const { bestResponse: best, responseWk, crWk, lossWk, deathWk, followupWk } = patient;
  if (responseWk === null || best === 'NR' || best === 'NE') {
    visits.push([Math.min(followupWk, deathWk ?? followupWk), best === 'NE' ? 'NE' : 'NR']);
  } else {
    const laterCr = best === 'CR' && crWk !== null && crWk > responseWk;
    visits.push([responseWk, laterCr ? 'PR' : best]);
    if (laterCr) visits.push([crWk, 'CR']);
    const reached = visits[visits.length - 1];
    if (lossWk !== null && lossWk >= responseWk) visits.push([lossWk, 'PD']);
    else if (deathWk === null && followupWk > reached[0]) visits.push([followupWk, reached[1]]);
  }
  const weeks = visits.map(([week]) => week);
  if (weeks.some((week, i) => i > 0 && week <= weeks[i - 1])) {
    throw new RangeError(
      `patient ${patient.id}: response, complete remission and loss must fall in different weeks to be written as visits (weeks ${weeks.join(', ')})`,
    );
  }
  const { age, sex, feverBaseline, feverResolvedWk, gcBaselineMg, gcHalvedWk, saeRelated, extra } =
    patient;
  return {
    id: patient.id,
    assessments: visits.map(([week, response], i) => ({ week, response, row: i + 1 })),
    deathWk,
    followupWk,
    fields: {
      age,
      sex,
      feverBaseline,
      feverResolvedWk,
      gcBaselineMg,
      gcHalvedWk,
      saeRelated,
      extra: { ...extra },
    },
  };
}
