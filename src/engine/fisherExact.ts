import { max } from 'd3-array';

/** R's relative tolerance for tables as likely as the observed one. */
const RELATIVE_ERROR = 1 + 1e-7;

/**
 * The two-sided p-value of Fisher's exact test for a 2×2 table [[a, b], [c, d]]: the total
 * probability, given the margins, of every table no more likely than the observed one.
 * Assumes non-negative integer counts; tables within a relative 1e-7 of the observed
 * probability count as equally likely, as in R.
 * Reference: Fisher (1935), J R Stat Soc 98:39; R's `fisher.test(matrix(c(a, c, b, d), 2))$p.value`.
 * @example fisherExact([[3, 1], [1, 3]]) // 0.4857…
 */
export function fisherExact(
  table: readonly [readonly [number, number], readonly [number, number]],
): number {
  const [[a, b], [c, d]] = table;
  for (const v of [a, b, c, d])
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`counts must be whole numbers ≥ 0, got ${v}`);
  const m = a + c; // first column
  const n = b + d; // second column
  const k = a + b; // first row
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  // Log hypergeometric probabilities up to a constant, by the ratio of neighbours.
  const logd: number[] = [0];
  for (let x = lo; x < hi; x++) {
    const ratio = ((m - x) * (k - x)) / ((x + 1) * (n - k + x + 1));
    logd.push(logd[logd.length - 1] + Math.log(ratio));
  }
  const top = max(logd) ?? 0;
  const dens = logd.map((l) => Math.exp(l - top));
  const total = dens.reduce((s, v) => s + v, 0);
  const observed = dens[a - lo] / total;
  let p = 0;
  for (const v of dens) if (v / total <= observed * RELATIVE_ERROR) p += v / total;
  return Math.min(1, p);
}
