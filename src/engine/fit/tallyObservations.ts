import type { CensoredObservation } from './censoredObservation.ts';

/** Distinct observations with how often each occurs, so a large cohort's likelihood sums each once. */
export interface TalliedObservations {
  lower: Float64Array;
  upper: Float64Array;
  count: Float64Array;
}

/**
 * Groups equal observations (same lower and upper bound), in order of first appearance.
 * @example tallyObservations([{ lower: 0, upper: 1 }, { lower: 0, upper: 1 }]).count // [2]
 */
export function tallyObservations(
  observations: readonly CensoredObservation[],
): TalliedObservations {
  const index = new Map<string, number>();
  const lower: number[] = [];
  const upper: number[] = [];
  const count: number[] = [];
  for (const o of observations) {
    const key = `${o.lower}|${o.upper}`;
    const at = index.get(key);
    if (at !== undefined) count[at]++;
    else {
      index.set(key, lower.length);
      lower.push(o.lower);
      upper.push(o.upper);
      count.push(1);
    }
  }
  return {
    lower: Float64Array.from(lower),
    upper: Float64Array.from(upper),
    count: Float64Array.from(count),
  };
}
