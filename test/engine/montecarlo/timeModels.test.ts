import { describe, expect, it } from 'vitest';
import {
  chunkRng,
  sampleTime,
  scenarioTruth,
  simulateCohort,
  validateScenario,
  type Scenario,
} from '../../../src/engine/montecarlo/index.ts';
import type { TimeModel } from '../../../src/engine/models/index.ts';
import { baseScenario } from './baseScenario.ts';

const base: Scenario = baseScenario;

const NEW_MODELS: TimeModel[] = [
  { distribution: 'loglogistic', median: 2, shape: 1.6 },
  { distribution: 'piecewise', breaks: [1, 4], rates: [0.6, 0.2, 0.05] },
  { distribution: 'piecewise', breaks: [], rates: [0.2] },
  { distribution: 'mixture', durable: 0.3, rest: { distribution: 'weibull', median: 1, shape: 1 } },
  { distribution: 'km', times: [1, 2], survival: [0.5, 0.4], tail_from_wk: 9, tail_rate: 0.1 },
];

describe('scenarios with the new time models', () => {
  it.each(NEW_MODELS)('accepts %j for DOR and TTR, unchanged', (model) => {
    const json = JSON.parse(JSON.stringify({ ...base, dor: model, ttr: model }));
    expect(validateScenario(json)).toEqual({
      ok: true,
      scenario: { ...base, dor: model, ttr: model },
    });
  });

  it('ignores the fit table that `fit` writes beside a scenario', () => {
    const result = validateScenario({ ...base, fits: { dor: [], ttr: [] } });
    expect(result).toEqual({ ok: true, scenario: base });
  });

  it.each([
    [
      { distribution: 'piecewise', breaks: [1, 4], rates: [0.6, 0.2] },
      'dor.rates must have one more entry than breaks (3), got 2',
    ],
    [
      { distribution: 'piecewise', breaks: [4, 1], rates: [1, 1, 1] },
      'dor.breaks[1] must be a number from 0, each above the one before, got 1',
    ],
    [
      { distribution: 'piecewise', breaks: [0], rates: [1, 1] },
      'dor.breaks[0] must be above 0, got 0',
    ],
    [
      { distribution: 'mixture', durable: 1, rest: { distribution: 'exponential', median: 1 } },
      'dor.durable must be below 1, got 1',
    ],
    [
      { distribution: 'mixture', durable: 0.2, rest: { distribution: 'km' } },
      'dor.rest.distribution must be one of exponential, weibull, lognormal, loglogistic, got "km"',
    ],
    [
      { distribution: 'mixture', durable: 0.2, rest: { distribution: 'weibull', median: 1 } },
      'dor.rest.shape must be a number above 0',
    ],
    [
      { distribution: 'km', times: [1, 2], survival: [0.5, 0.6], tail_from_wk: 3, tail_rate: 0 },
      'dor.survival[1] must be at most the one before (0.5), got 0.6',
    ],
    [
      { distribution: 'km', times: [1, 2], survival: [0.5], tail_from_wk: 3, tail_rate: 0 },
      'dor.survival must have one entry per time (2), got 1',
    ],
    [
      { distribution: 'km', times: [1, 5], survival: [0.5, 0.4], tail_from_wk: 3, tail_rate: 0 },
      'dor.tail_from_wk must be a number from 5, got 3',
    ],
    [{ distribution: 'loglogistic', median: 2 }, 'dor.shape must be a number above 0'],
  ])('refuses the DOR model %j', (dor, message) => {
    const result = validateScenario({ ...base, dor });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.issues.join('\n')).toContain(message);
  });
});

describe('the old models draw exactly as before', () => {
  // The formulas of the first sampleTime, written out: the same stream must give the same bits.
  const before = (model: TimeModel, rng: () => number): number => {
    const u = 1 - rng();
    if (model.distribution === 'exponential') return (-model.median / Math.LN2) * Math.log(u);
    if (model.distribution === 'weibull')
      return model.median * (-Math.log(u) / Math.LN2) ** (1 / model.shape);
    if (model.distribution === 'lognormal') {
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
      return model.median * Math.exp(model.shape * z);
    }
    throw new Error('not an old model');
  };
  it.each([
    { distribution: 'exponential', median: 2 },
    { distribution: 'weibull', median: 2, shape: 0.7 },
    { distribution: 'lognormal', median: 2, shape: 1.5 },
  ] as TimeModel[])('%j', (model) => {
    const a = chunkRng('bits', 1);
    const b = chunkRng('bits', 1);
    for (let k = 0; k < 2000; k++) expect(sampleTime(model, a)).toBe(before(model, b));
  });
});

describe('scenarioTruth names two medians of duration of response', () => {
  it('the exponential: model median m, KM estimand ln 2 / (ln 2 / m + h)', () => {
    const s = {
      ...base,
      dor: { distribution: 'exponential', median: 4 },
      death_hazard: 0.05,
    } as const;
    const truth = scenarioTruth(s);
    expect(truth.dor_model_median).toBe(4);
    expect(truth.dor_median).toBeCloseTo(Math.LN2 / (Math.LN2 / 4 + 0.05), 12);
  });

  it('a durable majority: no median without deaths, a finite KM estimand with them', () => {
    const dor: TimeModel = {
      distribution: 'mixture',
      durable: 0.6,
      rest: { distribution: 'exponential', median: 1 },
    };
    expect(scenarioTruth({ ...base, dor, death_hazard: 0 })).toMatchObject({
      dor_median: Infinity,
      dor_model_median: Infinity,
    });
    const { dor_median } = scenarioTruth({ ...base, dor, death_hazard: 0.01 });
    // S(t) = (0.6 + 0.4 · 2^(−t)) · e^(−0.01 t) = 1/2 near t = 18
    const s = (t: number) => (0.6 + 0.4 * 2 ** -t) * Math.exp(-0.01 * t);
    expect(s(dor_median)).toBeCloseTo(0.5, 12);
  });

  it('the piecewise and KM models have a model median at their quantile', () => {
    const dor: TimeModel = { distribution: 'piecewise', breaks: [1], rates: [Math.LN2 / 2, 1] };
    // S(1) = 2^(−1/2) > 1/2, then rate 1: S = 1/2 at 1 + ln(2)/2
    expect(scenarioTruth({ ...base, dor, death_hazard: 0 }).dor_model_median).toBeCloseTo(
      1 + Math.LN2 / 2,
      12,
    );
  });
});

describe('simulated studies under a durable mixture', () => {
  it('keep the durable responses to the cut-off', () => {
    const scenario: Scenario = {
      ...base,
      n: 400,
      response: { cr: 0, pr: 1, imp: 0 },
      dor: {
        distribution: 'mixture',
        durable: 0.5,
        rest: { distribution: 'exponential', median: 0.2 },
      },
      death_hazard: 0,
      dropout_hazard: 0,
    };
    const { patients } = simulateCohort(scenario, { rng: chunkRng('durable', 0) });
    const seen = patients.filter((p) => p.responseWk !== null);
    const lost = seen.filter((p) => p.lossWk !== null).length / seen.length;
    expect(lost).toBeGreaterThan(0.4);
    expect(lost).toBeLessThan(0.6);
  });
});
