/**
 * A cohort's patients partitioned into groups that a statistic cannot tell apart (the same
 * record, as far as it reads them), prepared for drawing bootstrap resamples as counts per group.
 * Plain data, so it can be posted to a worker.
 */
export interface ResampleGroups {
  /** Patients. */
  n: number;
  /** Patients in each group (all ≥ 1), groups in order of first appearance. */
  sizes: Int32Array;
  /** The group of each patient. */
  groupOf: Int32Array;
  /**
   * The chance that a draw falls in group k given it falls in k or a later group:
   * sizes[k] / (sizes[k] + … + sizes[K − 1]), for the sequential binomials.
   */
  conditional: Float64Array;
  /**
   * Whether a resample is drawn patient by patient (n uniform draws) rather than as K binomial
   * counts: when there are few patients per group, n draws cost less than K binomials.
   */
  byPatient: boolean;
}

/**
 * Patient by patient while n is at most this many times the number of groups: a patient costs
 * one number of the stream and a group one binomial, about twelve times as much.
 */
export const PATIENTS_PER_GROUP_BY_PATIENT = 12;

/**
 * Groups patients by a key (patients with equal keys form one group, in order of first
 * appearance); without keys every patient is a group of its own.
 * Assumes n ≥ 1 and, when given, `keys.length === n`.
 * @example resampleGroups(3, [7, 5, 7]).sizes // Int32Array [2, 1]
 */
export function resampleGroups(n: number, keys?: ArrayLike<number>): ResampleGroups {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  const groupOf = new Int32Array(n);
  const sizeList: number[] = [];
  if (keys) {
    const index = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      let g = index.get(keys[i]);
      if (g === undefined) {
        g = sizeList.length;
        index.set(keys[i], g);
        sizeList.push(0);
      }
      groupOf[i] = g;
      sizeList[g]++;
    }
  } else {
    for (let i = 0; i < n; i++) groupOf[i] = i;
    sizeList.length = n;
    sizeList.fill(1);
  }
  const sizes = Int32Array.from(sizeList);
  const conditional = new Float64Array(sizes.length);
  let rest = n;
  sizes.forEach((size, k) => {
    conditional[k] = size / rest;
    rest -= size;
  });
  const byPatient = n <= PATIENTS_PER_GROUP_BY_PATIENT * sizes.length;
  return { n, sizes, groupOf, conditional, byPatient };
}
