import type { Param } from './Param.ts';
import { paramMessage } from './paramMessage.ts';

/** A form field read with a parameter's declaration: its value, or the message that refuses it. */
export type CheckedField<T> = { value: T; error: null } | { value: null; error: string };

/**
 * Reads what the user typed into a field as the parameter's link value would be read, with the
 * same message, naming the field by its label; `kept` is the value the field goes on using,
 * said at the end ("still using 18").
 * Example: `checkField(wholeParam('breps', { label: 'Replicates', min: 1, max: 10, default: 5 }), '0').error`
 * is `'Replicates must be a whole number from 1 to 10; got "0".'`
 */
export function checkField<T>(param: Param<T>, text: string, kept?: T): CheckedField<T> {
  const value = param.read(text);
  if (value !== undefined) return { value, error: null };
  const used = kept === undefined ? undefined : param.show(kept);
  return {
    value: null,
    error: paramMessage(param.label, param.allowed, text, { used, still: true }),
  };
}
