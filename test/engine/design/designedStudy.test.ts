/**
 * The next study simulated from a scenario under its stopping rule, as a specification: where
 * studies stop, when a stopped study is analysed, what its ORR and DOR show, and that the result
 * depends only on the seed and settings.
 */
import { describe, expect, it } from 'vitest';
import {
  DESIGNED_STUDY_CHUNK_SIZE,
  designedStudyChunk,
  lookOffsets,
  monitoringBoundaries,
  operatingCharacteristics,
  simonRule,
  simulateDesignedStudies,
  summarizeDesignedStudies,
  type DesignedStudySettings,
} from '../../../src/engine/design/index.ts';
import { chunkRng, fitScenario, type Scenario } from '../../../src/engine/montecarlo/index.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';
import { leeLiu } from '../../helpers/leeLiu.ts';
import { smallStudy } from '../../helpers/smallStudy.ts';

const simon = simonRule({ r1: 3, n1: 13, r: 12, n: 43 });
const settings: DesignedStudySettings = {
  lookDelayWk: 4,
  level: 0.95,
  transform: 'log-log',
  dorThresholdWk: 2,
};

/** Responses seen as soon as a patient starts, nobody dies or drops out: the binomial model. */
const instant = (orr: number): Scenario => ({
  ...smallStudy,
  response: { cr: 0, pr: orr, imp: 0 },
  ttr: { distribution: 'empirical', times: [0] },
  death_hazard: 0,
  dropout_hazard: 0,
});

/** Within `k` binomial standard errors of `p` over `trials`. */
const near = (estimate: number, p: number, trials: number, k = 4) =>
  expect(Math.abs(estimate - p)).toBeLessThanOrEqual(k * Math.sqrt((p * (1 - p)) / trials) + 1e-12);

describe('lookOffsets', () => {
  it('gives where each look starts in the counts, and their length', () => {
    expect(lookOffsets(simon)).toEqual([0, 14, 58]);
  });
});

describe('designedStudyChunk', () => {
  it('stops every study at stage 1 with no responder when nobody responds, analysed with its n1 patients', () => {
    const tally = designedStudyChunk(simon, instant(0), {
      ...settings,
      count: 50,
      rng: chunkRng('none', 0),
    });
    expect(tally.trials).toBe(50);
    expect(tally.stops[0]).toBe(50);
    expect(tally.noResponder).toBe(50);
    const report = summarizeDesignedStudies(simon, [tally]);
    expect(report).toMatchObject({ success: 0, earlyStop: 1, earlyFutility: 1, expectedN: 13 });
    expect(report.orr).toMatchObject({ values: [0], counts: [50], mean: 0 });
  });

  it('runs every study to the end and succeeds when everybody responds at once', () => {
    const report = summarizeDesignedStudies(simon, [
      designedStudyChunk(simon, instant(1), { ...settings, count: 40, rng: chunkRng('all', 0) }),
    ]);
    expect(report).toMatchObject({ success: 1, earlyStop: 0, expectedN: 43 });
    expect(report.byLook).toEqual([
      { n: 13, futility: 0, efficacy: 0 },
      { n: 43, futility: 0, efficacy: 1 },
    ]);
    expect(report.orr.values).toEqual([1]);
  });

  it('behaves as the exact binomial characteristics when responses are seen at once', () => {
    const trials = 4000;
    for (const p of [0.2, 0.4]) {
      const sim = simulateDesignedStudies(simon, instant(p), {
        ...settings,
        trials,
        seed: `p${p}`,
      });
      const exact = operatingCharacteristics(simon, { p });
      near(sim.success, exact.success, trials);
      near(sim.earlyStop, exact.earlyStop, trials);
      expect(Math.abs(sim.expectedN - exact.expectedN)).toBeLessThan(1);
    }
  });

  it('counts only the responses seen by each look: slow responses lower the chance of success', () => {
    const slow: Scenario = { ...instant(0.4), ttr: { distribution: 'exponential', median: 8 } };
    const trials = 2000;
    const fast = simulateDesignedStudies(simon, instant(0.4), { ...settings, trials, seed: 's' });
    const late = simulateDesignedStudies(simon, slow, { ...settings, trials, seed: 's' });
    expect(late.success).toBeLessThan(fast.success - 0.1);
    // Waiting longer at each look lets the slow responses be seen.
    const patient = simulateDesignedStudies(simon, slow, {
      ...settings,
      lookDelayWk: 60,
      trials,
      seed: 's',
    });
    near(patient.success, operatingCharacteristics(simon, { p: 0.4 }).success, trials);
  });

  it('analyses a stopped study with the patients enrolled so far: ORRs out of n1 or n', () => {
    const report = simulateDesignedStudies(simon, instant(0.25), {
      ...settings,
      trials: 500,
      seed: 'denominators',
    });
    for (const v of report.orr.values) {
      const ofN1 = Math.abs(v * 13 - Math.round(v * 13)) < 1e-9 && v <= 3 / 13;
      const ofN = Math.abs(v * 43 - Math.round(v * 43)) < 1e-9;
      expect(ofN1 || ofN).toBe(true);
    }
    const shares = report.orr.counts.reduce((s, c) => s + c, 0);
    expect(shares).toBe(500);
    const [low, mid, high] = report.orr.quantiles;
    expect(low).toBeLessThanOrEqual(mid);
    expect(mid).toBeLessThanOrEqual(high);
  });

  it('shows the median DOR above a threshold less often as the threshold rises', () => {
    // the right-censored Weibull: medians that spread over a few weeks
    const scenario = fitScenario(hlhCohort(), { model: 'weibull', censoring: 'right' }).scenario;
    const at = (dorThresholdWk: number) =>
      simulateDesignedStudies(simon, scenario, {
        ...settings,
        dorThresholdWk,
        trials: 300,
        seed: 'dor',
      }).dor;
    const [low, high, huge] = [at(0), at(2), at(1000)];
    expect(low.above).toBeGreaterThanOrEqual(high.above);
    expect(high.above).toBeGreaterThan(huge.above);
    expect(huge.above).toBe(0);
    expect(low.aboveAndSuccess).toBeLessThanOrEqual(low.above);
  });

  it('monitors continuously with a Bayesian rule', () => {
    const rule = monitoringBoundaries({
      ...leeLiu,
      thetaL: 0.1,
      thetaU: 1,
      looks: Array.from({ length: 30 }, (_, i) => i + 10),
    });
    const trials = 2000;
    const sim = simulateDesignedStudies(rule, instant(0.6), { ...settings, trials, seed: 'mon' });
    near(sim.success, operatingCharacteristics(rule, { p: 0.6 }).success, trials);
  });

  it('refuses a negative look delay or threshold, naming it', () => {
    const opts = { ...settings, count: 1, rng: chunkRng('x', 0) };
    expect(() => designedStudyChunk(simon, smallStudy, { ...opts, lookDelayWk: -1 })).toThrow(
      /lookDelayWk/,
    );
    expect(() => designedStudyChunk(simon, smallStudy, { ...opts, dorThresholdWk: NaN })).toThrow(
      /dorThresholdWk/,
    );
  });
});

describe('simulateDesignedStudies', () => {
  it('is the summary of its seeded chunks, so any split of the chunks gives the same report', () => {
    const trials = 2 * DESIGNED_STUDY_CHUNK_SIZE + 10;
    const options = { ...settings, trials, seed: 'split' };
    const whole = simulateDesignedStudies(simon, smallStudy, options);
    const chunks = [0, 1, 2].map((c) =>
      designedStudyChunk(simon, smallStudy, {
        ...settings,
        count: c < 2 ? DESIGNED_STUDY_CHUNK_SIZE : 10,
        rng: chunkRng('split', c),
      }),
    );
    expect(summarizeDesignedStudies(simon, chunks)).toEqual(whole);
    expect(simulateDesignedStudies(simon, smallStudy, options)).toEqual(whole);
    expect(simulateDesignedStudies(simon, smallStudy, { ...options, seed: 'other' })).not.toEqual(
      whole,
    );
  });
});
