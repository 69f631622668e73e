import type { Rng } from './chunkRng.ts';
import { drawBinomial } from './drawBinomial.ts';
import { drawPatient } from './drawPatient.ts';
import type { ResampleGroups } from './resampleGroups.ts';

/**
 * One bootstrap resample as counts per group: how many of n patients drawn with replacement fall
 * in each group, written into `counts` (length K, overwritten), a Multinomial(n; sizes / n) draw.
 * With few patients per group it draws the n patients one by one (`drawPatient`, n numbers of
 * the stream); otherwise it draws the counts as sequential conditional binomials
 * (`drawBinomial`: the count of group k among the draws not in groups before it), so the cost
 * grows with the number of groups, not with n. Either way the same stream gives the same counts.
 * Every bootstrap (the Monte Carlo engine, the lessons, the reconstruction) resamples here.
 * Assumes `rng` uniform on [0, 1).
 * Reference: Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 6; the
 * conditional-binomial method: Devroye (1986), Non-Uniform Random Variate Generation, XI.1.4.
 * @example drawResampleCounts(resampleGroups(3), { rng: () => 0.5, counts: new Int32Array(3) }) // [0, 3, 0]
 */
export function drawResampleCounts(
  groups: ResampleGroups,
  { rng, counts }: { rng: Rng; counts: Int32Array },
): Int32Array {
  const { n, groupOf, conditional } = groups;
  for (let g = 0; g < counts.length; g++) counts[g] = 0; // faster than fill for a few groups
  if (groups.byPatient) {
    for (let k = 0; k < n; k++) counts[groupOf[drawPatient(n, rng)]]++;
    return counts;
  }
  const last = counts.length - 1;
  let left = n;
  for (let g = 0; g < last && left > 0; g++) {
    const c = drawBinomial(left, conditional[g], rng);
    counts[g] = c;
    left -= c;
  }
  counts[last] += left;
  return counts;
}
