import { binomialDistribution } from '../lessons/binomialDistribution.ts';
import { MAX_SIMON_N } from '../limits.ts';
import type { SimonDesign } from './simonDesign.ts';

/** An admissible design, with the weights q for which it is the best compromise. */
export interface AdmissibleDesign extends SimonDesign {
  /**
   * The design minimises q·n + (1 - q)·EN(p0) among all designs for q in [qLow, qHigh]
   * (q weighs the maximum sample size; clinfun's `qLo` and `qHi`, unrounded).
   */
  qLow: number;
  qHigh: number;
}

/** The result of Simon's search: the best design for each n, and the named ones. */
export interface SimonDesigns {
  p0: number;
  p1: number;
  alpha: number;
  beta: number;
  nmax: number;
  /** For each total n (ascending) that admits a design, the one with the least EN(p0). */
  candidates: SimonDesign[];
  /** The design with the smallest n (least EN(p0) among those). */
  minimax: SimonDesign;
  /** The design with the least EN(p0) (the smallest n among ties). */
  optimal: SimonDesign;
  /** From the minimax to the optimal design, those that are best for some weighting. */
  admissible: AdmissibleDesign[];
}

/** Upper tails P(X_m >= j) and lower tails P(X_m <= j) of Binomial(m, p), m = 0..nmax. */
function tails(nmax: number, p: number) {
  const pmf: Float64Array[] = [];
  const upper: Float64Array[] = [];
  const lower: Float64Array[] = [];
  for (let m = 0; m <= nmax; m++) {
    const row = Float64Array.from(binomialDistribution(m, p));
    const up = new Float64Array(m + 2);
    for (let j = m; j >= 0; j--) up[j] = up[j + 1] + row[j];
    const low = new Float64Array(m + 1);
    for (let j = 0; j <= m; j++) low[j] = (j > 0 ? low[j - 1] : 0) + row[j];
    pmf.push(row);
    upper.push(up);
    lower.push(low);
  }
  return { pmf, upper, lower };
}

type Tails = ReturnType<typeof tails>;

/** P(X1 > r1 and X1 + X2 > r) for X1 ~ Bin(n1, p), X2 ~ Bin(n2, p). */
function rejection(t: Tails, n1: number, r1: number, n2: number, r: number): number {
  const pmf = t.pmf[n1];
  const up = t.upper[n2];
  let total = 0;
  for (let k = n1; k > r1; k--) {
    const need = r + 1 - k;
    if (need > n2) break;
    total += pmf[k] * (need <= 0 ? 1 : up[need]);
  }
  return total;
}

/**
 * Simon's optimal and minimax two-stage designs for H0: p <= p0 against p1, with type I error
 * at most alpha and power at least 1 - beta, and the admissible designs between them; every
 * figure exact. For each n up to nmax and each n1 < n the search walks r1 down from the largest
 * value that power allows: EN(p0) only grows as r1 falls, so it stops at the first feasible r1
 * or once EN(p0) reaches the best found for that n; for (n1, r1) it takes the largest r with
 * enough power (power and type I error both fall as r grows), feasible when its type I error is
 * small enough, as clinfun's `ph2simon` does. Admissible designs are the lower convex hull of
 * EN(p0) against n from the minimax to the optimal design (clinfun's `twostage.admissible`).
 * Returns null when no design with at most nmax patients meets alpha and beta.
 * Assumes 0 < p0 < p1 < 1, 0 < alpha, beta < 1 and nmax a whole number from 2 to `MAX_SIMON_N` (1000).
 * Reference: Simon (1989), Controlled Clinical Trials 10:1; Jung, Lee, Kim & George (2004),
 * Statistics in Medicine 23:561 (admissible designs); R clinfun's `ph2simon`.
 * @example simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })?.optimal // 3/13, 12/43, EN 20.6
 */
export function simonDesigns(options: {
  p0: number;
  p1: number;
  alpha: number;
  beta: number;
  nmax?: number;
}): SimonDesigns | null {
  const { p0, p1, alpha, beta, nmax = 100 } = options;
  if (!(p0 > 0 && p0 < 1)) throw new RangeError(`p0 must be in (0, 1), got ${p0}`);
  if (!(p1 > p0 && p1 < 1)) throw new RangeError(`p1 must be in (p0, 1) = (${p0}, 1), got ${p1}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(beta > 0 && beta < 1)) throw new RangeError(`beta must be in (0, 1), got ${beta}`);
  if (!Number.isInteger(nmax) || nmax < 2 || nmax > MAX_SIMON_N) {
    throw new RangeError(`nmax must be a whole number from 2 to ${MAX_SIMON_N}, got ${nmax}`);
  }
  const t0 = tails(nmax, p0);
  const t1 = tails(nmax, p1);
  const target = 1 - beta;
  const candidates: SimonDesign[] = [];
  for (let n = 2; n <= nmax; n++) {
    let best: SimonDesign | null = null;
    let enBest = n;
    for (let n1 = 1; n1 < n && n1 < enBest; n1++) {
      const n2 = n - n1;
      // Power cannot exceed P(X1 > r1 | p1): the largest r1 worth trying.
      let r1 = n1 - 1;
      while (r1 >= 0 && t1.upper[n1][r1 + 1] < target) r1--;
      for (; r1 >= 0; r1--) {
        const pet0 = t0.lower[n1][r1];
        const en0 = n1 + (1 - pet0) * n2;
        if (en0 >= enBest) break;
        if (rejection(t1, n1, r1, n2, r1) < target) continue;
        // The largest r in [r1, n - 1] whose power still reaches the target.
        let lo = r1;
        let hi = n - 1;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (rejection(t1, n1, r1, n2, mid) >= target) lo = mid;
          else hi = mid - 1;
        }
        const size = rejection(t0, n1, r1, n2, lo);
        if (size > alpha) continue;
        enBest = en0;
        best = { r1, n1, r: lo, n, en0, pet0, alpha: size, power: rejection(t1, n1, r1, n2, lo) };
        break;
      }
    }
    if (best) candidates.push(best);
  }
  if (candidates.length === 0) return null;
  let optimalIndex = 0;
  candidates.forEach((d, i) => {
    if (d.en0 < candidates[optimalIndex].en0) optimalIndex = i;
  });
  return {
    p0,
    p1,
    alpha,
    beta,
    nmax,
    candidates,
    minimax: candidates[0],
    optimal: candidates[optimalIndex],
    admissible: admissibleDesigns(candidates.slice(0, optimalIndex + 1)),
  };
}

/** The lower convex hull of (n, EN) from the first design (minimax) to the last (optimal). */
function admissibleDesigns(path: SimonDesign[]): AdmissibleDesign[] {
  const hull = [0];
  let start = 0;
  while (start < path.length - 1) {
    let next = start + 1;
    let slope = Infinity;
    for (let j = start + 1; j < path.length; j++) {
      const s = (path[j].en0 - path[start].en0) / (path[j].n - path[start].n);
      if (s < slope) {
        slope = s;
        next = j;
      }
    }
    hull.push(next);
    start = next;
  }
  // Neighbours on the hull tie at q = ΔEN / (ΔEN - Δn), the weight on n (clinfun's qwt).
  const ties = hull.slice(1).map((j, i) => {
    const dn = path[j].n - path[hull[i]].n;
    const den = path[j].en0 - path[hull[i]].en0;
    return den / (den - dn);
  });
  return hull.map((j, i) => ({
    ...path[j],
    qLow: i < ties.length ? ties[i] : 0,
    qHigh: i > 0 ? ties[i - 1] : 1,
  }));
}
