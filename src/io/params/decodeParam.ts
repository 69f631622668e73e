import type { Param } from './Param.ts';
import { paramMessage } from './paramMessage.ts';

/** A decoded link value: the value to use, and a message when the link's text was not allowed. */
export interface DecodedParam<T> {
  value: T;
  message?: string;
}

/**
 * Reads one link value. Absent (`null` or `undefined`): the default, silently. Allowed: its
 * value. Otherwise the default (or, for a text to shorten, its shortened form) with a message
 * naming the parameter as the link writes it (`prefix` + key), what it allows, what the link
 * gave and the value used. Never throws.
 * Example: `decodeParam(wholeParam('breps', { min: 1, max: 10, default: 5 }), '0').message`
 * is `'"breps" must be a whole number from 1 to 10; got "0"; using 5.'`
 */
export function decodeParam<T>(
  param: Param<T>,
  text: string | null | undefined,
  prefix = '',
): DecodedParam<T> {
  if (text === null || text === undefined) return { value: param.default };
  const value = param.read(text);
  if (value !== undefined) return { value };
  const used = param.repair?.(text) ?? param.default;
  const name = `"${prefix}${param.key}"`;
  return {
    value: used,
    message: paramMessage(name, param.allowed, text, { used: param.show(used) }),
  };
}
