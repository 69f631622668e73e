import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { resampleCounts } from '../../../src/engine/lessons/resampleCounts.ts';
import {
  bootstrapChunk,
  bootstrapIndices,
  bootstrapPlan,
  chunkRng,
  decodeStatistic,
  drawPatient,
} from '../../../src/engine/montecarlo/index.ts';
import { bootstrapDorMedian } from '../../../src/engine/reconstruct/bootstrapDorMedian.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';
import { RESPONSE_GRADES } from '../../../src/engine/cohort.ts';
import { dorObservations } from '../../../src/engine/dorObservations.ts';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmMedian } from '../../../src/engine/kmMedian.ts';

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

  it('draws patient floor(u n) for each number u of the stream', () => {
    expect(drawPatient(18, () => 0.5)).toBe(9);
    expect(drawPatient(18, () => 0.999999)).toBe(17);
    expect(bootstrapIndices(3, { rng: () => 0.5 })).toEqual([1, 1, 1]);
    expect(() => bootstrapIndices(0, { rng: () => 0.5 })).toThrow(/n must/);
  });

  it('is the resample the Monte Carlo bootstrap evaluates, from the same stream', () => {
    const cohort = hlhCohort();
    const plan = bootstrapPlan(cohort);
    const drawn = bootstrapIndices(plan.n, { rng: chunkRng('same', 0) });
    const responders = drawn.filter((i) => plan.responder[i] === 1).length;
    const one = bootstrapChunk(plan, { count: 1, rng: chunkRng('same', 0) });
    expect(decodeStatistic(plan, 'orr', one.tallies[0].codes[0])).toBe(responders / plan.n);
  });

  it('is the resample the reconstruction bootstraps the median duration of response from', () => {
    const cohort = hlhCohort();
    const drawn = bootstrapIndices(cohort.patients.length, { rng: seedrandom('dor') });
    const resample = drawn.map((i) => cohort.patients[i]);
    const median = kmMedian(kaplanMeier(dorObservations(resample, RESPONSE_GRADES))).median;
    const interval = bootstrapDorMedian(cohort, { reps: 1, rng: seedrandom('dor') });
    expect(interval).toEqual([median, median]);
  });
});
