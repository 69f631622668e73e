import { RESPONSE_CODES, type Patient, type ResponseCode } from '../../engine/cohort';

/** The orders a swimmer plot offers, top lane first. */
export type SwimmerSort = 'followup' | 'dor' | 'ttr' | 'response' | 'id';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const byId = (a: Patient, b: Patient) =>
  collator.compare(a.id, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Duration of response in weeks: first response to loss, death or last follow-up. */
export function durationOfResponse(p: Patient): number | null {
  if (p.responseWk === null) return null;
  return (p.lossWk ?? p.deathWk ?? p.followupWk) - p.responseWk;
}

/**
 * Returns a sorted copy of the patients, top lane first: `followup` longest first, `dor` longest
 * response first, `ttr` quickest response first (both with non-responders last), `response`
 * best response first (then longest follow-up), `id` in natural order; ties fall back to id.
 * Example: `sortPatients(cohort.patients, 'ttr', ['CR', 'PR', 'IMP'])`.
 */
export function sortPatients(
  patients: readonly Patient[],
  sort: SwimmerSort,
  responders: readonly ResponseCode[],
): Patient[] {
  const responding = new Set(responders);
  const isResponder = (p: Patient) => responding.has(p.bestResponse) && p.responseWk !== null;
  const respondersFirst = (a: Patient, b: Patient) =>
    Number(isResponder(b)) - Number(isResponder(a));
  const compare: Record<SwimmerSort, (a: Patient, b: Patient) => number> = {
    followup: (a, b) => b.followupWk - a.followupWk,
    dor: (a, b) =>
      respondersFirst(a, b) ||
      (isResponder(a) ? durationOfResponse(b)! - durationOfResponse(a)! : 0) ||
      b.followupWk - a.followupWk,
    ttr: (a, b) =>
      respondersFirst(a, b) ||
      (isResponder(a) ? a.responseWk! - b.responseWk! : 0) ||
      b.followupWk - a.followupWk,
    response: (a, b) =>
      RESPONSE_CODES.indexOf(a.bestResponse) - RESPONSE_CODES.indexOf(b.bestResponse) ||
      b.followupWk - a.followupWk,
    id: () => 0,
  };
  return [...patients].sort((a, b) => compare[sort](a, b) || byId(a, b));
}
