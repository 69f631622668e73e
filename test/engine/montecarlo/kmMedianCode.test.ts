import { describe, expect, it } from 'vitest';
import { kaplanMeier, type SurvivalObservation } from '../../../src/engine/kaplanMeier.ts';
import { kmMedian } from '../../../src/engine/kmMedian.ts';
import {
  bootstrapPlan,
  bootstrapResample,
  chunkRng,
  decodeStatistic,
  kmMedianCode,
  kmMedianValue,
  ReplicateEvaluator,
} from '../../../src/engine/montecarlo/index.ts';
import { dorObservations } from '../../../src/engine/dorObservations.ts';
import { makeCohort } from '../../helpers/makeCohort.ts';
import { RESPONSE_GRADES } from '../../../src/engine/cohort.ts';

/** KM median through the slow path: expand multiplicities and call kaplanMeier + kmMedian. */
function slowMedian(observations: SurvivalObservation[], mult: number[]): number | null {
  const expanded = observations.flatMap((o, i) => new Array<SurvivalObservation>(mult[i]).fill(o));
  return expanded.length === 0 ? null : kmMedian(kaplanMeier(expanded)).median;
}

describe('kmMedianCode', () => {
  it('is the first time the curve drops below 0.5', () => {
    const times = new Float64Array([1, 2, 3]);
    // 4 at risk: 1 event at 1 (0.75), 2 events at 2 (0.25)
    expect(kmMedianValue(times, kmMedianCode(times, new Float64Array([1, 0, 2, 0, 1, 0]), 4))).toBe(
      2,
    );
  });

  it('takes the midpoint to the next drop when the curve sits at exactly 0.5', () => {
    const times = new Float64Array([1, 2, 3, 4]);
    const counts = new Float64Array([1, 0, 1, 0, 1, 0, 1, 0]);
    expect(kmMedianValue(times, kmMedianCode(times, counts, 4))).toBe(2.5);
  });

  it('takes the midpoint to the last time when the curve ends at 0.5', () => {
    const times = new Float64Array([1, 5]);
    // event at 1, censored at 5: S = 0.5 from 1 on
    expect(kmMedianValue(times, kmMedianCode(times, new Float64Array([1, 0, 0, 1]), 2))).toBe(3);
  });

  it('is -1 when the curve never reaches 0.5', () => {
    const times = new Float64Array([1, 2]);
    expect(kmMedianCode(times, new Float64Array([1, 0, 0, 3]), 4)).toBe(-1);
  });

  it('agrees with kaplanMeier + kmMedian on thousands of random resamples', () => {
    const rng = chunkRng('km-cross-check', 0);
    let checked = 0;
    let midpoints = 0;
    for (let cohortIndex = 0; cohortIndex < 60; cohortIndex++) {
      const n = 1 + Math.floor(rng() * 20);
      // integer and half-week times on a small grid make ties and exact-0.5 stretches common
      const patients = Array.from({ length: n }, (_, i) => {
        const response = rng() < 0.8;
        const followupWk = 1 + Math.floor(rng() * 12) / 2;
        const lossWk = rng() < 0.6 ? Math.floor(rng() * 2 * followupWk) / 2 : null;
        return {
          id: `P${i}`,
          bestResponse: response ? ('PR' as const) : ('NR' as const),
          responseWk: response ? 0 : null,
          lossWk,
          followupWk,
        };
      });
      const cohort = makeCohort(patients, ['loss_wk']);
      const plan = bootstrapPlan(cohort);
      const evaluator = new ReplicateEvaluator(plan);
      const codes = new Float64Array(6);
      const observations = cohort.patients.map(
        (p) => dorObservations([p], RESPONSE_GRADES)[0] ?? null,
      );
      for (let r = 0; r < 100; r++) {
        const mult = bootstrapResample(cohort.patients, { rng }).counts;
        mult.forEach((m, i) => evaluator.add(plan.groups.groupOf[i], m));
        evaluator.evaluate(codes);
        const present = observations.flatMap((o, i) => (o ? [{ o, m: mult[i] }] : []));
        const expected = slowMedian(
          present.map((x) => x.o),
          present.map((x) => x.m),
        );
        const fast = decodeStatistic(plan, 'dor_median', codes[4]);
        if (fast !== expected) {
          throw new Error(
            `fast ${fast} vs kmMedian ${expected} for ${JSON.stringify(present.filter((x) => x.m > 0))}`,
          );
        }
        const d = plan.dor.times.length;
        if (codes[4] >= 0 && Math.floor(codes[4] / d) !== codes[4] % d) midpoints++;
        checked++;
      }
    }
    expect(checked).toBe(6000);
    expect(midpoints).toBeGreaterThan(100); // the exact-0.5 rule was exercised
  });
});
