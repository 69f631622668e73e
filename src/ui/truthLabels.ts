/**
 * The two true medians of duration of response a scenario implies (`scenarioTruth`), named
 * alike wherever a true median appears: the model's own, and the one a Kaplan–Meier median of
 * its studies estimates.
 */
export const TRUTH_LABELS = {
  dor_model_median: "the DOR model's median (the latent duration, without death or censoring)",
  dor_median: 'the median DOR the Kaplan–Meier estimates (a death also ends a response)',
} as const;
