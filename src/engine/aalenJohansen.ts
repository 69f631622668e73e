import { countAtTimes } from './countAtTimes.ts';

/** One subject's follow-up with competing events: the time and the event's cause (`null`: censored). */
export interface CompetingObservation<C extends string = string> {
  time: number;
  cause: C | null;
}

/** An Aalen–Johansen fit with one row per distinct time (event or censoring), as R's multi-state `survfit`. */
export interface CompetingCurve<C extends string = string> {
  n: number;
  causes: readonly C[];
  time: number[];
  nRisk: number[];
  /** Events of each cause at each time. */
  nEvent: Record<C, number[]>;
  nCensor: number[];
  /** Probability of being still event-free (the Kaplan–Meier curve of any event). */
  survival: number[];
  /** Cumulative incidence of each cause: the probability of having had that event first. */
  incidence: Record<C, number[]>;
  /** Standard error of each cumulative incidence (infinitesimal jackknife), R's `std.err`. */
  stdErr: Record<C, number[]>;
  /** Standard error of `survival` by the same method. */
  survivalStdErr: number[];
}

const perCause = <C extends string>(causes: readonly C[]) =>
  Object.fromEntries(causes.map((c) => [c, [] as number[]])) as Record<C, number[]>;

/**
 * The Aalen–Johansen estimate of the cumulative incidence of competing events, with the
 * infinitesimal-jackknife standard errors of R survival's multi-state `survfit(Surv(time,
 * factor(status)) ~ 1)` (its default, robust variance since survival 3.0).
 * Assumes everyone starts event-free at time 0, unit weights and one row per subject; events
 * come before censorings at a tied time, and times within sqrt(machine epsilon) are merged as
 * R's `aeqSurv` does. A subject's influence is the derivative of the estimate with respect to
 * its case weight; influences are kept per (exit time, cause) group and carried forward in
 * closed form, so the cost is linear in the number of distinct times, not n × times.
 * Reference: Aalen & Johansen (1978), Scand J Stat 5:141; Therneau, "Multi-state models and
 * competing risks" and the "validation" vignette of R survival 3.5 (`survfitaj`).
 * @example aalenJohansen([{ time: 1, cause: 'loss' }, { time: 2, cause: 'death' }], ['loss', 'death']).incidence.loss // [0.5, 0.5]
 */
export function aalenJohansen<C extends string>(
  observations: readonly CompetingObservation<C>[],
  causes: readonly C[],
): CompetingCurve<C> {
  for (const { cause } of observations) {
    if (cause !== null && !causes.includes(cause))
      throw new RangeError(`unknown cause "${cause}"; expected one of ${causes.join(', ')}`);
  }
  const K = causes.length;
  const rows = countAtTimes(
    observations.map((o) => o.time),
    observations.map((o) => (o.cause === null ? 0 : causes.indexOf(o.cause) + 1)),
    K + 1,
  );
  const curve: CompetingCurve<C> = {
    n: observations.length,
    causes: [...causes],
    time: rows.time,
    nRisk: [],
    nEvent: perCause(causes),
    nCensor: rows.counts[0],
    survival: [],
    incidence: perCause(causes),
    stdErr: perCause(causes),
    survivalStdErr: [],
  };
  let S = 1;
  const F = new Array<number>(K).fill(0);
  // Influence of one subject still at risk after the current time (no event yet).
  let aS = 0;
  const aF = new Array<number>(K).fill(0);
  // Sums over subjects who left at earlier times m, written through v = bS / S_m and
  // alpha_k = bF_k - v F_k(m), so that their influence at a later time j is
  // S_j v on the event-free probability and alpha_k + v F_k(j) on incidence k.
  let sumVV = 0;
  const sumAV = new Array<number>(K).fill(0);
  const sumAA = new Array<number>(K).fill(0);
  let nRisk = observations.length;
  rows.time.forEach((_, row) => {
    const d = causes.map((_, k) => rows.counts[k + 1][row]);
    const nCensor = rows.counts[0][row];
    const dAll = d.reduce((a, b) => a + b, 0);
    const lambda = d.map((dk) => dk / nRisk);
    const L = dAll / nRisk;
    const jump = S / nRisk; // influence of an event here on the hazard, times S before it
    const aSPrev = aS;
    aS = aSPrev * (1 - L) + jump * L;
    for (let k = 0; k < K; k++) aF[k] += aSPrev * lambda[k] - jump * lambda[k];
    const SPrev = S;
    S = SPrev * (1 - L);
    for (let k = 0; k < K; k++) F[k] += SPrev * lambda[k];
    // Variance now: those still at risk or censored here (influence a), those with an event
    // here (a plus the jump of their own cause), and those who left before (carried forward).
    let varS = (nRisk - dAll) * aS * aS + S * S * sumVV;
    for (let k = 0; k < K; k++) varS += d[k] * (aS - jump) ** 2;
    curve.nRisk.push(nRisk);
    curve.survival.push(S);
    curve.survivalStdErr.push(Math.sqrt(varS));
    causes.forEach((cause, k) => {
      let v = (nRisk - d[k]) * aF[k] * aF[k] + d[k] * (aF[k] + jump) ** 2;
      v += sumAA[k] + 2 * F[k] * sumAV[k] + F[k] * F[k] * sumVV;
      curve.nEvent[cause].push(d[k]);
      curve.incidence[cause].push(F[k]);
      curve.stdErr[cause].push(Math.sqrt(Math.max(0, v)));
    });
    // Those who leave here join the carried-forward sums (none remain once S reaches 0).
    if (S > 0) {
      const add = (count: number, bS: number, bF: (k: number) => number) => {
        if (count === 0) return;
        const v = bS / S;
        sumVV += count * v * v;
        for (let k = 0; k < K; k++) {
          const alpha = bF(k) - v * F[k];
          sumAV[k] += count * alpha * v;
          sumAA[k] += count * alpha * alpha;
        }
      };
      add(nCensor, aS, (k) => aF[k]);
      for (let c = 0; c < K; c++) add(d[c], aS - jump, (k) => aF[k] + (k === c ? jump : 0));
    }
    nRisk -= dAll + nCensor;
  });
  return curve;
}
