import type { ParamSet, ParamValues } from './ParamSet.ts';

/**
 * A link's parameters with some values written in, each short as its declaration writes it;
 * the other parameters are kept and the given record is left untouched.
 * Example: `writeParams({ p: numberParam('p', { min: 0, max: 1, default: 0.5, digits: 6 }) }, { seed: '3' }, { p: 0.6000001 })`
 * is `{ seed: '3', p: '0.6' }`.
 */
export function writeParams<S extends ParamSet>(
  set: S,
  raw: Readonly<Record<string, string>>,
  values: Partial<ParamValues<S>>,
): Record<string, string> {
  const next = { ...raw };
  for (const [name, value] of Object.entries(values)) {
    const param = set[name];
    if (param !== undefined && value !== undefined) {
      next[param.key] = (param.write as (v: unknown) => string)(value);
    }
  }
  return next;
}
