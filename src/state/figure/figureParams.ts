import { TIME_UNITS } from '../../engine/kmfigure/timeUnit.ts';
import type { KmEndpoint } from '../../engine/kmfigure/reconstructionToCohort.ts';
import { MAX_FIGURE_CURVES, MAX_KM_ENSEMBLE_REPS, SEED_RANGE } from '../../engine/limits.ts';
import { choiceParam } from '../../io/params/choiceParam.ts';
import { numberParam } from '../../io/params/numberParam.ts';
import { pairsParam } from '../../io/params/pairsParam.ts';
import type { ParamSet } from '../../io/params/ParamSet.ts';
import { textParam } from '../../io/params/textParam.ts';
import { wholeParam } from '../../io/params/wholeParam.ts';

/** What a Kaplan–Meier figure may show, in the order the page offers them. */
export const KM_ENDPOINTS: readonly KmEndpoint[] = ['dor', 'ttr', 'os'];

/** Most points of one curve a link carries (a longer curve stays in the page only). */
export const MAX_LINK_POINTS = 500;

/** Most entries of a curve's at-risk table. */
export const MAX_AT_RISK_ENTRIES = 60;

/**
 * The figure's options in the link (`k.` parameters), declared once: what the figure shows and
 * its time unit, the week responses began (a DOR figure), the curve shown, and the ensemble over
 * the reading (its size, seed and the largest shifts of a time, in percent of the last time, and
 * of a level, in percentage points).
 * Example: `decodeParams(FIGURE_OPTION_PARAMS, { unit: 'months' }).values.unit` is `'months'`.
 */
export const FIGURE_OPTION_PARAMS = {
  endpoint: choiceParam('end', KM_ENDPOINTS, { label: 'What the figure shows', default: 'dor' }),
  unit: choiceParam('unit', TIME_UNITS, { label: 'Time unit', default: 'weeks' }),
  onset: numberParam('onset', {
    label: 'Week each response began',
    min: 0,
    max: 520,
    default: 0,
    digits: 6,
  }),
  current: wholeParam('cur', { label: 'Curve shown', min: 1, max: MAX_FIGURE_CURVES, default: 1 }),
  reps: wholeParam('reps', {
    label: 'Readings',
    min: 1,
    max: MAX_KM_ENSEMBLE_REPS,
    default: 200,
  }),
  seed: wholeParam('seed', { label: 'The seed', ...SEED_RANGE, default: 1 }),
  timeJitter: numberParam('dt', {
    label: 'Largest time shift (% of the last time)',
    min: 0,
    max: 10,
    default: 0.5,
    digits: 6,
  }),
  survivalJitter: numberParam('ds', {
    label: 'Largest survival shift (percentage points)',
    min: 0,
    max: 10,
    default: 0.5,
    digits: 6,
  }),
};

/**
 * The link parameters of curve `i` (1 to `MAX_FIGURE_CURVES`): its label `l{i}`, colour `c{i}`,
 * points `p{i}` (time:survival, survival as a proportion), at-risk table `r{i}` (time:n), n `n{i}`
 * and total events `e{i}`.
 * Example: `curveParams(2).points.key` is `'p2'`.
 */
export function curveParams(i: number) {
  return {
    label: textParam(`l${i}`, { max: 60, shorten: true, default: null }),
    colour: textParam(`c${i}`, {
      max: 7,
      pattern: /^#[0-9a-f]{6}$/,
      describe: 'a colour #rrggbb',
      default: null,
    }),
    points: pairsParam(`p${i}`, {
      label: 'Points',
      maxPairs: MAX_LINK_POINTS,
      example: '0:1,9:1,9:0.909',
      default: [],
    }),
    atRisk: pairsParam(`r${i}`, {
      label: 'Numbers at risk',
      maxPairs: MAX_AT_RISK_ENTRIES,
      example: '0:11,20:7,40:3',
      default: [],
    }),
    n: textParam(`n${i}`, {
      max: 9,
      pattern: /^[1-9]\d*$/,
      describe: 'a whole number of at least 1',
      default: null,
    }),
    events: textParam(`e${i}`, {
      max: 9,
      pattern: /^\d+$/,
      describe: 'a whole number',
      default: null,
    }),
  };
}

/** Every `k.` parameter: the options and each curve's, by name (`points3` is curve 3's points). */
export const FIGURE_PARAMS: ParamSet = Object.freeze({
  ...FIGURE_OPTION_PARAMS,
  ...Object.fromEntries(
    Array.from({ length: MAX_FIGURE_CURVES }, (_, k) =>
      Object.entries(curveParams(k + 1)).map(([name, param]) => [`${name}${k + 1}`, param]),
    ).flat(),
  ),
});
