import { mergeNearTimes } from './mergeNearTimes.ts';

/**
 * The distinct times of a set of observations in increasing order, with how many observations
 * of each kind (0 … kinds − 1, e.g. censored and each event) fall at each; times within
 * sqrt(machine epsilon) are merged first, as R's `aeqSurv` does. Sorts one typed array per kind,
 * so 100,000 observations take milliseconds.
 * Assumes finite times and whole kinds in range (checked).
 * Reference: R survival 3.5 `aeqSurv`.
 * @example countAtTimes([2, 1, 2], [1, 0, 0], 2) // { time: [1, 2], counts: [[1, 1], [0, 1]] }
 */
export function countAtTimes(
  times: readonly number[],
  kinds: readonly number[],
  kindCount: number,
): { time: number[]; counts: number[][] } {
  const merge = mergeNearTimes(times);
  const sizes = new Array<number>(kindCount).fill(0);
  kinds.forEach((k, i) => {
    if (!Number.isInteger(k) || k < 0 || k >= kindCount)
      throw new RangeError(`kind must be a whole number from 0 to ${kindCount - 1}, got ${k}`);
    if (!Number.isFinite(times[i]))
      throw new RangeError(`survival time must be finite, got ${times[i]}`);
    sizes[k]++;
  });
  const byKind = sizes.map((size) => new Float64Array(size));
  const fill = new Array<number>(kindCount).fill(0);
  kinds.forEach((k, i) => (byKind[k][fill[k]++] = merge(times[i])));
  for (const array of byKind) array.sort();
  const head = new Array<number>(kindCount).fill(0);
  const time: number[] = [];
  const counts = byKind.map(() => [] as number[]);
  for (;;) {
    let next = Infinity;
    byKind.forEach((a, k) => {
      if (head[k] < a.length && a[head[k]] < next) next = a[head[k]];
    });
    if (next === Infinity) break;
    time.push(next);
    byKind.forEach((a, k) => {
      let c = 0;
      while (head[k] < a.length && a[head[k]] === next) {
        head[k]++;
        c++;
      }
      counts[k].push(c);
    });
  }
  return { time, counts };
}
