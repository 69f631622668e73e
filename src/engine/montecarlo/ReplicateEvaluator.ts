import { drawPatient } from './drawPatient.ts';
import type { BootstrapPlan } from './bootstrapPlan.ts';
import { kmMedianCode } from './kmMedianCode.ts';

/**
 * Computes every bootstrap statistic of one resample, given as patient multiplicities, into
 * integer codes (see `decodeStatistic`; -1 = undefined) without allocating: counts live in
 * typed arrays reused from one replicate to the next.
 * Assumes patients are added with `add` and then `evaluate` is called, which resets the counts.
 * @example const e = new ReplicateEvaluator(plan); for (let i = 0; i < plan.n; i++) e.add(i, 1); e.evaluate(codes);
 */
export class ReplicateEvaluator {
  readonly plan: BootstrapPlan;
  private orr = 0;
  private cr = 0;
  private week1 = 0;
  private gcEligible = 0;
  private gcHalved = 0;
  private dorTotal = 0;
  private ttrTotal = 0;
  readonly dorCounts: Float64Array;
  readonly ttrCounts: Float64Array;

  constructor(plan: BootstrapPlan) {
    this.plan = plan;
    this.dorCounts = new Float64Array(2 * plan.dor.times.length + 1);
    this.ttrCounts = new Float64Array(2 * plan.ttr.times.length + 1);
  }

  /** Adds patient `i` with multiplicity `m`. */
  add(i: number, m: number): void {
    const p = this.plan;
    this.orr += m * p.responder[i];
    this.cr += m * p.complete[i];
    this.week1 += m * p.byWeek1[i];
    this.gcEligible += m * p.gcEligible[i];
    this.gcHalved += m * p.gcHalved[i];
    this.dorCounts[p.dor.slot[i]] += m;
    this.ttrCounts[p.ttr.slot[i]] += m;
  }

  /** Draws `n` patients with replacement from `rng` (see `drawPatient`) and adds them. */
  resample(rng: () => number): void {
    const p = this.plan;
    const n = p.n;
    const { responder, complete, byWeek1, gcEligible, gcHalved } = p;
    const dorSlot = p.dor.slot;
    const ttrSlot = p.ttr.slot;
    const dorCounts = this.dorCounts;
    const ttrCounts = this.ttrCounts;
    let orr = 0;
    let cr = 0;
    let week1 = 0;
    let eligible = 0;
    let halved = 0;
    for (let k = 0; k < n; k++) {
      const i = drawPatient(n, rng);
      orr += responder[i];
      cr += complete[i];
      week1 += byWeek1[i];
      eligible += gcEligible[i];
      halved += gcHalved[i];
      dorCounts[dorSlot[i]]++;
      ttrCounts[ttrSlot[i]]++;
    }
    this.orr += orr;
    this.cr += cr;
    this.week1 += week1;
    this.gcEligible += eligible;
    this.gcHalved += halved;
  }

  /** Writes the six statistic codes into `out` (report order) and resets the counts. */
  evaluate(out: Int32Array): void {
    const p = this.plan;
    const n1 = p.n + 1;
    out[0] = this.orr;
    out[1] = this.cr;
    out[2] = this.week1;
    out[3] = p.gcRecorded && this.gcEligible > 0 ? this.gcHalved * n1 + this.gcEligible : -1;
    out[4] = this.median(p.dor.times, this.dorCounts);
    out[5] = this.median(p.ttr.times, this.ttrCounts);
    this.orr = this.cr = this.week1 = this.gcEligible = this.gcHalved = 0;
  }

  private median(times: Float64Array, counts: Float64Array): number {
    const absent = 2 * times.length;
    let total = 0;
    for (let s = 0; s < absent; s++) total += counts[s];
    const code = total > 0 ? kmMedianCode(times, counts, total) : -1;
    counts.fill(0);
    return code;
  }
}
