import { UsageError } from './command.ts';

/**
 * Reads a numeric option, refusing text, non-finite values and values outside [min, max]. An
 * absent option gives `fallback`; one that must be given has `required` instead, which says
 * what it is in the message ("missing --reps B (e.g. --reps 100000)").
 * @example numberOption({ reps: '1000' }, 'reps', { required: 'B (e.g. --reps 100000)', min: 1, integer: true }) // 1000
 */
export function numberOption(
  options: Record<string, string>,
  name: string,
  bounds: ({ fallback: number } | { required: string }) & {
    min?: number;
    max?: number;
    integer?: boolean;
  },
): number {
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  const raw = options[name];
  if (raw === undefined) {
    if ('required' in bounds) throw new UsageError(`missing --${name} ${bounds.required}`);
    return bounds.fallback;
  }
  const value = Number(raw);
  const kind = integer ? 'a whole number' : 'a number';
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${kind}, got "${raw}"`);
  }
  if (value < min || value > max) {
    throw new UsageError(`--${name} must be ${kind} from ${min} to ${max}, got ${raw}`);
  }
  return value;
}
