import { decodeParam } from '../../../io/params/decodeParam.ts';
import { numberParam } from '../../../io/params/numberParam.ts';
import { wholeParam } from '../../../io/params/wholeParam.ts';
import { observedAt } from '../observedAt.ts';

/**
 * The discreteness lesson's link parameters for a cohort with `observed` responders: the true
 * ORR `p`, the study size `n` (the cohort's by default) and "at least `x` responders" (the
 * cohort's count carried over to n; half of n when the cohort records no response), which cannot
 * exceed the n the link asks for.
 * Example: `discretenessParams({ x: 15, n: 18 }, { n: '10' }).x.max === 10`.
 */
export function discretenessParams(
  observed: { x: number; n: number; recorded?: boolean },
  params: Readonly<Record<string, string>>,
) {
  const n = wholeParam('n', {
    label: 'Patients (n)',
    min: 1,
    max: 200,
    default: Math.max(1, observed.n),
  });
  const studyN = decodeParam(n, params[n.key]).value;
  return {
    p: numberParam('p', { label: 'True ORR', min: 0, max: 1, default: 0.6, digits: 6 }),
    n,
    x: wholeParam('x', {
      label: 'At least … responders',
      min: 0,
      max: studyN,
      default: observed.recorded === false ? Math.round(studyN / 2) : observedAt(observed, studyN),
    }),
  };
}
