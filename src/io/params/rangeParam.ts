import { formatParamNumber } from './formatParamNumber.ts';
import type { Param } from './Param.ts';

/** A number without sign: `2`, `0.5`, `.25`, `1e2`. */
const NUMBER = String.raw`(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const RANGE = new RegExp(`^(${NUMBER})-(${NUMBER})$`);

/**
 * A stretch `FROM-TO` of numbers from `min` to `max` with FROM < TO (a window of weeks, say),
 * written with `digits` significant digits at most; the default is usually `null` (none).
 * Example: `rangeParam('sw', { min: 0, max: 1000, default: null }).read('0.5-4')` is `[0.5, 4]`.
 */
export function rangeParam(
  key: string,
  options: {
    label?: string;
    min: number;
    max: number;
    default: [number, number] | null;
    digits?: number;
  },
): Param<[number, number] | null> {
  const { min, max, digits = 6 } = options;
  const round = (value: number) => Number(value.toPrecision(digits)) + 0;
  return {
    kind: 'range',
    key,
    label: options.label ?? key,
    default: options.default,
    allowed: `two numbers FROM-TO with ${formatParamNumber(min)} ≤ FROM < TO ≤ ${formatParamNumber(max)}`,
    min,
    max,
    read(text) {
      const match = RANGE.exec(text.trim());
      if (!match) return undefined;
      const [a, b] = [round(Number(match[1])), round(Number(match[3]))];
      return a >= min && b <= max && a < b ? [a, b] : undefined;
    },
    write: (value) => (value === null ? '' : `${round(value[0])}-${round(value[1])}`),
    show: (value) =>
      value === null ? 'none' : `${formatParamNumber(value[0])} to ${formatParamNumber(value[1])}`,
  };
}
