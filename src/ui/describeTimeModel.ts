import type { TtrModel } from '../engine/montecarlo/scenario.ts';
import type { FamilyModel } from '../engine/models/timeModel.ts';
import { shortNumber } from './shortNumber.ts';

const FAMILY_NAMES: Record<FamilyModel['distribution'], string> = {
  exponential: 'exponential',
  weibull: 'Weibull',
  lognormal: 'log-normal',
  loglogistic: 'log-logistic',
};

const family = (m: FamilyModel) =>
  `${FAMILY_NAMES[m.distribution]} (median ${shortNumber(m.median)} wk` +
  ('shape' in m ? `, shape ${shortNumber(m.shape)})` : ')');

const list = (values: readonly number[], most = 4) =>
  values.length <= most
    ? values.map(shortNumber).join(', ')
    : `${values.slice(0, most).map(shortNumber).join(', ')} and ${values.length - most} more`;

/**
 * A time model (or an empirical TTR) in words, its numbers rounded, for the page's tables and
 * the lessons' statement of what they simulate from.
 * Example: `describeTimeModel({ distribution: 'loglogistic', median: 0.5523, shape: 0.2485 })`
 * is `'log-logistic (median 0.552 wk, shape 0.248)'`.
 */
export function describeTimeModel(model: TtrModel): string {
  switch (model.distribution) {
    case 'piecewise':
      return model.breaks.length === 0
        ? `piecewise exponential with one piece (rate ${shortNumber(model.rates[0])} per wk)`
        : `piecewise exponential (breaks at ${list(model.breaks)} wk; rates ${list(model.rates)} per wk)`;
    case 'mixture':
      return `durable mixture (${shortNumber(model.durable * 100)}% never end; the rest ${family(model.rest)})`;
    case 'km':
      return (
        `Kaplan–Meier steps at ${list(model.times)} wk, then exponential at ` +
        `${shortNumber(model.tail_rate)} per wk after ${shortNumber(model.tail_from_wk)} wk`
      );
    case 'empirical':
      return `the observed times (${model.times.length} of them, drawn with replacement)`;
    default:
      return family(model);
  }
}
