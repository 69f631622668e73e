import { choiceParam } from '../../../io/params/choiceParam.ts';
import { numberParam } from '../../../io/params/numberParam.ts';
import { PROPORTION_METHODS } from '../../../engine/report.ts';
import type { LessonAnalysis } from '../analysis.ts';
import { LESSON_SEED } from '../lessonSeed.ts';

/**
 * The dance lesson's link parameters: the true ORR `p` and median DOR `dm` of the replicate
 * studies (the fitted scenario's, rounded, by default), the interval method `m` (the app's)
 * and the `seed`.
 * Example: `danceParams({ orr: 0.83, dor_median: 3.4 }, analysis).dm.default === 3.4`.
 */
export function danceParams(
  fittedTruth: { orr: number; dor_median: number },
  analysis: LessonAnalysis,
) {
  return {
    p: numberParam('p', {
      label: 'True ORR',
      min: 0.05,
      max: 0.95,
      default: Number(fittedTruth.orr.toFixed(2)),
      digits: 6,
    }),
    dm: numberParam('dm', {
      label: 'True median DOR',
      min: 0.5,
      max: 52,
      default: Number(fittedTruth.dor_median.toFixed(1)),
      digits: 6,
    }),
    m: choiceParam('m', PROPORTION_METHODS, { label: 'ORR interval', default: analysis.method }),
    seed: LESSON_SEED,
  };
}
