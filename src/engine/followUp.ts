import type { Patient } from './cohort.ts';
import { median } from './median.ts';
import { osObservations } from './osObservations.ts';
import type { FollowupResult } from './report.ts';
import { summarizeKm } from './summarizeKm.ts';

/**
 * Follow-up and overall survival from the same times. Median follow-up by the reverse Kaplan–Meier method — being seen alive at the last contact is
 * the "event" and a death censors — with its Brookmeyer–Crowley interval, beside the plain median
 * of the observed times (to death or last contact), which understates follow-up when many die;
 * and overall survival, the Kaplan–Meier of the same times with death as the event (the endpoint of
 * a cohort rebuilt from a survival figure).
 * Assumes times in weeks from the start of treatment; a patient's time is the death when recorded,
 * otherwise the last follow-up. Level default 0.95.
 * Reference: Schemper & Smith (1996), Controlled Clinical Trials 17:343; R
 * `survfit(Surv(time, 1 - died) ~ 1)` and `survfit(Surv(time, died) ~ 1)` with `quantile()`.
 * @example followUp(hlhPatients) // { reverse_km: { median: 18, ci: { log: [11, 32], … }, … }, median_observed: 15.5 }
 */
export function followUp(
  patients: readonly Patient[],
  options: { level?: number } = {},
): FollowupResult {
  const survival = osObservations(patients);
  return {
    reverse_km: summarizeKm(
      survival.map((o) => ({ time: o.time, event: !o.event })),
      options,
    ),
    median_observed: median(survival.map((o) => o.time)),
    overall_survival: summarizeKm(survival, options),
  };
}
