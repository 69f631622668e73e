import type { Cohort, Patient, ResponseCode } from '../cohort.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import { kaplanMeier, type SurvivalObservation } from '../kaplanMeier.ts';
import { dorObservations } from '../dorObservations.ts';
import { missingResponseTimes } from '../missingResponseTimes.ts';
import { NO_RESPONSE_RECORDED, responseNotRecorded } from '../responseNotRecorded.ts';
import { responseOnset } from '../responseOnset.ts';
import { ttrObservations } from '../ttrObservations.ts';
import { resampleGroups, type ResampleGroups } from './resampleGroups.ts';

/**
 * Survival observations laid out for counting: the distinct times ascending (merged as
 * `kaplanMeier` merges them), and for each group of patients the slot `2k` (event at
 * times[k]), `2k + 1` (censored at times[k]) or `2D` (absent).
 */
export interface KmSlots {
  times: Float64Array;
  slot: Int32Array;
}

/**
 * A cohort reduced to what a bootstrap replicate needs: how its patients are grouped for
 * resampling (`groups`: patients the statistics cannot tell apart, or one patient per group;
 * see `resampleGroups`), and typed arrays indexed by group; plain data, so it can be posted to
 * a worker.
 */
export interface BootstrapPlan {
  n: number;
  groups: ResampleGroups;
  responder: Uint8Array;
  complete: Uint8Array;
  byWeek1: Uint8Array;
  /** False when the cohort has no `gc_halved_wk` column: the statistic is undefined. */
  gcRecorded: boolean;
  gcEligible: Uint8Array;
  gcHalved: Uint8Array;
  dor: KmSlots;
  ttr: KmSlots;
}

function kmSlots(observations: (SurvivalObservation | null)[]): KmSlots {
  // kaplanMeier's distinct times, with nearly equal times merged as R's aeqSurv does
  const times = Float64Array.from(kaplanMeier(observations.filter((o) => o !== null)).time);
  const cell = (t: number) => {
    let lo = 0;
    for (let hi = times.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (times[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Plain loops rather than TypedArray.from with a function: a cohort may have 100,000 patients.
  const slot = new Int32Array(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    slot[i] = o === null ? 2 * times.length : 2 * cell(o.time) + (o.event ? 0 : 1);
  }
  return { times, slot };
}

function flags(patients: readonly Patient[], test: (p: Patient, i: number) => boolean): Uint8Array {
  const out = new Uint8Array(patients.length);
  for (let i = 0; i < patients.length; i++) out[i] = test(patients[i], i) ? 1 : 0;
  return out;
}

/** Each patient's duration-of-response observation (`null` for a non-responder), in patient order. */
function dorPerPatient(
  patients: readonly Patient[],
  onset: readonly (number | null)[],
  responders: readonly ResponseCode[],
): (SurvivalObservation | null)[] {
  // dorObservations gives one observation per patient with an onset, in patient order.
  const observations = dorObservations(patients, responders);
  let next = 0;
  return onset.map((t) => (t === null ? null : observations[next++]));
}

/** The values of the first patient of each group. */
function byGroup<T extends Uint8Array | Int32Array>(perPatient: T, groups: ResampleGroups): T {
  const out = new (perPatient.constructor as new (length: number) => T)(groups.sizes.length);
  for (let i = perPatient.length - 1; i >= 0; i--) out[groups.groupOf[i]] = perPatient[i];
  return out;
}

/**
 * Prepares a cohort for fast resampling, with the endpoint definitions of `analyze` (patients
 * with the same record as the statistics read it form one group when there are many of them
 * per record): response
 * per `responders`, responded by week 1 (onset ≤ 1), glucocorticoid halved among patients with a
 * baseline dose above 0 (all when `gc_baseline_mg` is absent), DOR and TTR as Kaplan–Meier data
 * (none when a responder has no response time, so those statistics are undefined).
 * Throws a RangeError for a cohort without patients, and for one that records no response
 * (`responseNotRecorded`), whose every statistic would be about responses it does not have.
 * @example bootstrapPlan(cohort).n // 18
 */
export function bootstrapPlan(
  cohort: Cohort,
  {
    responders = DEFAULT_ANALYSIS_OPTIONS.responders,
  }: { responders?: readonly ResponseCode[] } = {},
): BootstrapPlan {
  const { patients, columns } = cohort;
  if (patients.length === 0) throw new RangeError('the bootstrap needs at least one patient');
  if (responseNotRecorded(patients)) {
    throw new RangeError(`the bootstrap resamples response endpoints, but ${NO_RESPONSE_RECORDED}`);
  }
  const hasBaseline = columns.includes('gc_baseline_mg');
  const onset = patients.map((p) => responseOnset(p, responders));
  // Responders without a response time count for the proportions; the time-to-event
  // statistics are then undefined in every replicate, as analyze reports them unavailable.
  const timed = missingResponseTimes(patients, responders).length === 0;
  const eligible = (p: Patient) => !hasBaseline || (p.gcBaselineMg ?? 0) > 0;
  const perPatient = {
    responder: flags(patients, (p) => responders.includes(p.bestResponse)),
    complete: flags(patients, (p) => p.bestResponse === 'CR'),
    byWeek1: flags(patients, (_, i) => onset[i] !== null && onset[i]! <= 1),
    gcEligible: flags(patients, eligible),
    gcHalved: flags(patients, (p) => eligible(p) && p.gcHalvedWk !== null),
  };
  const dor = kmSlots(timed ? dorPerPatient(patients, onset, responders) : onset.map(() => null));
  const ttr = kmSlots(timed ? ttrObservations(patients, responders) : onset.map(() => null));
  // A record's key: five flags and two slots, below 32 (2n + 1)^2, exact in a double for any n
  // up to millions (2^53 ≈ 9·10^15).
  const dorSlots = 2 * dor.times.length + 1;
  const ttrSlots = 2 * ttr.times.length + 1;
  const keys = new Float64Array(patients.length);
  for (let i = 0; i < patients.length; i++) {
    const f =
      perPatient.responder[i] |
      (perPatient.complete[i] << 1) |
      (perPatient.byWeek1[i] << 2) |
      (perPatient.gcEligible[i] << 3) |
      (perPatient.gcHalved[i] << 4);
    keys[i] = (f * dorSlots + dor.slot[i]) * ttrSlots + ttr.slot[i];
  }
  const groups = resampleGroups(patients.length, keys);
  return {
    n: patients.length,
    groups,
    responder: byGroup(perPatient.responder, groups),
    complete: byGroup(perPatient.complete, groups),
    byWeek1: byGroup(perPatient.byWeek1, groups),
    gcRecorded: columns.includes('gc_halved_wk'),
    gcEligible: byGroup(perPatient.gcEligible, groups),
    gcHalved: byGroup(perPatient.gcHalved, groups),
    dor: { times: dor.times, slot: byGroup(dor.slot, groups) },
    ttr: { times: ttr.times, slot: byGroup(ttr.slot, groups) },
  };
}
