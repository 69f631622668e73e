import { decodeParam } from '../../../io/params/decodeParam.ts';
import { numberParam } from '../../../io/params/numberParam.ts';
import { LESSON_SEED } from '../lessonSeed.ts';
import { longestFollowup } from './longestFollowup.ts';

/**
 * The follow-up lesson's link parameters: the true median DOR `dm` and the follow-up after the
 * last patient started `fu` (both fitted to the cohort by default), which runs to the longest
 * follow-up offered for the median the link asks for, and the `seed`.
 * Example: `followupParams({ dorMedianWk: 3.4, followupWk: 5 }, { dm: '2' }).fu.max === 12`.
 */
export function followupParams(
  defaults: { dorMedianWk: number; followupWk: number },
  params: Readonly<Record<string, string>>,
) {
  const dm = numberParam('dm', {
    label: 'True median DOR',
    min: 0.5,
    max: 52,
    default: defaults.dorMedianWk,
    digits: 6,
  });
  return {
    dm,
    fu: numberParam('fu', {
      label: 'Follow-up after the last patient started',
      min: 0,
      max: longestFollowup(decodeParam(dm, params[dm.key]).value),
      default: defaults.followupWk,
      digits: 6,
    }),
    seed: LESSON_SEED,
  };
}
