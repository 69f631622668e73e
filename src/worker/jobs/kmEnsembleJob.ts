import type { KmPoint } from '../../engine/digitise/rgbaImage.ts';
import { chunkCount } from '../../engine/montecarlo/chunkRange.ts';
import { KM_ENSEMBLE_CHUNK_SIZE } from '../../engine/kmfigure/kmEnsembleChunk.ts';
import { kmEnsembleSummary } from '../../engine/kmfigure/kmEnsembleSummary.ts';
import { MAX_KM_ENSEMBLE_REPS } from '../../engine/limits.ts';
import type {
  KmEnsembleOptions,
  KmEnsembleRequest,
  KmEnsembleSummary,
  MonteCarloWorkerApi,
} from '../api.ts';
import type { Job } from '../Lanes.ts';
import { checkCount } from './checkCount.ts';

/**
 * An ensemble over the digitisation of a Kaplan–Meier curve as a pool job, on the "km-ensemble"
 * lane: its seeded chunks (`kmEnsembleChunk`) shared out in ranges over the workers and merged
 * in chunk order (`kmEnsembleSummary`), so the result depends only on the points, the options
 * and the seed, never on the number of workers. Progress counts reconstructions. Throws a
 * RangeError for a request out of bounds (the workers throw the engine's for bad jitter).
 * @example await lanes.run(kmEnsembleJob(points, { reps: 200, seed: '1', n: 11 }))
 */
export function kmEnsembleJob(
  points: readonly KmPoint[],
  options: KmEnsembleOptions,
): Job<MonteCarloWorkerApi, KmEnsembleSummary> {
  const { reps, seed, atRisk, n, totalEvents, timeJitter, survivalJitter } = options;
  checkCount('reps', reps, { max: MAX_KM_ENSEMBLE_REPS });
  if (points.length === 0) throw new RangeError('no points to perturb');
  const chunks = chunkCount(reps, KM_ENSEMBLE_CHUNK_SIZE);
  // Plain copies: what crosses to a worker must be cloneable data, not the page's state proxies.
  const plain = points.map((p) => ({ time: p.time, survival: p.survival }));
  const request: KmEnsembleRequest = {
    reps,
    seed,
    atRisk: atRisk?.map((r) => ({ time: r.time, n: r.n })),
    n,
    totalEvents,
    timeJitter,
    survivalJitter,
  };
  return {
    lane: 'km-ensemble',
    total: reps,
    async execute({ spread }) {
      const groups = await spread(chunks, (remote, range, progress) =>
        remote.kmEnsembleChunks(plain, request, range, progress),
      );
      return kmEnsembleSummary(groups.flat());
    },
  };
}
