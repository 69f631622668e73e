/**
 * The codes of a response of some grade, best first: complete response, partial response,
 * improvement. Every responder definition is a subset of these; all three are the default.
 */
export const RESPONSE_GRADES = Object.freeze(['CR', 'PR', 'IMP'] as const);

/** One grade of response. */
export type ResponseGrade = (typeof RESPONSE_GRADES)[number];

/** Best overall response codes, best first: the response grades, then none and not evaluable. */
export const RESPONSE_CODES = [...RESPONSE_GRADES, 'NR', 'NE'] as const;

/** One best-overall-response code. */
export type ResponseCode = (typeof RESPONSE_CODES)[number];

/**
 * Whether a code (a best response, or any text) is a grade of response: CR, PR or IMP.
 * @example isResponseGrade('NR') // false
 */
export function isResponseGrade(code: string): code is ResponseGrade {
  return (RESPONSE_GRADES as readonly string[]).includes(code);
}

/** Sex as recorded in the input: female, male, or unknown. */
export type Sex = 'F' | 'M' | null;

/**
 * One patient of a single-arm cohort; every time is in weeks from the start of treatment.
 * Optional measurements are `null` when absent. Validated inputs guarantee that no time
 * exceeds `followupWk` and that responders (CR, PR, IMP) have a `responseWk`.
 */
export interface Patient {
  id: string;
  bestResponse: ResponseCode;
  /** First response (CR, PR or IMP); `null` for NR and NE. */
  responseWk: number | null;
  /** Complete remission reached, when later than the first response. */
  crWk: number | null;
  /** Response lost (relapse, reactivation, progression). */
  lossWk: number | null;
  deathWk: number | null;
  /** Last follow-up or data cut-off. */
  followupWk: number;
  age: number | null;
  sex: Sex;
  feverBaseline: boolean | null;
  feverResolvedWk: number | null;
  /** Glucocorticoid dose at baseline, prednisone-equivalent mg. */
  gcBaselineMg: number | null;
  /** First time the dose was at most half of baseline. */
  gcHalvedWk: number | null;
  saeRelated: boolean | null;
  /**
   * When the drug-related serious adverse event happened, if recorded; absent or `null` when the
   * input gives only the `saeRelated` flag.
   */
  saeWk?: number | null;
  /**
   * The last response assessment, when response was assessed at visits: a response with no loss
   * or death by then is censored here (the ADaM convention) rather than at `followupWk`, and a
   * loss or death after it does not end the response. Absent or `null`: censored at follow-up.
   */
  lastAssessmentWk?: number | null;
  /** Columns the importer did not recognise, kept verbatim for display. */
  extra: Record<string, string>;
}

/** The optional columns a cohort can carry; `Cohort.columns` lists those present in the input. */
export type OptionalColumn =
  | 'cr_wk'
  | 'loss_wk'
  | 'death_wk'
  | 'age'
  | 'sex'
  | 'fever_baseline'
  | 'fever_resolved_wk'
  | 'gc_baseline_mg'
  | 'gc_halved_wk'
  | 'sae_related'
  | 'sae_wk'
  | 'last_assessment_wk';

/** A named cohort: the patients plus where they came from. */
export interface Cohort {
  name: string;
  source: string;
  patients: Patient[];
  /** Optional columns present in the input (absent columns mean "not recorded", not "no"). */
  columns: OptionalColumn[];
}
