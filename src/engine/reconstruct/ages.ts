import { shuffle } from './shuffle.ts';

/**
 * Builds a sampler of `n` ages (years, one decimal) whose R-style median is `median`, or explains
 * why none exists: the middle age (odd n) or a random pair averaging `median` (even n, so 20 × median
 * must be whole) is placed first, then the others are drawn uniformly below and above it.
 * @example ages({ n: 18, median: 37.6, min: 18, max: 80 }) // sampler: 9th and 10th ages average 37.6
 */
export function ages({
  n,
  median,
  min,
  max,
}: {
  n: number;
  median: number;
  min: number;
  max: number;
}): { ok: true; sample: (rng: () => number) => number[] } | { ok: false; reason: string } {
  const lo = Math.ceil(min * 10 - 1e-9);
  const hi = Math.floor(max * 10 + 1e-9);
  const between = (a: number, b: number, rng: () => number) => a + Math.floor(rng() * (b - a + 1));
  if (n === 0) return { ok: false, reason: 'age.median: there are no patients' };
  if (n % 2 === 1) {
    const below = Math.floor(median * 10 + 1e-9);
    const above = Math.ceil(median * 10 - 1e-9);
    if (below < lo || above > hi) {
      return {
        ok: false,
        reason: `age.median: ${median} lies outside age.min–age.max (${min}–${max})`,
      };
    }
    const k = (n - 1) / 2;
    return {
      ok: true,
      sample: (rng) =>
        shuffle(
          [
            median,
            ...Array.from({ length: k }, () => between(lo, below, rng) / 10),
            ...Array.from({ length: k }, () => between(above, hi, rng) / 10),
          ],
          rng,
        ),
    };
  }
  const sum = Math.round(median * 20);
  if (Math.abs(median * 20 - sum) > 1e-6) {
    return {
      ok: false,
      reason: `age.median: ${median} is not the mean of two ages with one decimal`,
    };
  }
  const xMin = Math.max(lo, sum - hi);
  const xMax = Math.floor(sum / 2);
  if (xMin > xMax) {
    return {
      ok: false,
      reason: `age.median: ${median} lies outside age.min–age.max (${min}–${max})`,
    };
  }
  const k = n / 2 - 1;
  return {
    ok: true,
    sample: (rng) => {
      const x = between(xMin, xMax, rng);
      const y = sum - x;
      return shuffle(
        [
          x / 10,
          y / 10,
          ...Array.from({ length: k }, () => between(lo, x, rng) / 10),
          ...Array.from({ length: k }, () => between(y, hi, rng) / 10),
        ],
        rng,
      );
    },
  };
}
