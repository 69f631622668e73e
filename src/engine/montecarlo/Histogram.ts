/** An exact histogram: distinct values ascending with how often each occurred. */
export interface Histogram {
  values: number[];
  counts: number[];
}

/** An exact distribution: distinct values ascending with their probabilities. */
export interface ExactDistribution {
  values: number[];
  probabilities: number[];
}
