/** R survival's tolerance for "the curve equals 0.5": sqrt(.Machine$double.eps). */
export const KM_TOLERANCE = Math.sqrt(2.220446049250313e-16);

/**
 * The Kaplan–Meier median from event and censoring counts over pre-sorted distinct times,
 * coded as `i * D + j` for the value `(times[i] + times[j]) / 2` (D = times.length), or -1 when
 * the median is not reached. Follows R survival's `quantile.survfit`: the first time the curve
 * is at or below 0.5; when it sits at 0.5 (within KM_TOLERANCE) the midpoint to the next drop,
 * or to the last observed time when it never drops again. Events precede censorings at a time.
 * `counts[2k]` holds the events and `counts[2k + 1]` the censorings at `times[k]`; `total` is
 * their sum. It allocates nothing, so a bootstrap replicate can call it.
 * @example kmMedianCode(new Float64Array([1, 2]), new Float64Array([1, 0, 1, 0]), 2) // 0 (median 1)
 */
export function kmMedianCode(times: Float64Array, counts: Float64Array, total: number): number {
  const d = times.length;
  let atRisk = total;
  let survival = 1;
  let hit = -1;
  let last = -1;
  for (let k = 0; k < d; k++) {
    const events = counts[2 * k];
    const removed = events + counts[2 * k + 1];
    if (removed === 0) continue;
    last = k;
    if (events > 0) {
      survival *= 1 - events / atRisk;
      if (hit >= 0) return hit * d + k;
      if (survival <= 0.5 + KM_TOLERANCE) {
        if (survival < 0.5 - KM_TOLERANCE) return k * d + k;
        hit = k;
      }
    }
    atRisk -= removed;
  }
  return hit >= 0 ? hit * d + last : -1;
}

/**
 * The time a `kmMedianCode` stands for.
 * @example kmMedianValue(new Float64Array([1, 3]), 1) // 2, the midpoint of 1 and 3
 */
export function kmMedianValue(times: Float64Array, code: number): number {
  const d = times.length;
  const i = Math.floor(code / d);
  const j = code - i * d;
  return i === j ? times[i] : (times[i] + times[j]) / 2;
}
