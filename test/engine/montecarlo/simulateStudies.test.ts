import { describe, expect, it } from 'vitest';
import {
  exactCoverage,
  simulateStudies,
  type Scenario,
} from '../../../src/engine/montecarlo/index.ts';
import { PROPORTION_METHODS } from '../../../src/engine/report.ts';

const complete: Scenario = {
  n: 18,
  response: { cr: 0.2, pr: 0.5, imp: 0 },
  ttr: { distribution: 'exponential', median: 0.5 },
  dor: { distribution: 'exponential', median: 4 },
  accrual_wk: 0,
  cutoff_wk: 1000,
  dropout_hazard: 0,
  death_hazard: 0,
  visit_wk: null,
};

describe('simulateStudies', () => {
  const trials = 4000;
  const report = simulateStudies(complete, { trials, seed: 'sim' });

  it('reproduces the exact coverage of each ORR interval when nothing is censored', () => {
    const exact = exactCoverage({ n: 18, p: [0.7] });
    for (const method of PROPORTION_METHODS) {
      const c = exact.coverage[method][0];
      const se = Math.sqrt((c * (1 - c)) / trials);
      expect(
        Math.abs(report.orr.intervals[method].coverage - c),
        `${method}: simulated ${report.orr.intervals[method].coverage}, exact ${c}`,
      ).toBeLessThan(4 * se);
    }
  });

  it('centres ORR on the truth with the binomial spread', () => {
    expect(report.truth).toEqual({ orr: 0.7, dor_median: expect.closeTo(4, 9) });
    expect(Math.abs(report.orr.mean - 0.7)).toBeLessThan(0.01);
    expect(Math.abs(report.orr.sd! / Math.sqrt((0.7 * 0.3) / 18) - 1)).toBeLessThan(0.05);
  });

  it('estimates the median DOR near the truth, with every study accounted for', () => {
    const d = report.dor_median;
    expect(Math.abs(d.quantiles.p50! / 4 - 1)).toBeLessThan(0.1);
    const reached = d.histogram.counts.reduce((a, b) => a + b, 0);
    expect(reached / trials + d.not_reached_fraction + d.no_responder_fraction).toBeCloseTo(1, 12);
    for (const [transform, r] of Object.entries(d.intervals)) {
      expect(r.coverage, transform).toBeGreaterThan(0.85);
      expect(r.coverage, transform).toBeLessThanOrEqual(1);
    }
  });

  it('lets the caller override the truth', () => {
    const r = simulateStudies(complete, { trials: 64, seed: 'sim', truth: { orr: 0.99 } });
    expect(r.truth.orr).toBe(0.99);
    expect(r.orr.intervals.wald.coverage).toBeLessThan(0.5);
  });

  it('is reproducible and depends on the seed', () => {
    const a = simulateStudies(complete, { trials: 200, seed: 'x' });
    expect(JSON.stringify(simulateStudies(complete, { trials: 200, seed: 'x' }))).toBe(
      JSON.stringify(a),
    );
    expect(JSON.stringify(simulateStudies(complete, { trials: 200, seed: 'y' }))).not.toBe(
      JSON.stringify(a),
    );
  });
});
