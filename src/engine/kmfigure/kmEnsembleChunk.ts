import type { KmPoint } from '../digitise/rgbaImage.ts';
import { chunkRange } from '../montecarlo/chunkRange.ts';
import { chunkRng } from '../montecarlo/chunkRng.ts';
import type { AtRisk } from './atRiskTable.ts';
import { kmEnsemble } from './kmEnsemble.ts';

/** Perturbed reconstructions per chunk of a seeded ensemble over a digitised curve. */
export const KM_ENSEMBLE_CHUNK_SIZE = 25;

/** A seeded ensemble over a digitised curve: `kmEnsemble`'s options with a seed instead of an rng. */
export interface KmEnsembleRequest {
  /** Perturbed reconstructions in the whole ensemble (1 to `MAX_KM_ENSEMBLE_REPS`). */
  reps: number;
  seed: string;
  atRisk?: readonly AtRisk[];
  n?: number;
  totalEvents?: number | null;
  timeJitter?: number;
  survivalJitter?: number;
}

/** What one chunk of the ensemble gives: each reconstruction's median (`null`: not reached) and events. */
export interface KmEnsembleChunk {
  medians: (number | null)[];
  events: number[];
}

/**
 * Chunk `index` of a seeded ensemble over a digitised curve: its share of `request.reps`
 * (`KM_ENSEMBLE_CHUNK_SIZE` each, the last one shorter) drawn by `kmEnsemble` from the stream
 * `chunkRng(seed, index)`, so a chunk is the same whichever worker computes it and the ensemble
 * does not depend on how many workers share it. Assumes cleaned points; throws `kmEnsemble`'s
 * `RangeError`s.
 * @example kmEnsembleChunk(points, { reps: 200, seed: '1', n: 50 }, 0).medians.length // 25
 */
export function kmEnsembleChunk(
  points: readonly KmPoint[],
  request: KmEnsembleRequest,
  index: number,
): KmEnsembleChunk {
  const { reps, seed, ...options } = request;
  const { count } = chunkRange(reps, KM_ENSEMBLE_CHUNK_SIZE, index);
  if (count === 0) return { medians: [], events: [] };
  const { members } = kmEnsemble(points, { ...options, reps: count, rng: chunkRng(seed, index) });
  return { medians: members.map((m) => m.median), events: members.map((m) => m.events) };
}
