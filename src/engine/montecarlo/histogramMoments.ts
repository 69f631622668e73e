import type { Histogram } from './Histogram.ts';

/**
 * Mean and sample standard deviation (n - 1 denominator) of a histogram's values, summed in
 * value order so the result depends only on the histogram; `sd` is `null` below two values.
 * @example histogramMoments({ values: [0, 1], counts: [1, 1] }) // { count: 2, mean: 0.5, sd: 0.7071... }
 */
export function histogramMoments({ values, counts }: Histogram): {
  count: number;
  mean: number | null;
  sd: number | null;
} {
  let count = 0;
  let sum = 0;
  values.forEach((v, k) => {
    count += counts[k];
    sum += v * counts[k];
  });
  if (count === 0) return { count, mean: null, sd: null };
  const mean = sum / count;
  let squares = 0;
  values.forEach((v, k) => (squares += counts[k] * (v - mean) ** 2));
  return { count, mean, sd: count > 1 ? Math.sqrt(squares / (count - 1)) : null };
}
