/**
 * A Simon two-stage design with its exact properties: treat n1 patients and stop when r1 or
 * fewer respond; otherwise treat n - n1 more and reject H0 (call the treatment promising) when
 * more than r of all n respond. The conventions of R clinfun's `ph2simon`.
 */
export interface SimonDesign {
  r1: number;
  n1: number;
  r: number;
  n: number;
  /** Expected number of patients under p0: n1 + (1 - pet0)(n - n1). */
  en0: number;
  /** Probability of early termination (stopping after stage 1) under p0. */
  pet0: number;
  /** Exact type I error: P(reject H0 | p0). */
  alpha: number;
  /** Exact power: P(reject H0 | p1). */
  power: number;
}
