import type { ParamSet, ParamValues } from './ParamSet.ts';

/**
 * A link's parameters with some values written in, each short as its declaration writes it, in
 * the order the set declares them (so equal values always give the same link); a `null` (nothing)
 * leaves its key out. The other parameters are kept and the given record is left untouched.
 * Example: `writeParams({ p: numberParam('p', { min: 0, max: 1, default: 0.5, digits: 6 }) }, { seed: '3' }, { p: 0.6000001 })`
 * is `{ seed: '3', p: '0.6' }`.
 */
export function writeParams<S extends ParamSet>(
  set: S,
  raw: Readonly<Record<string, string>>,
  values: Partial<ParamValues<S>>,
): Record<string, string> {
  const next = { ...raw };
  for (const [name, param] of Object.entries(set)) {
    if (!Object.hasOwn(values, name)) continue;
    const value: unknown = values[name];
    if (value === undefined) continue;
    if (value === null) delete next[param.key];
    else next[param.key] = param.write(value);
  }
  return next;
}
