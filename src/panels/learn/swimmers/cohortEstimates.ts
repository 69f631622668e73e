import type { Patient, ResponseCode } from '../../../engine/cohort.ts';
import { dorObservations } from '../../../engine/dorObservations.ts';
import { kaplanMeier } from '../../../engine/kaplanMeier.ts';
import { kmMedian } from '../../../engine/kmMedian.ts';
import type { KmTransform } from '../../../engine/report.ts';
import { responseOnset } from '../../../engine/responseOnset.ts';

/** The two numbers the swimmer lesson follows from resample to resample. */
export interface CohortEstimates {
  /** Share of the list that responded; `null` for an empty list. */
  orr: number | null;
  /** Kaplan–Meier median duration of response in weeks; `null` when not reached or nobody responded. */
  dorMedian: number | null;
}

/**
 * The ORR and the Kaplan–Meier median duration of response of a list of patients, in which a
 * patient drawn twice by a bootstrap resample simply appears twice.
 * Assumes the responder definition and interval transform of the app's analysis.
 * @example cohortEstimates([responder, responder, nonResponder], { responders: ['CR', 'PR', 'IMP'], transform: 'log-log' }).orr // 2/3
 */
export function cohortEstimates(
  patients: readonly Patient[],
  { responders, transform }: { responders: readonly ResponseCode[]; transform: KmTransform },
): CohortEstimates {
  const x = patients.filter((p) => responseOnset(p, responders) !== null).length;
  const dor = dorObservations(patients, responders);
  const median = dor.length > 0 ? kmMedian(kaplanMeier(dor), { transform }).median : null;
  return { orr: patients.length > 0 ? x / patients.length : null, dorMedian: median };
}
