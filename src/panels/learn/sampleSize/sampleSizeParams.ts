import { choiceParam } from '../../../io/params/choiceParam.ts';
import { numberParam } from '../../../io/params/numberParam.ts';
import type { ProportionMethod } from '../../../engine/report.ts';
import { PRECISION_METHODS } from './precisionMethods.ts';

/**
 * The sample-size lesson's link parameters: the assumed true ORR `p` (the cohort's, rounded),
 * the wanted precision `h`, the interval method `m` (the app's when the lesson offers it), the
 * historical ORR `p0`, the test's `alpha` and the wanted `power`.
 * Example: `sampleSizeParams(0.83, 'wilson').m.default === 'wilson'`.
 */
export function sampleSizeParams(observedRate: number, appMethod: ProportionMethod) {
  const rate = (key: string, label: string, fallback: number) =>
    numberParam(key, { label, min: 0.01, max: 0.99, default: fallback, digits: 6 });
  return {
    p: rate('p', 'Assumed true ORR', Number(observedRate.toFixed(2))),
    h: numberParam('h', {
      label: 'Wanted precision (±)',
      min: 0.03,
      max: 0.3,
      default: 0.1,
      digits: 6,
    }),
    m: choiceParam('m', PRECISION_METHODS, {
      label: 'Interval',
      default: PRECISION_METHODS.includes(appMethod) ? appMethod : 'clopper-pearson',
    }),
    p0: rate('p0', 'Historical ORR', 0.6),
    alpha: numberParam('alpha', {
      label: 'One-sided alpha',
      min: 0.005,
      max: 0.2,
      default: 0.05,
      digits: 6,
    }),
    power: numberParam('power', {
      label: 'Wanted power',
      min: 0.5,
      max: 0.99,
      default: 0.8,
      digits: 6,
    }),
  };
}
