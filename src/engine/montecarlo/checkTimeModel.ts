import { MAX_PIECES } from '../limits.ts';
import type { FamilyModel, TimeModel } from '../models/timeModel.ts';
import { type Json, ScenarioChecker, show } from './ScenarioChecker.ts';

/** The parametric families, each given by median and (but the exponential) shape. */
export const FAMILY_KINDS = ['exponential', 'weibull', 'lognormal', 'loglogistic'] as const;

/** Every time model a scenario's `ttr` or `dor` may name (TTR may also be `empirical`). */
export const TIME_MODEL_KINDS = [...FAMILY_KINDS, 'piecewise', 'mixture', 'km'] as const;

function family(c: ScenarioChecker, m: Json, path: string, distribution: string): FamilyModel {
  const median = c.number(m, path, 'median', { above: true });
  if (distribution === 'exponential') {
    c.keys(m, path, ['distribution', 'median']);
    return { distribution, median };
  }
  c.keys(m, path, ['distribution', 'median', 'shape']);
  const shape = c.number(m, path, 'shape', { above: true, max: 100 });
  return { distribution, median, shape } as FamilyModel;
}

/**
 * Checks one time model of a scenario JSON (`path` such as `dor.` prefixes its messages) and
 * returns it, or `null` with the problems added to the checker: a family by median and shape, a
 * piecewise model (`breaks` ascending above 0, one more `rates` from 0), a mixture (`durable`
 * from 0 to below 1 and a family `rest`), or a Kaplan–Meier model (`times` ascending from 0,
 * `survival` from 1 down to 0 never rising, `tail_from_wk` at least the last time, `tail_rate` from 0).
 * @example checkTimeModel(new ScenarioChecker(), { distribution: 'km', times: [1], survival: [0.4], tail_from_wk: 5, tail_rate: 0.1 }, 'dor.')
 */
export function checkTimeModel(c: ScenarioChecker, m: Json, path: string): TimeModel | null {
  const distribution = m.distribution as string;
  if ((FAMILY_KINDS as readonly string[]).includes(distribution))
    return family(c, m, path, distribution);
  const before = c.issues.length;
  if (distribution === 'piecewise') {
    c.keys(m, path, ['distribution', 'breaks', 'rates']);
    // one piece (no break) is an exponential, but allowed
    const checkedBreaks =
      Array.isArray(m.breaks) && m.breaks.length === 0
        ? []
        : c.list(m, path, 'breaks', { ascending: true, maxLength: MAX_PIECES - 1 });
    if (checkedBreaks[0] === 0) c.issues.push(`${path}breaks[0] must be above 0, got 0`);
    const rates = c.list(m, path, 'rates', { maxLength: MAX_PIECES });
    if (c.issues.length === before && rates.length !== checkedBreaks.length + 1)
      c.issues.push(
        `${path}rates must have one more entry than breaks (${checkedBreaks.length + 1}), got ${rates.length}`,
      );
    return c.issues.length === before ? { distribution, breaks: checkedBreaks, rates } : null;
  }
  if (distribution === 'mixture') {
    c.keys(m, path, ['distribution', 'durable', 'rest']);
    const durable = c.number(m, path, 'durable', { max: 1 });
    if (durable === 1) c.issues.push(`${path}durable must be below 1, got 1`);
    const rest = c.object(m, 'rest', path);
    if (!rest) return null;
    const kind = rest.distribution;
    if (typeof kind !== 'string' || !(FAMILY_KINDS as readonly string[]).includes(kind)) {
      c.issues.push(
        `${path}rest.distribution must be one of ${FAMILY_KINDS.join(', ')}, got ${show(kind)}`,
      );
      return null;
    }
    const model = family(c, rest, `${path}rest.`, kind);
    return c.issues.length === before ? { distribution, durable, rest: model } : null;
  }
  // km
  c.keys(m, path, ['distribution', 'times', 'survival', 'tail_from_wk', 'tail_rate']);
  const times = c.list(m, path, 'times', { ascending: true });
  const survival = c.list(m, path, 'survival', { max: 1 });
  if (c.issues.length === before && survival.length !== times.length)
    c.issues.push(
      `${path}survival must have one entry per time (${times.length}), got ${survival.length}`,
    );
  const rising = survival.findIndex((s, i) => i > 0 && s > survival[i - 1]);
  if (rising > 0)
    c.issues.push(
      `${path}survival[${rising}] must be at most the one before (${survival[rising - 1]}), got ${survival[rising]}`,
    );
  const last = times.at(-1) ?? 0;
  const tailFrom = c.number(m, path, 'tail_from_wk', { min: last });
  const tailRate = c.number(m, path, 'tail_rate');
  return c.issues.length === before
    ? { distribution: 'km', times, survival, tail_from_wk: tailFrom, tail_rate: tailRate }
    : null;
}
