/**
 * A cohort's patients partitioned for drawing bootstrap resamples as counts per group: either
 * groups of patients that a statistic cannot tell apart (the same record, as far as it reads
 * them), drawn as binomial counts, or one patient per group, drawn patient by patient.
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
   * counts; then every patient is a group of its own (`groupOf[i] === i`).
   */
  byPatient: boolean;
}

/**
 * Records are grouped when there are more than this many patients per distinct record: a
 * patient costs one number of the stream and a group one binomial, about twelve times as much.
 */
export const PATIENTS_PER_GROUP_BY_PATIENT = 12;

function partition(groupOf: Int32Array, sizes: Int32Array, byPatient: boolean): ResampleGroups {
  const n = groupOf.length;
  const conditional = new Float64Array(sizes.length);
  let rest = n;
  sizes.forEach((size, k) => {
    conditional[k] = size / rest;
    rest -= size;
  });
  return { n, sizes, groupOf, conditional, byPatient };
}

/**
 * How a resample of n patients is drawn: patients with equal keys form one group (in order of
 * first appearance) drawn as binomial counts when there are more than
 * `PATIENTS_PER_GROUP_BY_PATIENT` patients per group; otherwise, and without keys, every patient
 * is a group of its own, drawn patient by patient.
 * Assumes n ≥ 1 and, when given, `keys.length === n`.
 * @example resampleGroups(100, Array.from({ length: 100 }, (_, i) => i % 3)).sizes // Int32Array [34, 33, 33]
 */
export function resampleGroups(n: number, keys?: ArrayLike<number>): ResampleGroups {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (keys) {
    const groupOf = new Int32Array(n);
    const sizes: number[] = [];
    const index = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      let g = index.get(keys[i]);
      if (g === undefined) {
        g = sizes.length;
        index.set(keys[i], g);
        sizes.push(0);
      }
      groupOf[i] = g;
      sizes[g]++;
    }
    if (n > PATIENTS_PER_GROUP_BY_PATIENT * sizes.length) {
      return partition(groupOf, Int32Array.from(sizes), false);
    }
  }
  return partition(
    Int32Array.from({ length: n }, (_, i) => i),
    new Int32Array(n).fill(1),
    true,
  );
}
