import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import {
  BOOTSTRAP_CHUNK_SIZE,
  bootstrap,
  bootstrapChunk,
  bootstrapPlan,
  chunkRng,
  mergeBootstrapCounts,
  summarizeBootstrap,
} from '../../../src/engine/montecarlo/index.ts';
import { makeCohort } from '../../helpers/makeCohort.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

/** The smallest k/n with P(X ≤ k) ≥ q for X ~ Binomial(n, p): qbinom(q, n, p) / n. */
function binomialQuantile(q: number, n: number, p: number): number {
  for (let k = 0; k <= n; k++) if (binomialCdf(k, n, p) >= q - 1e-12) return k / n;
  return 1;
}

describe('bootstrap', () => {
  const cohort = hlhCohort();
  const report = bootstrap(cohort, { reps: 200_000, seed: 'spec' });

  it('reports the cohort estimates that analyze reports', () => {
    const a = analyze(cohort);
    const s = report.statistics;
    expect(s.orr!.estimate).toBe(a.orr!.estimate);
    expect(s.cr!.estimate).toBe(a.cr!.estimate);
    expect(s.response_by_week_1.estimate).toBe(a.response_by_week['1'].estimate);
    expect(s.gc_halved.estimate).toBe(a.gc_halved?.estimate);
    expect(s.dor_median.estimate).toBe(a.dor?.median);
    expect(s.ttr_median.estimate).toBe(a.ttr.km?.median);
  });

  it('gives the exact binomial percentile interval for a proportion at large B', () => {
    const n = cohort.patients.length;
    for (const name of ['orr', 'cr', 'response_by_week_1'] as const) {
      const s = report.statistics[name];
      const p = s.estimate!;
      const exact = [binomialQuantile(0.025, n, p), binomialQuantile(0.975, n, p)];
      expect(s.ci.percentile, `${name}: p̂ = ${p}`).toEqual(exact);
    }
  });

  it('matches the exact Binomial(n, p̂)/n distribution within Monte Carlo error', () => {
    const { histogram, exact } = report.statistics.orr;
    expect(exact).toBeDefined();
    let distance = 0;
    exact!.values.forEach((v, k) => {
      const i = histogram.values.indexOf(v);
      const share = i < 0 ? 0 : histogram.counts[i] / report.reps;
      distance += Math.abs(share - exact!.probabilities[k]) / 2;
    });
    expect(distance).toBeLessThan(0.005);
  });

  it('has a standard error of ORR close to sqrt(p(1 - p)/n)', () => {
    const p = report.statistics.orr.estimate!;
    const expected = Math.sqrt((p * (1 - p)) / 18);
    expect(Math.abs(report.statistics.orr.se! / expected - 1)).toBeLessThan(0.01);
  });

  it('gives basic = 2·estimate − percentile, reversed', () => {
    for (const [name, s] of Object.entries(report.statistics)) {
      const [lo, hi] = s.ci.percentile as [number, number];
      expect(s.ci.basic, name).toEqual([2 * s.estimate! - hi, 2 * s.estimate! - lo]);
    }
  });

  it('counts undefined replicates instead of dropping them', () => {
    const dor = report.statistics.dor_median;
    const defined = dor.histogram.counts.reduce((a, b) => a + b, 0);
    expect(dor.undefined_fraction).toBeGreaterThan(0);
    expect(defined + dor.undefined_fraction * report.reps).toBeCloseTo(report.reps, 6);
  });

  it('reports every statistic undefined when it cannot be computed', () => {
    const none = makeCohort([
      { id: 'a', followupWk: 4 },
      { id: 'b', followupWk: 6 },
    ]);
    const r = bootstrap(none, { reps: 1000, seed: 'x' });
    expect(r.statistics.orr.estimate).toBe(0);
    expect(r.statistics.orr.ci.percentile).toEqual([0, 0]);
    for (const name of ['gc_halved', 'dor_median', 'ttr_median'] as const) {
      expect(r.statistics[name], name).toMatchObject({
        estimate: null,
        se: null,
        undefined_fraction: 1,
        ci: { percentile: [null, null], basic: [null, null], bca: [null, null] },
      });
    }
  });

  it('merges nearly equal times as kaplanMeier does', () => {
    const near = makeCohort(
      [0.1 + 0.2, 0.3, 0.7, 1.1].map((lossWk, i) => ({
        id: `n${i}`,
        bestResponse: 'PR' as const,
        responseWk: 0,
        lossWk,
        followupWk: 2,
      })),
      ['loss_wk'],
    );
    expect(bootstrapPlan(near).dor.times).toEqual(new Float64Array([0.3, 0.7, 1.1]));
    const r = bootstrap(near, { reps: 100, seed: 'near' });
    expect(r.statistics.dor_median.estimate).toBe(analyze(near).dor?.median);
  });

  it('depends only on the seed, and chunks are independent streams', () => {
    const reps = BOOTSTRAP_CHUNK_SIZE + 500;
    const whole = bootstrap(cohort, { reps, seed: 'same' });
    expect(JSON.stringify(bootstrap(cohort, { reps, seed: 'same' }))).toBe(JSON.stringify(whole));
    expect(JSON.stringify(bootstrap(cohort, { reps, seed: 'other' }))).not.toBe(
      JSON.stringify(whole),
    );
    const plan = bootstrapPlan(cohort);
    const parts = [
      bootstrapChunk(plan, { count: 500, rng: chunkRng('same', 1) }),
      bootstrapChunk(plan, { count: BOOTSTRAP_CHUNK_SIZE, rng: chunkRng('same', 0) }),
    ];
    const merged = summarizeBootstrap(plan, mergeBootstrapCounts(plan, parts), {
      level: 0.95,
      seed: 'same',
    });
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
  });

  it('accepts an rng in place of a seed, drawing the seed from it', () => {
    const a = bootstrap(cohort, { reps: 500, rng: chunkRng('outer', 0) });
    const b = bootstrap(cohort, { reps: 500, rng: chunkRng('outer', 0) });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(bootstrap(cohort, { reps: 500, seed: a.seed }))).toBe(JSON.stringify(a));
    expect(() => bootstrap(cohort, { reps: 10 })).toThrow(
      'a Monte Carlo job needs a seed or an rng',
    );
  });

  it('keeps memory bounded by the support, not by the number of replicates', () => {
    const plan = bootstrapPlan(cohort);
    const counts = bootstrapChunk(plan, { count: 100_000, rng: chunkRng('m', 0) });
    expect(counts.tallies[0].codes.length).toBeLessThanOrEqual(19);
    const d = plan.dor.times.length;
    expect(counts.tallies[4].codes.length).toBeLessThanOrEqual(d * d);
  });
});
