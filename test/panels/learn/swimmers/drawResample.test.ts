import { describe, expect, it } from 'vitest';
import { bootstrapResample } from '../../../../src/engine/montecarlo/bootstrapResample.ts';
import { chunkRng } from '../../../../src/engine/montecarlo/chunkRng.ts';
import { cohortEstimates } from '../../../../src/panels/learn/swimmers/cohortEstimates.ts';
import { drawResample } from '../../../../src/panels/learn/swimmers/drawResample.ts';
import { died, lost, ongoing } from './patients.ts';
import { RESPONSE_GRADES } from '../../../../src/engine/cohort.ts';

const options = { responders: RESPONSE_GRADES, transform: 'log-log' as const };
const patients = [lost, ongoing, died];

describe('drawResample', () => {
  it('draws every patient from the middle of the stream when the stream always says 0.5', () => {
    const resample = drawResample(patients, { rng: () => 0.5, ...options });
    expect(resample.counts).toEqual([0, 3, 0]);
    expect(resample).toMatchObject({ orr: 1, dorMedian: null });
  });

  it('counts and estimates the same draws as the bootstrap engine does from the same stream', () => {
    const { counts, sample } = bootstrapResample(patients, { rng: chunkRng('swimmers-1', 4) });
    const resample = drawResample(patients, { rng: chunkRng('swimmers-1', 4), ...options });
    expect(resample.counts).toEqual(counts);
    expect(resample).toMatchObject(cohortEstimates(sample, options));
  });

  it('draws as many patients as the cohort has', () => {
    const resample = drawResample(patients, { rng: chunkRng('swimmers-2', 0), ...options });
    expect(resample.counts.reduce((s, c) => s + c, 0)).toBe(3);
  });
});
