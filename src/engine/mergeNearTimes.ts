/** Times closer than this (absolutely or relative to the mean time) count as tied, as in R. */
const TIME_TOLERANCE = Math.sqrt(2 ** -52);

/**
 * Maps each time to the first of its run of nearly equal times, as R survival's `aeqSurv` does
 * before every fit, so that 0.1 + 0.2 and 0.3 are one time.
 * Assumes finite times; the returned function is meant for the times it was built from.
 * Reference: R survival 3.5 `aeqSurv` (tolerance sqrt(.Machine$double.eps)).
 * @example mergeNearTimes([0.1 + 0.2, 0.3, 1])(0.3) // 0.3 (the smaller of the two)
 */
export function mergeNearTimes(times: readonly number[]): (t: number) => number {
  const unique = [...new Set(times)].sort((a, b) => a - b);
  const meanAbs = unique.reduce((sum, t) => sum + Math.abs(t), 0) / unique.length;
  const cuts = unique.filter((t, i) => {
    if (i === 0) return true;
    const dy = t - unique[i - 1];
    return !(dy <= TIME_TOLERANCE || dy / meanAbs <= TIME_TOLERANCE);
  });
  if (cuts.length === unique.length) return (t) => t;
  return (t) => {
    let lo = 0;
    for (let hi = cuts.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (cuts[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return cuts[lo];
  };
}
