import { RESPONSE_GRADES, isResponseGrade, type Cohort, type ResponseCode } from './cohort.ts';
import { responseOnset } from './responseOnset.ts';

/**
 * The cohort as a responder definition counts it, for what reads every response grade as
 * response (a fitted simulation scenario): a patient whose best response is a grade the
 * definition leaves out becomes a non-responder (NR, no response, complete-remission or loss time), and a counted
 * responder's response starts where the definition starts it (with CR alone, at `crWk` when
 * given), a loss before that start dropped as `dorOutcomes` ignores it. Deaths, follow-up and
 * everything else are kept. Under every grade (CR, PR and IMP) the cohort itself is returned.
 * Example: `narrowToResponders(hlh, ['CR']).patients.filter((p) => p.bestResponse === 'PR').length // 0`.
 */
export function narrowToResponders(cohort: Cohort, responders: readonly ResponseCode[]): Cohort {
  if (RESPONSE_GRADES.every((grade) => responders.includes(grade))) return cohort;
  return {
    ...cohort,
    patients: cohort.patients.map((p) => {
      if (!isResponseGrade(p.bestResponse)) return p;
      if (!responders.includes(p.bestResponse))
        return { ...p, bestResponse: 'NR', responseWk: null, crWk: null, lossWk: null };
      const onset = responseOnset(p, responders);
      if (onset === null || onset === p.responseWk) return p;
      const lossWk = p.lossWk !== null && p.lossWk >= onset ? p.lossWk : null;
      return { ...p, responseWk: onset, crWk: null, lossWk };
    }),
  };
}
