import { describe, expect, it } from 'vitest';
import {
  chunkRng,
  fitScenario,
  sampleTime,
  scenarioTruth,
  simulateCohort,
  validateScenario,
  type Scenario,
} from '../../../src/engine/montecarlo/index.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';
import { makePatient } from '../../helpers/makeCohort.ts';
import { baseScenario } from './baseScenario.ts';

const base: Scenario = baseScenario;

describe('validateScenario', () => {
  it('accepts a complete scenario and fills defaults', () => {
    const { accrual_wk: _a, dropout_hazard: _d, death_hazard: _h, visit_wk: _v, ...minimal } = base;
    const result = validateScenario(JSON.parse(JSON.stringify(minimal)));
    expect(result).toEqual({
      ok: true,
      scenario: { ...minimal, accrual_wk: 0, dropout_hazard: 0, death_hazard: 0, visit_wk: null },
    });
  });

  it.each([
    [{ ...base, n: 0 }, 'n must be a whole number from 1 to 10000, got 0'],
    [{ ...base, n: 2.5 }, 'n must be a whole number from 1 to 10000, got 2.5'],
    [
      { ...base, response: { cr: 0.5, pr: 0.6, imp: 0 } },
      'response.cr + response.pr + response.imp must be at most 1',
    ],
    [
      { ...base, ttr: { distribution: 'gamma', median: 1 } },
      'ttr.distribution must be one of exponential, weibull, lognormal, loglogistic, piecewise, mixture, km, empirical, got "gamma"',
    ],
    [
      { ...base, dor: { distribution: 'weibull', median: 3 } },
      'dor.shape must be a number above 0',
    ],
    [
      { ...base, dor: { distribution: 'lognormal', median: -1, shape: 1 } },
      'dor.median must be a number above 0, got -1',
    ],
    [
      { ...base, ttr: { distribution: 'empirical', times: [] } },
      'ttr.times must be a list of 1 to 100000 times',
    ],
    [
      { ...base, ttr: { distribution: 'empirical', times: [1, 'x'] } },
      'ttr.times[1] must be a number from 0, got "x"',
    ],
    [{ ...base, cutoff_wk: 10 }, 'cutoff_wk must be at least accrual_wk (30), got 10'],
    [{ ...base, death_hazard: -0.1 }, 'death_hazard must be a number from 0, got -0.1'],
    [{ ...base, visit_wk: 0 }, 'visit_wk must be a number above 0, got 0'],
    [{ ...base, sample_size: 3 }, 'sample_size is not a scenario field'],
    [[], 'a scenario must be a JSON object'],
  ])('refuses %j', (json, message) => {
    const result = validateScenario(json);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.join('\n')).toContain(message);
  });
});

describe('sampleTime', () => {
  it.each([
    { distribution: 'exponential', median: 2 },
    { distribution: 'weibull', median: 2, shape: 0.7 },
    { distribution: 'lognormal', median: 2, shape: 1.5 },
  ] as const)('has the stated median: %j', (model) => {
    const rng = chunkRng('median', 0);
    const draws = Array.from({ length: 40000 }, () => sampleTime(model, rng)).sort((a, b) => a - b);
    expect(Math.abs(draws[20000] / 2 - 1)).toBeLessThan(0.05);
  });
});

describe('simulateCohort', () => {
  it('makes a valid cohort: responders have a response, no time after follow-up', () => {
    const rng = chunkRng('cohort', 0);
    for (let k = 0; k < 200; k++) {
      const { patients } = simulateCohort(base, { rng });
      expect(patients).toHaveLength(18);
      for (const p of patients) {
        const where = JSON.stringify(p);
        expect(p.followupWk, where).toBeGreaterThanOrEqual(0);
        expect(p.followupWk, where).toBeLessThanOrEqual(base.cutoff_wk);
        if (p.bestResponse !== 'NR') expect(p.responseWk, where).not.toBeNull();
        for (const t of [p.responseWk, p.lossWk, p.deathWk]) {
          if (t !== null) expect(t, where).toBeLessThanOrEqual(p.followupWk);
        }
        if (p.responseWk !== null) expect(Number.isInteger(p.responseWk), where).toBe(true);
      }
    }
  });

  it('is reproducible from the rng', () => {
    const a = simulateCohort(base, { rng: chunkRng('same', 3) });
    const b = simulateCohort(base, { rng: chunkRng('same', 3) });
    expect(b).toEqual(a);
  });
});

describe('scenarioTruth', () => {
  it('is the DOR median without deaths, and shorter with them', () => {
    const calm = { ...base, death_hazard: 0 };
    expect(scenarioTruth(calm).dor_median).toBeCloseTo(3, 9);
    const t = scenarioTruth(base).dor_median;
    const survival = Math.exp(-Math.LN2 * (t / 3) ** 1.2) * Math.exp(-0.005 * t);
    expect(survival).toBeCloseTo(0.5, 9);
    expect(scenarioTruth(base).orr).toBeCloseTo(0.85, 12);
  });
});

describe('fitting', () => {
  it('fits the seed cohort to a valid scenario with its observed shares and weekly visits', () => {
    const cohort = hlhCohort();
    const { scenario, dor, ttr } = fitScenario(cohort);
    expect(validateScenario(JSON.parse(JSON.stringify(scenario)))).toEqual({ ok: true, scenario });
    expect(scenario.n).toBe(18);
    expect(scenario.response.cr).toBeCloseTo(2 / 18, 12);
    expect(scenario.response.pr).toBeCloseTo(13 / 18, 12);
    expect(scenario.visit_wk).toBe(1);
    // the best by AIC of each table: a fast fall and a long tail for DOR, early onsets for TTR
    expect(scenario.dor).toBe(dor.chosen?.fitted);
    expect(scenario.dor.distribution).toBe('loglogistic');
    expect(scenario.ttr).toBe(ttr.chosen?.fitted);
    expect(scenario.ttr.distribution).toBe('exponential');
  });

  it('fits a cohort too large to spread into one call (more patients than a worker stack takes as arguments)', () => {
    // 200,000 patients: Math.max(...followups) overflows the stack from about 80,000 in a browser
    // worker and 130,000 in Node, so the design must be read without spreading the cohort.
    const n = 200_000;
    const patients = Array.from({ length: n }, (_, i) =>
      makePatient({
        id: `P${i}`,
        bestResponse: i % 2 ? 'NR' : 'PR',
        responseWk: i % 2 ? null : 1 + (i % 4),
        lossWk: i % 2 || i % 3 ? null : 6 + (i % 5),
        followupWk: 12 + (i % 30),
        deathWk: i % 10 === 1 ? 12 + (i % 30) : null,
      }),
    );
    const cohort = { name: 'large', source: 'test', patients, columns: [] };
    const { scenario } = fitScenario(cohort, {
      dor: { model: 'exponential' },
      ttr: { model: 'exponential' },
    });
    expect(scenario.n).toBe(n);
    expect(scenario.response.pr).toBeCloseTo(0.5, 12);
    expect(scenario.cutoff_wk).toBe(41);
    expect(scenario.accrual_wk).toBe(41 - 12);
  });
});
