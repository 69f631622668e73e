import type { Patient } from '../../../../src/engine/cohort.ts';
import { makePatient } from '../../../helpers/makeCohort.ts';

/** A responder from week 1 who loses the response at week 4 and is followed to week 10. */
export const lost: Patient = makePatient({
  id: 'LOST',
  bestResponse: 'PR',
  responseWk: 1,
  lossWk: 4,
  followupWk: 10,
});
/** A responder from week 2 still responding at last follow-up, week 8. */
export const ongoing: Patient = makePatient({
  id: 'ON',
  bestResponse: 'CR',
  responseWk: 2,
  followupWk: 8,
});
/** A non-responder who dies at week 5. */
export const died: Patient = makePatient({ id: 'DIED', deathWk: 5, followupWk: 5 });
