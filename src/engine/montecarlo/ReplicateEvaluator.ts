import type { BootstrapPlan } from './bootstrapPlan.ts';
import { drawPatient } from './drawPatient.ts';
import { drawResampleCounts } from './drawResampleCounts.ts';
import { kmMedianCode } from './kmMedianCode.ts';

/**
 * Computes every bootstrap statistic of one resample, given as multiplicities of the plan's
 * groups, into codes (see `decodeStatistic`; -1 = undefined) without allocating: counts live in
 * typed arrays reused from one replicate to the next. Codes are whole numbers below (n + 1)^2
 * (glucocorticoids) or D^2 (medians over D distinct times), so they are written into a
 * `Float64Array`, exact for any cohort the importer accepts (an `Int32Array` overflows above
 * 46,340 patients).
 * Assumes groups are added with `add` (or `resample`) and then `evaluate` is called, which
 * resets the counts.
 * @example const e = new ReplicateEvaluator(plan); plan.groups.sizes.forEach((m, g) => e.add(g, m)); e.evaluate(codes);
 */
export class ReplicateEvaluator {
  readonly plan: BootstrapPlan;
  private orr = 0;
  private cr = 0;
  private week1 = 0;
  private gcEligible = 0;
  private gcHalved = 0;
  readonly dorCounts: Float64Array;
  readonly ttrCounts: Float64Array;
  private readonly drawn: Int32Array;

  constructor(plan: BootstrapPlan) {
    this.plan = plan;
    this.dorCounts = new Float64Array(2 * plan.dor.times.length + 1);
    this.ttrCounts = new Float64Array(2 * plan.ttr.times.length + 1);
    this.drawn = new Int32Array(plan.groups.sizes.length);
  }

  /** Adds group `g` with multiplicity `m`. */
  add(g: number, m: number): void {
    const p = this.plan;
    this.orr += m * p.responder[g];
    this.cr += m * p.complete[g];
    this.week1 += m * p.byWeek1[g];
    this.gcEligible += m * p.gcEligible[g];
    this.gcHalved += m * p.gcHalved[g];
    this.dorCounts[p.dor.slot[g]] += m;
    this.ttrCounts[p.ttr.slot[g]] += m;
  }

  /**
   * Draws one resample of the n patients from `rng` and adds it: the counts of
   * `drawResampleCounts`, or, when the plan draws patient by patient, the same draws
   * (`drawPatient`) added as they come, which spares a pass over the counts.
   */
  resample(rng: () => number): void {
    const p = this.plan;
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
    if (p.groups.byPatient) {
      // every patient is a group of its own
      const n = p.n;
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
    } else {
      const drawn = drawResampleCounts(p.groups, { rng, counts: this.drawn });
      for (let g = 0; g < drawn.length; g++) {
        const m = drawn[g];
        orr += m * responder[g];
        cr += m * complete[g];
        week1 += m * byWeek1[g];
        eligible += m * gcEligible[g];
        halved += m * gcHalved[g];
        dorCounts[dorSlot[g]] += m;
        ttrCounts[ttrSlot[g]] += m;
      }
    }
    this.orr += orr;
    this.cr += cr;
    this.week1 += week1;
    this.gcEligible += eligible;
    this.gcHalved += halved;
  }

  /** Writes the six statistic codes into `out` (report order) and resets the counts. */
  evaluate(out: Float64Array): void {
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
