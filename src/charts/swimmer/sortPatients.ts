import { RESPONSE_CODES, type Patient, type ResponseCode } from '../../engine/cohort';
import { naturalIdOrder } from './naturalIdOrder';
import { orderByKeys } from './orderByKeys';

/** The orders a swimmer plot offers, top lane first. */
export type SwimmerSort = 'followup' | 'dor' | 'ttr' | 'response' | 'id';

/** Duration of response in weeks: first response to loss, death or last follow-up. */
export function durationOfResponse(p: Patient): number | null {
  if (p.responseWk === null) return null;
  return (p.lossWk ?? p.deathWk ?? p.followupWk) - p.responseWk;
}

/**
 * The keys of an order, compared ascending in turn before the id: follow-up longest first;
 * responders (best response in `responders`, with a response week) first, by duration of
 * response longest first or by time to response quickest first; best response best first.
 */
function sortKeys(
  patients: readonly Patient[],
  sort: SwimmerSort,
  responders: readonly ResponseCode[],
): Float64Array[] {
  const responding = new Set(responders);
  const n = patients.length;
  const key = (of: (p: Patient) => number) => {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = of(patients[i]);
    return values;
  };
  const responderKey = (of: (p: Patient) => number) =>
    key((p) => (responding.has(p.bestResponse) && p.responseWk !== null ? of(p) : Infinity));
  const longerFollowup = () => key((p) => -p.followupWk);
  if (sort === 'followup') return [longerFollowup()];
  if (sort === 'dor') return [responderKey((p) => -durationOfResponse(p)!), longerFollowup()];
  if (sort === 'ttr') return [responderKey((p) => p.responseWk!), longerFollowup()];
  if (sort === 'response') {
    return [key((p) => RESPONSE_CODES.indexOf(p.bestResponse)), longerFollowup()];
  }
  return [];
}

/**
 * The order of a swimmer plot's lanes as indices into `patients`, top lane first: `followup`
 * longest first, `dor` longest response first, `ttr` quickest response first (both with
 * non-responders last), `response` best response first (then longest follow-up), `id` in natural
 * order (`compareIds`); ties fall back to the id, identical ids keep their input order. The ids'
 * order is computed once per patients array (`naturalIdOrder`), so a new order of 100,000
 * patients is a few sorts of typed arrays (`orderByKeys`).
 * Example: `sortOrder(cohort.patients, 'ttr', ['CR', 'PR', 'IMP'])[0]` is the quickest responder.
 */
export function sortOrder(
  patients: readonly Patient[],
  sort: SwimmerSort,
  responders: readonly ResponseCode[],
): Uint32Array {
  const ids = naturalIdOrder(patients);
  const keys = sortKeys(patients, sort, responders);
  if (keys.length === 0) return ids.order.slice();
  return orderByKeys(keys, { rank: ids.rank, byTie: ids.order });
}

/**
 * Returns a sorted copy of the patients, top lane first, in the order of {@link sortOrder}.
 * Example: `sortPatients(cohort.patients, 'ttr', ['CR', 'PR', 'IMP'])`.
 */
export function sortPatients(
  patients: readonly Patient[],
  sort: SwimmerSort,
  responders: readonly ResponseCode[],
): Patient[] {
  return Array.from(sortOrder(patients, sort, responders), (i) => patients[i]);
}
