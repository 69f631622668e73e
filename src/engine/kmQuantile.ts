import type { KmCurve } from './kaplanMeier.ts';
import { kmBand } from './kmBand.ts';
import type { KmTransform } from './report.ts';

/** R's default tolerance for a curve sitting exactly at the requested probability. */
const TOLERANCE = Math.sqrt(2 ** -52);

/**
 * R's `approx(xs, 1:n, v, method = "constant", f = 1)`: pairs with a missing x dropped, sorted by
 * x, tied x collapsed to the mean index, `null` outside the range. Returns a 1-based index.
 */
function approxIndex(xs: readonly (number | null)[], v: number): number | null {
  const pairs = xs
    .map((x, i) => ({ x, i: i + 1 }))
    .filter((pair): pair is { x: number; i: number } => pair.x !== null)
    .sort((a, b) => a.x - b.x);
  const x: number[] = [];
  const y: number[] = [];
  for (let k = 0; k < pairs.length;) {
    let sum = 0;
    let count = 0;
    const value = pairs[k].x;
    for (; k < pairs.length && pairs[k].x === value; k++, count++) sum += pairs[k].i;
    x.push(value);
    y.push(sum / count);
  }
  if (x.length === 0 || v < x[0] || v > x[x.length - 1]) return null;
  let i = 0;
  let j = x.length - 1;
  while (i < j - 1) {
    const ij = Math.floor((i + j) / 2);
    if (v < x[ij]) j = ij;
    else i = ij;
  }
  if (v === x[j]) return y[j];
  if (v === x[i]) return y[i];
  return y[j];
}

/**
 * R survival's `findq`: where the cumulative curve y (0 at x[0], then steps at x) first reaches p,
 * the midpoint of a flat stretch that sits at p within the tolerance, `null` when never reached.
 * R's shortcut "never reaches the smallest requested p" is left out: it compares without the
 * tolerance, so it only matters when the curve ends within the tolerance below p, and there the
 * tolerant rule (midpoint up to the last time) is what R gives whenever a smaller p is requested
 * too, as in its default `probs = c(0.25, 0.5, 0.75)`.
 */
function findQuantile(x: readonly number[], y: readonly (number | null)[], p: number) {
  if (y.every((v) => v === null)) return null;
  const xmax = x[x.length - 1];
  const seen = new Set<number | null>();
  const xs: number[] = [];
  const ys: (number | null)[] = [];
  y.forEach((v, i) => {
    if (seen.has(v)) return;
    seen.add(v);
    xs.push(x[i]);
    ys.push(v);
  });
  const at = (index: number | null) => (index === null ? null : xs[Math.trunc(index) - 1]);
  const x1 = at(
    approxIndex(
      ys.map((v) => (v === null ? null : v + TOLERANCE)),
      p,
    ),
  );
  const x2 = at(
    approxIndex(
      ys.map((v) => (v === null ? null : v - TOLERANCE)),
      p,
    ),
  );
  let quantile = x1 === null || x2 === null ? null : (x1 + x2) / 2;
  if (p === 0) quantile = xs[0];
  const last = ys[ys.length - 1];
  if (last !== null && Math.abs(p - last) < TOLERANCE)
    quantile = x1 === null ? null : (x1 + xmax) / 2;
  return quantile;
}

/**
 * The time by which a fraction p (default 0.5) of subjects had the event, with the
 * Brookmeyer–Crowley interval read off the pointwise band of the chosen transform (default "log").
 * Follows R's conventions: a curve sitting at 1 - p over a flat stretch (within sqrt(machine
 * epsilon)) gives the stretch's midpoint, a curve ending there gives the midpoint up to the last
 * time, and a quantile or bound the curve never reaches is `null`. Matches `quantile(fit, probs)`
 * whenever probs also holds a smaller value, e.g. the median from the default probs; a lone
 * `quantile(fit, 0.5)` gives NA instead when the curve ends within rounding below 0.5.
 * Reference: Brookmeyer & Crowley (1982), Biometrics 38:29; R survival 3.5 `quantile.survfit`.
 * @example kmQuantile(kaplanMeier(obs), { p: 0.25, transform: 'log-log' })
 */
export function kmQuantile(
  curve: KmCurve,
  options: { p?: number; level?: number; transform?: KmTransform } = {},
): { quantile: number | null; lower: number | null; upper: number | null } {
  const p = options.p ?? 0.5;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const band = kmBand(curve, { transform: options.transform ?? 'log', level: options.level });
  const x = [0, ...curve.time];
  const cumulative = (s: readonly (number | null)[]) => [
    0,
    ...s.map((v) => (v === null ? null : 1 - v)),
  ];
  return {
    quantile: findQuantile(x, cumulative(curve.survival), p),
    lower: findQuantile(x, cumulative(band.lower), p),
    upper: findQuantile(x, cumulative(band.upper), p),
  };
}
