import seedrandom from 'seedrandom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bootstrapIndices,
  drawStudy,
  fitLessonScenario,
  observeStudy,
  replicateEstimates,
  resampleCounts,
  type LessonScenario,
} from '../../../src/engine/lessons/index.ts';
import { makeCohort } from '../../helpers/makeCohort.ts';

const scenario: LessonScenario = {
  n: 18,
  orr: 0.8,
  dorMedianWk: 6,
  onsetWk: 1,
  accrualWk: 30,
};

describe('drawStudy', () => {
  it('is reproducible from a seed and spaces entries evenly over the accrual', () => {
    const a = drawStudy(scenario, { rng: seedrandom.alea('x') });
    const b = drawStudy(scenario, { rng: seedrandom.alea('x') });
    expect(a).toEqual(b);
    expect(a.map((p) => p.entryWk)).toEqual(Array.from({ length: 18 }, (_, i) => (30 * i) / 17));
  });

  it('uses two draws per patient, so the same patients respond whatever the median', () => {
    const short = drawStudy({ ...scenario, dorMedianWk: 2 }, { rng: seedrandom.alea('y') });
    const long = drawStudy({ ...scenario, dorMedianWk: 20 }, { rng: seedrandom.alea('y') });
    expect(short.map((p) => p.responder)).toEqual(long.map((p) => p.responder));
    short.forEach((p, i) => {
      if (p.dorWk !== null) expect(long[i].dorWk! / p.dorWk).toBeCloseTo(10, 9);
    });
  });

  it('draws responses at the true rate and durations with the true median', () => {
    const rng = seedrandom.alea('many');
    const big = drawStudy({ ...scenario, n: 20000 }, { rng });
    const responders = big.filter((p) => p.responder);
    expect(Math.abs(responders.length / 20000 - 0.8)).toBeLessThan(0.015);
    const below = responders.filter((p) => p.dorWk! < 6).length / responders.length;
    expect(Math.abs(below - 0.5)).toBeLessThan(0.015);
  });

  it('rejects an impossible scenario', () => {
    expect(() => drawStudy({ ...scenario, orr: 1.5 }, { rng: Math.random })).toThrow(/orr/);
    expect(() => drawStudy({ ...scenario, dorMedianWk: 0 }, { rng: Math.random })).toThrow(
      /dorMedianWk/,
    );
  });
});

describe('observeStudy', () => {
  const latent = [
    { entryWk: 0, responder: true, dorWk: 5 },
    { entryWk: 2, responder: true, dorWk: 10 },
    { entryWk: 4, responder: false, dorWk: null },
    { entryWk: 9, responder: true, dorWk: 1 },
  ];

  it('censors ongoing responses at the cut-off and leaves out patients not yet started', () => {
    const seen = observeStudy(latent, { onsetWk: 1, cutoffWk: 8 });
    expect(seen.n).toBe(3);
    expect(seen.responders).toBe(2);
    expect(seen.dor).toEqual([
      { time: 5, event: true },
      { time: 5, event: false },
    ]);
    expect(seen.minFollowupWk).toBe(4);
  });

  it('does not yet see a response whose onset is after the cut-off', () => {
    const seen = observeStudy(latent, { onsetWk: 1, cutoffWk: 9.5 });
    expect(seen.n).toBe(4);
    expect(seen.responders).toBe(2);
  });

  it('reveals every true duration with long enough follow-up', () => {
    const seen = observeStudy(latent, { onsetWk: 1, cutoffWk: 100 });
    expect(seen.dor.map((o) => o.time)).toEqual([5, 10, 1]);
    expect(seen.dor.every((o) => o.event)).toBe(true);
  });
});

describe('replicateEstimates', () => {
  it('reports the ORR interval and the Kaplan–Meier median of DOR', () => {
    const seen = {
      n: 10,
      responders: 4,
      dor: [1, 2, 3, 4].map((time) => ({ time, event: true })),
      minFollowupWk: 5,
    };
    const est = replicateEstimates(seen);
    expect(est.orr).toBe(0.4);
    expect(est.orrInterval![0]).toBeCloseTo(0.1215523, 6);
    expect(est.orrInterval![1]).toBeCloseTo(0.7376219, 6);
    expect(est.dorMedian).toBe(2.5);
    expect(est.dorEvents).toBe(4);
    expect(est.naiveDorMedian).toBe(2.5);
  });

  it('gives "not reached" (null) when fewer than half the responses have ended', () => {
    const seen = {
      n: 5,
      responders: 4,
      dor: [
        { time: 1, event: true },
        { time: 3, event: false },
        { time: 3, event: false },
        { time: 3, event: false },
      ],
      minFollowupWk: 3,
    };
    const est = replicateEstimates(seen);
    expect(est.dorMedian).toBeNull();
    expect(est.naiveDorMedian).toBe(1);
  });
});

describe('fitLessonScenario', () => {
  it('fits the built-in HLH cohort: 15/18, onset 1 week, 33 weeks of accrual', () => {
    const csv = readFileSync(
      new URL('../../../public/cohorts/hlh-anakinra-2025.csv', import.meta.url),
      'utf8',
    );
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const num = (s: string) => (s === '' ? null : Number(s));
    const cohort = makeCohort(
      rows.map((r) => ({
        id: r[0],
        bestResponse: r[1] as 'CR' | 'PR' | 'IMP' | 'NR' | 'NE',
        responseWk: num(r[2]),
        crWk: num(r[3]),
        lossWk: num(r[4]),
        deathWk: num(r[5]),
        followupWk: Number(r[6]),
      })),
    );
    const { scenario, minFollowupWk, responders } = fitLessonScenario(cohort);
    expect(responders).toBe(15);
    expect(scenario.n).toBe(18);
    expect(scenario.orr).toBeCloseTo(15 / 18, 12);
    expect(scenario.onsetWk).toBe(1);
    expect(scenario.accrualWk).toBe(33);
    expect(minFollowupWk).toBe(4);
    // 11 responses ended over 79 response-weeks: exponential median ln 2 · 79 / 11.
    expect(scenario.dorMedianWk).toBeCloseTo((Math.LN2 * 79) / 11, 10);
  });

  it('rejects an empty cohort', () => {
    expect(() => fitLessonScenario(makeCohort([]))).toThrow(/no patients/);
  });
});

describe('bootstrap resamples', () => {
  it('draws n indices with replacement, reproducibly', () => {
    const a = bootstrapIndices(18, { rng: seedrandom.alea('b') });
    expect(a).toEqual(bootstrapIndices(18, { rng: seedrandom.alea('b') }));
    expect(a).toHaveLength(18);
    for (const i of a) expect(Number.isInteger(i) && i >= 0 && i < 18).toBe(true);
  });

  it('leaves out about 1/e of patients on average', () => {
    const rng = seedrandom.alea('e');
    let missing = 0;
    for (let r = 0; r < 2000; r++) {
      missing += resampleCounts(bootstrapIndices(18, { rng }), 18).filter((c) => c === 0).length;
    }
    // E[missing] = 18 (17/18)^18 = 6.41
    expect(missing / 2000).toBeCloseTo(18 * (17 / 18) ** 18, 0);
  });

  it('counts appearances per patient', () => {
    expect(resampleCounts([1, 1, 2], 3)).toEqual([0, 2, 1]);
    expect(() => resampleCounts([3], 3)).toThrow(/index/);
  });
});
