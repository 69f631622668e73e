import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betaBinomialDistribution,
  betaPrior,
  finalSuccessCount,
  monitoringBoundaries,
  operatingCharacteristics,
  predictiveProbability,
  predictiveSuccess,
  ruleSimulationChunk,
  simonRule,
  simulateRule,
  summarizeRuleTally,
} from '../../../src/engine/design/index.ts';
import { betaPosterior } from '../../../src/engine/lessons/index.ts';
import { chunkRng } from '../../../src/engine/montecarlo/index.ts';
import { expectClose, fixture } from './designFixture.ts';

const leeLiu = { nMax: 40, prior: { a: 0.6, b: 0.4 }, p0: 0.6, thetaT: 0.9 };

describe("Lee & Liu's predictive probability", () => {
  it('reproduces their example: 16 of 23, Nmax 40, Beta(0.6, 0.4), p0 0.6, θT 0.9 gives 0.5656', () => {
    const pp = predictiveProbability(16, 23, leeLiu);
    expect(pp.probability.toFixed(4)).toBe('0.5656');
    // Success needs 12 or more of the 17 still to come, 28 of 40 in all: B_i > θT from i = 12.
    expect(pp.successTotal).toBe(28);
    expect(pp.future.filter((f) => f.success).map((f) => f.y)).toEqual([12, 13, 14, 15, 16, 17]);
    expect(pp.future[11].posterior.toFixed(4)).toBe('0.8415');
    expect(pp.future[12].posterior.toFixed(4)).toBe('0.9089');
  });

  it.each(fixture.predictive)(
    'matches the beta-binomial sum in R for $x of $n, Nmax $nMax, Beta($a, $b), p0 $p0, θT $thetaT',
    (c) => {
      const inputs = { ...c, future_probability: undefined, future_posterior: undefined };
      const prior = { a: c.a, b: c.b };
      const pp = predictiveProbability(c.x, c.n, { ...c, prior });
      expectClose(pp.probability, c.probability, inputs);
      pp.future.forEach((f, y) => {
        expectClose(f.probability, c.future_probability[y], { ...inputs, y });
        expect(
          Math.abs(f.posterior - c.future_posterior[y]),
          JSON.stringify({ ...inputs, y }),
        ).toBeLessThan(1e-12);
      });
      const posterior = betaPosterior(c.x, c.n, { ...prior, threshold: c.p0 }).probabilityAbove;
      expect(Math.abs(posterior - c.posterior), JSON.stringify(inputs)).toBeLessThan(1e-12);
    },
  );

  it('stays in [0, 1] and grows with the responders so far (property)', () => {
    const settings = fc
      .record({
        nMax: fc.integer({ min: 1, max: 120 }),
        a: fc.double({ min: 0.05, max: 20, noNaN: true }),
        b: fc.double({ min: 0.05, max: 20, noNaN: true }),
        p0: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        thetaT: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
      })
      .chain((s) => fc.record({ s: fc.constant(s), n: fc.integer({ min: 0, max: s.nMax }) }));
    fc.assert(
      fc.property(settings, ({ s, n }) => {
        const prior = { a: s.a, b: s.b };
        const successTotal = finalSuccessCount({ ...s, prior });
        let previous = -1;
        for (let x = 0; x <= n; x++) {
          const pp = predictiveSuccess(x, n, { nMax: s.nMax, prior, successTotal });
          const inputs = JSON.stringify({ ...s, n, x });
          expect(pp, inputs).toBeGreaterThanOrEqual(0);
          expect(pp, inputs).toBeLessThanOrEqual(1);
          expect(pp, inputs).toBeGreaterThanOrEqual(previous - 1e-12);
          previous = pp;
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('monitoringBoundaries and their exact operating characteristics', () => {
  it.each(fixture.monitoring)(
    'match R for Nmax $nMax, Beta($a, $b), p0 $p0, θT $thetaT, θL $thetaL, θU $thetaU',
    (c) => {
      const rule = monitoringBoundaries({ ...c, prior: { a: c.a, b: c.b } });
      expect(rule.looks).toEqual(c.boundaries);
      for (const expected of c.oc) {
        const oc = operatingCharacteristics(rule, { p: expected.p });
        const inputs = { ...c, boundaries: undefined, oc: undefined, p: expected.p };
        for (const key of [
          'success',
          'earlyStop',
          'earlyFutility',
          'earlyEfficacy',
          'expectedN',
        ] as const) {
          expectClose(oc[key], expected[key], { ...inputs, key });
        }
      }
    },
  );

  it('stops more often for futility under p0 than under p1, and succeeds more under p1', () => {
    const rule = monitoringBoundaries({ ...leeLiu, thetaL: 0.05, thetaU: 1, looks: [10, 20, 30] });
    const [h0, h1] = [0.6, 0.8].map((p) => operatingCharacteristics(rule, { p }));
    expect(h0.earlyFutility).toBeGreaterThan(h1.earlyFutility);
    expect(h1.success).toBeGreaterThan(h0.success);
    expect(h0.earlyEfficacy).toBe(0);
    expect(rule.looks.map((l) => l.n)).toEqual([10, 20, 30, 40]);
    expect(rule.looks[3]).toEqual({ n: 40, futility: 27, efficacy: 28 });
    const total = (oc: typeof h0) => oc.byLook.reduce((s, l) => s + l.futility + l.efficacy, 0);
    expect(total(h0)).toBeCloseTo(1, 12);
  });

  it('refuses thresholds in the wrong order and looks out of range', () => {
    expect(() => monitoringBoundaries({ ...leeLiu, thetaL: 0.5, thetaU: 0.4 })).toThrow(
      'need 0 <= thetaL < thetaU <= 1, got thetaL 0.5, thetaU 0.4',
    );
    expect(() =>
      monitoringBoundaries({ ...leeLiu, thetaL: 0.1, thetaU: 1, looks: [10, 50] }),
    ).toThrow('looks must be increasing whole numbers from 1 to nMax = 40, got 50');
  });
});

describe('priors', () => {
  it('has the Jeffreys, uniform and historical presets', () => {
    expect(betaPrior({ kind: 'jeffreys' })).toEqual({ a: 0.5, b: 0.5 });
    expect(betaPrior({ kind: 'uniform' })).toEqual({ a: 1, b: 1 });
    const historical = betaPrior({ kind: 'historical', rate: 0.3, weight: 10 });
    expect(historical.a).toBeCloseTo(3, 14);
    expect(historical.b).toBeCloseTo(7, 14);
    expect(betaPrior({ kind: 'historical', rate: 0.6, weight: 1 })).toEqual(leeLiu.prior);
    expect(() => betaPrior({ kind: 'historical', rate: 1, weight: 10 })).toThrow(
      'rate must be in (0, 1), got 1',
    );
    expect(() => betaPrior({ kind: 'beta', a: 0, b: 1 })).toThrow('prior a and b must be > 0');
  });

  it('gives beta-binomial probabilities that sum to 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (m, a, b) => {
          const total = betaBinomialDistribution(m, a, b).reduce((s, p) => s + p, 0);
          expect(Math.abs(total - 1), JSON.stringify({ m, a, b })).toBeLessThan(1e-9);
        },
      ),
    );
  });
});

describe('simulated operating characteristics', () => {
  const rule = monitoringBoundaries({ ...leeLiu, thetaL: 0.1, thetaU: 1, looks: [10, 20, 30] });
  const chunks = (p: number) =>
    [0, 1, 2, 3].map((i) =>
      ruleSimulationChunk(rule, { p, count: 5000, rng: chunkRng('lee-liu', i) }),
    );

  it('agree with the exact ones within Monte Carlo error', () => {
    for (const p of [0.6, 0.8]) {
      const simulated = summarizeRuleTally(rule, chunks(p), { p });
      const exact = operatingCharacteristics(rule, { p });
      expect(simulated.trials).toBe(20000);
      for (const key of ['success', 'earlyStop'] as const) {
        const se = Math.sqrt((exact[key] * (1 - exact[key])) / simulated.trials);
        expect(Math.abs(simulated[key] - exact[key]), `${key} at p = ${p}`).toBeLessThan(
          4 * se + 1e-9,
        );
      }
      expect(Math.abs(simulated.expectedN - exact.expectedN)).toBeLessThan(0.3);
    }
  });

  it('depend only on the seed and the chunk, not on which worker or in what order', () => {
    const forward = chunks(0.6);
    const again = [3, 2, 1, 0].map((i) =>
      ruleSimulationChunk(rule, { p: 0.6, count: 5000, rng: chunkRng('lee-liu', i) }),
    );
    expect(again.reverse()).toEqual(forward);
    expect(summarizeRuleTally(rule, forward, { p: 0.6 })).toEqual(
      summarizeRuleTally(rule, [...forward].reverse(), { p: 0.6 }),
    );
  });

  it('run in chunks of a fixed size, each with its own stream of the seed', () => {
    const simulated = simulateRule(rule, { p: 0.6, trials: 10000, seed: 'lee-liu' });
    const byHand = [0, 1, 2].map((i) =>
      ruleSimulationChunk(rule, {
        p: 0.6,
        count: [4096, 4096, 1808][i],
        rng: chunkRng('lee-liu', i),
      }),
    );
    expect(simulated).toEqual(summarizeRuleTally(rule, byHand, { p: 0.6 }));
    expect(() => simulateRule(rule, { p: 0.6, trials: 0, seed: 's' })).toThrow(
      'trials must be a whole number >= 1, got 0',
    );
  });

  it('simulate a Simon design as well', () => {
    const simon = simonRule({ r1: 3, n1: 13, r: 12, n: 43 });
    const tally = ruleSimulationChunk(simon, { p: 0.2, count: 20000, rng: chunkRng('simon', 0) });
    const simulated = summarizeRuleTally(simon, [tally], { p: 0.2 });
    expect(Math.abs(simulated.earlyStop - 0.7473)).toBeLessThan(0.013);
    expect(Math.abs(simulated.expectedN - 20.58)).toBeLessThan(0.4);
  });
});
