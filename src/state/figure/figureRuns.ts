import type { KmPoint, RgbaImage } from '../../engine/digitise/rgbaImage.ts';
import type { AtRisk } from '../../engine/kmfigure/atRiskTable.ts';
import type { KmEnsembleSummary } from '../../engine/kmfigure/kmEnsembleSummary.ts';
import type { DigitisedCurve, DigitiseRequest } from '../../worker/api.ts';
import { WorkerRun, type WorkerRunOptions } from '../WorkerRun.svelte.ts';
import type { EnsembleSettings } from './FigureDigitiser.svelte.ts';

/** What a reading of a curve off the figure belongs to: the image, the click and the curve it fills. */
export interface ReadingInputs {
  image: RgbaImage;
  request: DigitiseRequest;
  /** Index of the curve the reading fills (an empty one), or `null` for a new curve. */
  target: number | null;
}

/** What an ensemble over a reading belongs to: the cleaned points, the at-risk input and the settings. */
export interface FigureEnsembleInputs {
  /** The id of the curve the points are from. */
  curve: number;
  points: readonly KmPoint[];
  atRisk: readonly AtRisk[];
  n: number | undefined;
  totalEvents: number | null;
  settings: EnsembleSettings;
}

/**
 * The run that reads one curve off a figure in a worker (`MonteCarloPool.digitise`, on the
 * "digitise" lane), so the page stays responsive on a large image.
 * @example const run = readingRun(); await run.start({ image, request: { calibration, click }, target: null });
 */
export function readingRun(
  options: WorkerRunOptions = {},
): WorkerRun<ReadingInputs, DigitisedCurve> {
  return new WorkerRun((pool, i, control) => pool.digitise(i.image, i.request, control), {
    lane: 'digitise',
    ...options,
  });
}

/**
 * The run of the ensemble over a curve's reading (`MonteCarloPool.kmEnsemble`, on the
 * "km-ensemble" lane): the points perturbed by at most `timeJitter` percent of the last time and
 * `survivalJitter` percentage points, and reconstructed again; the same for any number of workers.
 * @example const run = figureEnsembleRun(); await run.start(inputs);
 */
export function figureEnsembleRun(
  options: WorkerRunOptions = {},
): WorkerRun<FigureEnsembleInputs, KmEnsembleSummary> {
  return new WorkerRun(
    (pool, i, control) =>
      pool.kmEnsemble(i.points, {
        reps: i.settings.reps,
        seed: String(i.settings.seed),
        atRisk: i.atRisk,
        n: i.n,
        totalEvents: i.totalEvents,
        timeJitter: ((i.points.at(-1)?.time ?? 0) * i.settings.timeJitter) / 100,
        survivalJitter: i.settings.survivalJitter / 100,
        ...control,
      }),
    { lane: 'km-ensemble', ...options },
  );
}
