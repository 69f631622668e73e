import type { CompetingObservation } from './aalenJohansen.ts';
import { chiSquareTail } from './chiSquareTail.ts';
import { solveLinear } from './solveLinear.ts';

/** Gray's test that the cumulative incidence of one cause is the same in every group. */
export interface GrayTestResult {
  /** Scores of the first G − 1 groups (weighted observed minus expected incidence). */
  score: number[];
  /** Their variance matrix. */
  variance: number[][];
  /** χ² = score' variance⁻¹ score; `null` when the variance is singular (e.g. no event of the cause). */
  chisq: number | null;
  df: number;
  p: number | null;
}

/**
 * Compares the cumulative incidence of one cause across groups with Gray's K-sample test, with
 * weights (1 − F(t−))^ρ (ρ = 0 by default), as R cmprsk's `cuminc(ftime, fstatus, group, rho)`
 * reports in `$Tests`. Events of other causes compete; `null` causes are censored. Assumes at least
 * two non-empty groups in the order given and exactly equal tied times (cmprsk does not merge
 * nearly equal times).
 * Reference: Gray (1988), Annals of Statistics 16:1141; R cmprsk 2.2 `cuminc` (`crstm`).
 * @example grayTest([[{ time: 1, cause: 'loss' }, { time: 3, cause: null }, { time: 4, cause: 'death' }], [{ time: 2, cause: 'loss' }, { time: 2, cause: 'loss' }, { time: 5, cause: null }]], 'loss').chisq // 0.1475 (cmprsk's)
 */
export function grayTest<C extends string>(
  groups: readonly (readonly CompetingObservation<C>[])[],
  cause: C,
  options: { rho?: number } = {},
): GrayTestResult {
  const rho = options.rho ?? 0;
  const G = groups.length;
  if (G < 2 || groups.some((g) => g.length === 0))
    throw new RangeError(
      `Gray's test needs at least two non-empty groups, got sizes ${groups.map((g) => g.length)}`,
    );
  const H = G - 1;
  // Each distinct time (exactly equal times only, as cmprsk) with its observations of each kind
  // (0 censored, 1 the cause, 2 another cause) per group: one pass, the distinct times sorted once.
  const rowOf = new Map<number, number>();
  for (const obs of groups) for (const o of obs) rowOf.set(o.time, 0);
  const times = Float64Array.from(rowOf.keys()).sort();
  times.forEach((t, r) => rowOf.set(t, r));
  const counts = new Float64Array(times.length * 3 * G);
  groups.forEach((obs, g) => {
    for (const o of obs) {
      const kind = o.cause === null ? 0 : o.cause === cause ? 1 : 2;
      counts[(rowOf.get(o.time)! * 3 + kind) * G + g]++;
    }
  });
  const zeros = (n: number) => new Array<number>(n).fill(0);
  const risk = groups.map((g) => g.length);
  // Per group: incidence of the cause and event-free probability, before (−) and at each time.
  let incBefore = zeros(G);
  let freeBefore = new Array<number>(G).fill(1);
  const inc = zeros(G);
  const free = new Array<number>(G).fill(1);
  let pooledBefore = 0;
  const score = zeros(H);
  const v = Array.from({ length: H }, () => zeros(H));
  const c = Array.from({ length: G }, () => zeros(G));
  const v2 = Array.from({ length: H }, () => zeros(G));
  const v3 = zeros(G);
  for (let row = 0; row < times.length; row++) {
    const d = [0, 1, 2].map((kind) =>
      Array.from(counts.subarray((row * 3 + kind) * G, (row * 3 + kind + 1) * G)),
    );
    const nd1 = d[1].reduce((s, x) => s + x, 0);
    const nd2 = d[2].reduce((s, x) => s + x, 0);
    if (nd1 > 0 || nd2 > 0) {
      let tr = 0;
      let tq = 0;
      for (let k = 0; k < G; k++) {
        if (risk[k] <= 0) continue;
        free[k] = (freeBefore[k] * (risk[k] - d[1][k] - d[2][k])) / risk[k];
        inc[k] = incBefore[k] + (freeBefore[k] * d[1][k]) / risk[k];
        tr += risk[k] / freeBefore[k];
        tq += (risk[k] * (1 - incBefore[k])) / freeBefore[k];
      }
      const pooled = pooledBefore + nd1 / tr;
      const w = (1 - pooledBefore) ** rho;
      const a = Array.from({ length: G }, () => zeros(G));
      for (let k = 0; k < G; k++) {
        if (risk[k] <= 0) continue;
        const t1 = risk[k] / freeBefore[k];
        a[k][k] = w * t1 * (1 - t1 / tr);
        for (let j = k + 1; j < G; j++) {
          if (risk[j] > 0) a[k][j] = (-w * t1 * risk[j]) / (freeBefore[j] * tr);
        }
      }
      for (let k = 0; k < G; k++) {
        for (let j = k; j < G; j++) {
          c[k][j] += (a[k][j] * nd1) / (tr * (1 - pooledBefore));
          a[j][k] = a[k][j];
          c[j][k] = c[k][j];
        }
      }
      for (let k = 0; k < H; k++) {
        if (risk[k] > 0)
          score[k] += w * (d[1][k] - (nd1 * risk[k] * (1 - incBefore[k])) / (freeBefore[k] * tq));
      }
      const accumulate = (k: number, t3: number, t4: number, row: (j: number) => number) => {
        v3[k] += t4 * t4 * t3;
        for (let r = 0; r < H; r++) {
          v2[r][k] += row(r) * t4 * t3;
          for (let s = 0; s <= r; s++) v[r][s] += row(r) * row(s) * t3;
        }
      };
      if (nd1 > 0) {
        for (let k = 0; k < G; k++) {
          if (risk[k] <= 0) continue;
          const t4 = free[k] > 0 ? 1 - (1 - pooled) / free[k] : 1;
          const t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * freeBefore[k] - 1) : 1;
          accumulate(
            k,
            (t5 * freeBefore[k] * nd1) / (tr * risk[k]),
            t4,
            (r) => a[r][k] - t4 * c[r][k],
          );
        }
      }
      if (nd2 > 0) {
        for (let k = 0; k < G; k++) {
          if (free[k] <= 0 || d[2][k] <= 0) continue;
          const t4 = (1 - pooled) / free[k];
          const t5 = d[2][k] > 1 ? 1 - (d[2][k] - 1) / (risk[k] - 1) : 1;
          accumulate(
            k,
            (t5 * freeBefore[k] ** 2 * d[2][k]) / risk[k] ** 2,
            t4,
            (r) => -t4 * c[r][k],
          );
        }
      }
      pooledBefore = pooled;
    }
    for (let k = 0; k < G; k++) risk[k] -= d[0][k] + d[1][k] + d[2][k];
    incBefore = [...inc];
    freeBefore = [...free];
  }
  for (let r = 0; r < H; r++) {
    for (let s = 0; s <= r; s++) {
      for (let k = 0; k < G; k++)
        v[r][s] += c[r][k] * c[s][k] * v3[k] + c[r][k] * v2[s][k] + c[s][k] * v2[r][k];
      v[s][r] = v[r][s];
    }
  }
  const solution = solveLinear(v, score);
  const chisq = solution === null ? null : solution.reduce((sum, x, k) => sum + x * score[k], 0);
  return { score, variance: v, chisq, df: H, p: chisq === null ? null : chiSquareTail(chisq, H) };
}
