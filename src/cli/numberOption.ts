import { UsageError } from './command.ts';

/**
 * Reads a numeric option, refusing text, non-finite values and values outside [min, max].
 * @example numberOption({ reps: '1000' }, 'reps', { fallback: 100, min: 1, integer: true }) // 1000
 */
export function numberOption(
  options: Record<string, string>,
  name: string,
  {
    fallback,
    min = -Infinity,
    max = Infinity,
    integer = false,
  }: { fallback: number; min?: number; max?: number; integer?: boolean },
): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
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
