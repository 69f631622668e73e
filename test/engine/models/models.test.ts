import { readFileSync } from 'node:fs';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { describe, expect, it } from 'vitest';
import { chunkRng } from '../../../src/engine/montecarlo/chunkRng.ts';
import {
  latentMedian,
  modelFunctions,
  scaleTimeModel,
  type TimeModel,
} from '../../../src/engine/models/index.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/fits.json', import.meta.url), 'utf8'),
);

/** One model of every kind, with parameters like those fitted to small cohorts. */
const MODELS: TimeModel[] = [
  { distribution: 'exponential', median: 3 },
  { distribution: 'weibull', median: 3, shape: 0.7 },
  { distribution: 'lognormal', median: 2, shape: 1.3 },
  { distribution: 'loglogistic', median: 2, shape: 1.6 },
  { distribution: 'piecewise', breaks: [1, 4], rates: [0.6, 0.2, 0.05] },
  { distribution: 'piecewise', breaks: [2], rates: [0.3, 0] },
  {
    distribution: 'mixture',
    durable: 0.3,
    rest: { distribution: 'weibull', median: 0.8, shape: 1.2 },
  },
  {
    distribution: 'mixture',
    durable: 0.25,
    rest: { distribution: 'lognormal', median: 1.5, shape: 0.6 },
  },
  {
    distribution: 'km',
    times: [1, 2, 5],
    survival: [0.5, 0.4, 0.3],
    tail_from_wk: 20,
    tail_rate: 0.05,
  },
];

/** The share of draws above t: the sampler's empirical survival. */
function drawnSurvival(model: TimeModel, ts: number[], draws = 40000): number[] {
  const rng = chunkRng(`draws ${JSON.stringify(model)}`, 0);
  const f = modelFunctions(model);
  const sample = Array.from({ length: draws }, () => f.sample(model, rng));
  return ts.map((t) => sample.filter((x) => x > t).length / draws);
}

describe('the four families match R (dweibull, plnorm, qlogis, …)', () => {
  it.each(fixture.distributions as { model: TimeModel; at: number[]; p: number[] }[])('%j', (d) => {
    const r = d as unknown as {
      model: TimeModel;
      at: number[];
      p: number[];
      density: number[];
      survival: number[];
      quantile: number[];
    };
    const f = modelFunctions(r.model);
    r.at.forEach((t, i) => {
      expect(f.density(r.model, t), `density at ${t}`).toBeCloseTo(r.density[i], 12);
      expect(f.survival(r.model, t), `survival at ${t}`).toBeCloseTo(r.survival[i], 12);
      expect(f.hazard(r.model, t), `hazard at ${t}`).toBeCloseTo(r.density[i] / r.survival[i], 10);
    });
    r.p.forEach((p, i) => {
      expect(f.quantile(r.model, p), `quantile at ${p}`).toBeCloseTo(r.quantile[i], 10);
    });
  });
});

describe.each(MODELS.map((m) => [m.distribution, m] as const))('the %s model', (_, model) => {
  const f = modelFunctions(model);
  const times = [0, 0.5, 1, 1.5, 3, 4.5, 8, 25, 60];

  it('has a survival starting at 1 that never rises', () => {
    expect(f.survival(model, 0)).toBe(1);
    const s = times.map((t) => f.survival(model, t));
    s.slice(1).forEach((v, i) => expect(v, `at ${times[i + 1]}`).toBeLessThanOrEqual(s[i]));
  });

  it('has density = −dS/dt and hazard = density / survival where S is smooth', () => {
    if (model.distribution === 'km') return;
    for (const t of [0.3, 1.5, 3, 6]) {
      if (model.distribution === 'piecewise' && model.breaks.some((b) => Math.abs(b - t) < 1e-3))
        continue;
      const h = 1e-6;
      const slope = (f.survival(model, t - h) - f.survival(model, t + h)) / (2 * h);
      expect(f.density(model, t), `density at ${t}`).toBeCloseTo(slope, 6);
      expect(f.hazard(model, t), `hazard at ${t}`).toBeCloseTo(
        f.density(model, t) / f.survival(model, t),
        10,
      );
    }
  });

  it('has a log density and log survival that are the logs of its density and survival', () => {
    for (const t of [0.2, 1, 2.5, 7, 40]) {
      if (model.distribution !== 'km')
        expect(f.logDensity(model, t), `at ${t}`).toBeCloseTo(Math.log(f.density(model, t)), 10);
      expect(f.logSurvival(model, t), `at ${t}`).toBeCloseTo(Math.log(f.survival(model, t)), 10);
    }
  });

  it('has quantiles that invert its survival, Infinity beyond its plateau', () => {
    for (const p of [0.1, 0.3, 0.5, 0.6, 0.9]) {
      const q = f.quantile(model, p);
      if (q === Infinity) {
        expect(f.survival(model, 1e9), `p = ${p}`).toBeGreaterThanOrEqual(1 - p - 1e-12);
        continue;
      }
      expect(f.survival(model, q), `p = ${p}`).toBeLessThanOrEqual(1 - p + 1e-9);
      if (model.distribution !== 'km')
        expect(f.survival(model, q), `p = ${p}`).toBeCloseTo(1 - p, 9);
    }
    expect(latentMedian(model)).toBe('median' in model ? model.median : f.quantile(model, 0.5));
  });

  it('draws times whose share above t is its survival (40,000 draws, within 0.012)', () => {
    const ts = [0.5, 1, 2, 4, 10, 30];
    const drawn = drawnSurvival(model, ts);
    ts.forEach((t, i) =>
      expect(Math.abs(drawn[i] - f.survival(model, t)), `at ${t}`).toBeLessThan(0.012),
    );
  });

  it('stretched in time by 2 has S_2(2t) = S(t)', () => {
    const stretched = scaleTimeModel(model, 2);
    const g = modelFunctions(stretched);
    for (const t of [0.4, 1.3, 3.5, 12, 40])
      expect(g.survival(stretched, 2 * t), `at ${t}`).toBeCloseTo(f.survival(model, t), 12);
  });
});

describe('far in the tails', () => {
  it('the log survival stays finite where the survival underflows to 0', () => {
    const far: TimeModel[] = [
      { distribution: 'exponential', median: 0.01 },
      { distribution: 'weibull', median: 0.1, shape: 2 },
      { distribution: 'lognormal', median: 0.01, shape: 0.2 },
      { distribution: 'loglogistic', median: 1e-3, shape: 300 },
    ];
    for (const model of far) {
      const f = modelFunctions(model);
      expect(f.survival(model, 60), model.distribution).toBe(0);
      expect(Number.isFinite(f.logSurvival(model, 60)), model.distribution).toBe(true);
      expect(Number.isFinite(f.logDensity(model, 60)), model.distribution).toBe(true);
    }
    // beyond 30 standard deviations the log-normal's tail is its asymptotic series: against Φ(−z)
    const ln: TimeModel = { distribution: 'lognormal', median: 1, shape: 1 };
    const g = modelFunctions(ln);
    for (const z of [31, 35])
      expect(g.logSurvival(ln, Math.exp(z)), `z = ${z}`).toBeCloseTo(
        Math.log(normalCdf(-z, 0, 1)),
        8,
      );
  });
});

describe('the durable-response mixture', () => {
  it('never ends for its durable fraction', () => {
    const model = MODELS[6];
    const rng = chunkRng('durable', 0);
    const draws = Array.from({ length: 20000 }, () => modelFunctions(model).sample(model, rng));
    const never = draws.filter((t) => t === Infinity).length / draws.length;
    expect(Math.abs(never - 0.3)).toBeLessThan(0.012);
    expect(latentMedian({ ...model, durable: 0.6 } as TimeModel)).toBe(Infinity);
  });
});
