import { describe, expect, it } from 'vitest';
import { RESPONSE_GRADES } from '../../../src/engine/cohort.ts';
import { dorObservations } from '../../../src/engine/dorObservations.ts';
import { glucocorticoidHalved } from '../../../src/engine/glucocorticoidHalved.ts';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmMedian } from '../../../src/engine/kmMedian.ts';
import {
  bootstrap,
  bootstrapPlan,
  decodeStatistic,
  ReplicateEvaluator,
} from '../../../src/engine/montecarlo/index.ts';
import { MAX_PATIENTS } from '../../../src/io/limits.ts';
import { makeCohort } from '../../helpers/makeCohort.ts';

// Statistic codes pack two counts into one number (glucocorticoids halved × (n + 1) + eligible;
// a median's two time indices i × D + j). At the importer's limit of 200,000 patients they reach
// 4·10^10, far beyond a 32-bit integer: these cohorts check them at that limit. The expected
// values come from the functions analyze reports them with.

const n = MAX_PATIENTS;
const INT32_MAX = 2 ** 31 - 1;

/** 200,000 patients on a few records: 57.7% of those with a dose halved it, 60% responded. */
function fewRecords() {
  return makeCohort(
    Array.from({ length: n }, (_, i) => ({
      id: `P${i}`,
      bestResponse: i % 5 < 3 ? ('PR' as const) : ('NR' as const),
      responseWk: i % 5 < 3 ? 1 + (i % 2) : null,
      lossWk: i % 5 < 3 && i % 4 === 0 ? 6 + (i % 3) : null,
      followupWk: 12,
      gcBaselineMg: 40,
      gcHalvedWk: i % 1000 < 577 ? 2 : null,
    })),
    ['loss_wk', 'gc_baseline_mg', 'gc_halved_wk'],
  );
}

/** 200,000 patients whose 150,000 responses all end at different times. */
function distinctTimes() {
  return makeCohort(
    Array.from({ length: n }, (_, i) => ({
      id: `P${i}`,
      bestResponse: i % 4 < 3 ? ('PR' as const) : ('NR' as const),
      responseWk: i % 4 < 3 ? 0 : null,
      lossWk: i % 4 < 3 ? 1 + i / 1000 : null,
      followupWk: 300,
    })),
    ['loss_wk'],
  );
}

/** The Kaplan–Meier median duration of response analyze reports. */
const medianDor = (cohort: ReturnType<typeof makeCohort>) =>
  kmMedian(kaplanMeier(dorObservations(cohort.patients, RESPONSE_GRADES))).median;

describe('the bootstrap at the 200,000-patient limit', { timeout: 90_000 }, () => {
  it('reports the glucocorticoid share analyze reports, defined in every replicate', () => {
    const cohort = fewRecords();
    const expected = glucocorticoidHalved(cohort, { level: 0.95 })!.estimate;
    expect(expected).toBeCloseTo(0.577, 12);
    const report = bootstrap(cohort, { reps: 1000, seed: 'limit' });
    const gc = report.statistics.gc_halved;
    expect(gc.estimate).toBe(expected);
    expect(gc.undefined_fraction).toBe(0);
    const [lo, hi] = gc.ci.percentile as [number, number];
    expect(lo).toBeLessThan(expected!);
    expect(hi).toBeGreaterThan(expected!);
    expect(hi - lo).toBeLessThan(0.01); // ± 2 √(p(1 − p)/n) ≈ ± 0.0022
    expect(gc.se).toBeCloseTo(Math.sqrt((0.577 * 0.423) / n), 4);
    expect(report.statistics.orr.estimate).toBe(0.6);
    expect(report.statistics.dor_median.estimate).toBe(medianDor(cohort));
  });

  it('codes a median among 150,000 distinct times beyond 32 bits and reads it back', () => {
    const cohort = distinctTimes();
    const plan = bootstrapPlan(cohort);
    expect(plan.dor.times.length).toBe(150_000);
    const evaluator = new ReplicateEvaluator(plan);
    plan.groups.sizes.forEach((size, g) => evaluator.add(g, size));
    const codes = new Float64Array(6);
    evaluator.evaluate(codes);
    expect(codes[4]).toBeGreaterThan(INT32_MAX);
    expect(codes[3]).toBe(-1); // no glucocorticoid column
    expect(decodeStatistic(plan, 'dor_median', codes[4])).toBe(medianDor(cohort));
  });
});
