/**
 * The Kaplan–Meier figure's jobs on the worker pool: reading a curve off an R-drawn figure in a
 * worker gives what the engine gives in one thread, and the ensemble over the reading is the
 * same whatever the number of workers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  calibrateAxes,
  cleanPoints,
  extractCurve,
  pickInk,
} from '../../src/engine/digitise/index.ts';
import {
  KM_ENSEMBLE_CHUNK_SIZE,
  kmEnsemble,
  kmEnsembleChunk,
  kmEnsembleSummary,
} from '../../src/engine/kmfigure/index.ts';
import { chunkRng } from '../../src/engine/montecarlo/chunkRng.ts';
import { digitiseJob } from '../../src/worker/jobs/digitiseJob.ts';
import { kmEnsembleJob } from '../../src/worker/jobs/kmEnsembleJob.ts';
import { nodeMonteCarloPool } from '../../src/worker/nodePool.ts';
import type { MonteCarloPool } from '../../src/worker/pool.ts';
import { atRiskOf, figureImage, kmFigures } from '../engine/kmfigure/kmFigures.ts';

const pools: MonteCarloPool[] = [];
const pool = (size: number) => {
  const p = nodeMonteCarloPool({ size });
  pools.push(p);
  return p;
};
afterAll(() => pools.forEach((p) => p.terminate()));

const aml = kmFigures.figures.find((f) => f.id === 'aml-600x400')!;
const maintained = aml.curves[0];
const image = figureImage(aml);
const calibration = calibrateAxes(aml.calibration);

describe('reading a curve in a worker', { timeout: 60_000 }, () => {
  it('gives the engine’s reading from a click, and leaves the caller’s pixels alone', async () => {
    const before = image.data.slice(0, 64);
    const read = await pool(1).digitise(image, { calibration, click: maintained.click });
    const colour = pickInk(image, maintained.click);
    const inline = extractCurve(image, { colour, calibration });
    expect(read.colour).toBe(inline.ink);
    expect(read.points).toEqual(inline.points);
    expect(read.seen).toBeGreaterThan(0.9);
    expect(image.data.length).toBe(aml.width * aml.height * 4);
    expect(image.data.slice(0, 64)).toEqual(before);
  });

  it('reports a click on the background as the worker’s error', async () => {
    await expect(
      pool(1).digitise(image, { calibration, click: { x: 300, y: 200 } }),
    ).rejects.toThrow(/no line near \(300, 200\)/);
  });

  it('refuses an empty or oversized image before any worker starts', () => {
    const empty = { width: 0, height: 10, data: new Uint8ClampedArray() };
    expect(() => digitiseJob(empty, { calibration, colour: '#000000' })).toThrow(
      'an image must have whole positive sides, got 0 × 10',
    );
    const huge = { width: 10_000, height: 10_000, data: new Uint8ClampedArray(4) };
    expect(() => digitiseJob(huge, { calibration, colour: '#000000' })).toThrow(
      /100,000,000 pixels; at most 24,000,000/,
    );
    expect(() => digitiseJob(image, { calibration })).toThrow('give a click on the curve');
  });
});

describe('the ensemble over a reading on the pool', { timeout: 120_000 }, () => {
  const points = cleanPoints(
    maintained.corners.time.map((time, i) => ({ time, survival: maintained.corners.survival[i] })),
  ).points;
  const request = { reps: 110, seed: 'figure', atRisk: atRiskOf(maintained) };

  it('chunk c is kmEnsemble on the stream chunkRng(seed, c), the last chunk shorter', () => {
    const chunk = kmEnsembleChunk(points, request, 1);
    const direct = kmEnsemble(points, {
      reps: KM_ENSEMBLE_CHUNK_SIZE,
      rng: chunkRng('figure', 1),
      atRisk: request.atRisk,
    });
    expect(chunk.medians).toEqual(direct.members.map((m) => m.median));
    expect(chunk.events).toEqual(direct.members.map((m) => m.events));
    expect(kmEnsembleChunk(points, request, 4).medians).toHaveLength(10);
    expect(kmEnsembleChunk(points, request, 5).medians).toHaveLength(0);
  });

  it('is identical with 1 and 3 workers, and equal to the chunks merged in one thread', async () => {
    const inline = kmEnsembleSummary(
      [0, 1, 2, 3, 4].map((c) => kmEnsembleChunk(points, request, c)),
    );
    const progress: number[] = [];
    const one = await pool(1).kmEnsemble(points, request);
    const three = await pool(3).kmEnsemble(points, {
      ...request,
      onProgress: (done) => progress.push(done),
    });
    expect(one).toEqual(inline);
    expect(three).toEqual(inline);
    expect(one.reps).toBe(110);
    expect(progress.at(-1)).toBe(110);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // The true median of the maintained arm is 31 weeks; readings moved by 0.5% keep it near.
    expect(one.spread.median.quantiles.min).toBeGreaterThan(29);
    expect(one.spread.median.quantiles.max).toBeLessThan(33);
  });

  it('refuses a count out of bounds before any worker starts', () => {
    expect(() => kmEnsembleJob(points, { ...request, reps: 0 })).toThrow(
      'reps must be a whole number from 1 to 10000, got 0',
    );
    expect(() => kmEnsembleJob([], request)).toThrow('no points to perturb');
  });
});
