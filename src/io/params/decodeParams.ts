import { decodeParam } from './decodeParam.ts';
import type { ParamSet, ParamValues } from './ParamSet.ts';

/** What a panel's link parameters decode to. */
export interface DecodedParams<V> {
  /** Every parameter's value: the link's where allowed, else its default. */
  values: V;
  /** One sentence per value that was not allowed (and, given an `owner`, per unknown key). */
  messages: string[];
  /** The link's parameters without those the messages refuse, for writing back. */
  kept: Record<string, string>;
}

/**
 * Reads a set of parameters from a link's `KEY=VALUE` pairs (given without their `prefix`, such
 * as a lesson's `l.`), each as `decodeParam` does, and collects the messages. Given the `owner`
 * of the parameters ("the coverage lesson"), a key that no parameter declares is named as well.
 * Never throws.
 * Example: `decodeParams({ n: wholeParam('n', { min: 1, max: 9, default: 5 }) }, { n: '12' }, { prefix: 'l.' })`
 * gives `{ values: { n: 5 }, messages: ['"l.n" must be a whole number from 1 to 9; got "12"; using 5.'], kept: {} }`.
 */
export function decodeParams<S extends ParamSet>(
  set: S,
  raw: Readonly<Record<string, string>>,
  { prefix = '', owner }: { prefix?: string; owner?: string } = {},
): DecodedParams<ParamValues<S>> {
  const values: Record<string, unknown> = {};
  const messages: string[] = [];
  const refused = new Set<string>();
  const declared = new Set<string>();
  for (const [name, param] of Object.entries(set)) {
    declared.add(param.key);
    const text = Object.hasOwn(raw, param.key) ? raw[param.key] : undefined;
    const decoded = decodeParam(param, text, prefix);
    values[name] = decoded.value;
    if (decoded.message !== undefined) {
      messages.push(decoded.message);
      refused.add(param.key);
    }
  }
  if (owner !== undefined) {
    for (const key of Object.keys(raw)) {
      if (declared.has(key)) continue;
      messages.push(`"${prefix}${key}" is not a setting of ${owner}; ignored.`);
      refused.add(key);
    }
  }
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !refused.has(key)));
  return { values: values as ParamValues<S>, messages, kept };
}
