import type { Rng } from './chunkRng.ts';
import { drawResampleCounts } from './drawResampleCounts.ts';
import { resampleGroups } from './resampleGroups.ts';

/**
 * One bootstrap resample of a list (patients), as the lessons and the reconstruction show and
 * analyse it: how many times each item was drawn (`counts`, in list order; 0 = left out) and
 * the resample itself, each item repeated as often as it was drawn, in list order. Every item
 * is a group of its own, so `drawResampleCounts` draws item by item: n numbers of the stream.
 * Assumes at least one item and `rng` uniform on [0, 1).
 * Reference: Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 6.
 * @example bootstrapResample(['a', 'b', 'c'], { rng: () => 0.5 }) // { counts: [0, 3, 0], sample: ['b', 'b', 'b'] }
 */
export function bootstrapResample<T>(
  items: readonly T[],
  { rng }: { rng: Rng },
): { counts: number[]; sample: T[] } {
  const n = items.length;
  const counts = drawResampleCounts(resampleGroups(n), { rng, counts: new Int32Array(n) });
  const sample: T[] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) sample.push(items[i]);
  });
  return { counts: Array.from(counts), sample };
}
