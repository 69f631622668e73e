import { UsageError } from './command.ts';

/**
 * Reads a required probability option: a number in [0, 1], or in (0, 1) when `open`.
 * A missing or bad value is a `UsageError` naming the option and what it allows.
 * @example rateOption({ p0: '0.2' }, 'p0', { open: true, what: 'the historical response rate' }) // 0.2
 */
export function rateOption(
  options: Record<string, string>,
  name: string,
  { open = false, what, fallback }: { open?: boolean; what: string; fallback?: number },
): number {
  const raw = options[name];
  const range = open ? 'between 0 and 1 (not 0 or 1)' : 'from 0 to 1';
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`missing --${name} (${what}, ${range})`);
  }
  const value = Number(raw);
  const inside = open ? value > 0 && value < 1 : value >= 0 && value <= 1;
  if (raw.trim() === '' || !Number.isFinite(value) || !inside) {
    throw new UsageError(`--${name} must be a number ${range}, got "${raw}"`);
  }
  return value;
}
