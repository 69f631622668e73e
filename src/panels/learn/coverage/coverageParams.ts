import { choicesParam } from '../../../io/params/choicesParam.ts';
import { numberParam } from '../../../io/params/numberParam.ts';
import { wholeParam } from '../../../io/params/wholeParam.ts';
import { PROPORTION_METHODS } from '../../../engine/report.ts';
import type { LessonAnalysis } from '../analysis.ts';

/**
 * The coverage lesson's link parameters: the study size `n` (the cohort's by default), the
 * confidence `level` (the app's) and the methods shown `m` (Clopper–Pearson, Wilson, Wald and
 * the app's method).
 * Example: `coverageParams(18, analysis).n.default === 18`.
 */
export function coverageParams(cohortN: number, analysis: LessonAnalysis) {
  return {
    n: wholeParam('n', { label: 'Patients (n)', min: 5, max: 150, default: cohortN }),
    level: numberParam('level', {
      label: 'Confidence level',
      min: 0.8,
      max: 0.99,
      default: analysis.level,
      digits: 6,
    }),
    m: choicesParam('m', PROPORTION_METHODS, {
      label: 'Methods shown',
      default: ['clopper-pearson', 'wilson', 'wald', analysis.method],
    }),
  };
}
