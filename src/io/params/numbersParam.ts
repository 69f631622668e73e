import { formatParamNumber } from './formatParamNumber.ts';
import type { Param } from './Param.ts';

/** A plain decimal number: `4`, `12.5`, `.5` (no sign or exponent: these are weeks and counts). */
const DECIMAL = /^(\d+\.?\d*|\.\d+)$/;

/**
 * A comma-separated list of `minCount` to `maxCount` numbers from `min` to `max` (spaces around
 * each are ignored); the value is sorted ascending, each number once, so `26,4,12` reads as
 * `[4, 12, 26]` and is written back that way. An empty text is the empty list, allowed when
 * `minCount` is 0.
 * Example: `numbersParam('lm', { min: 0, max: 520, maxCount: 10, default: [4, 12, 26] }).read('26, 4')` is `[4, 26]`.
 */
export function numbersParam(
  key: string,
  options: {
    label?: string;
    min: number;
    max: number;
    minCount?: number;
    maxCount: number;
    default: readonly number[];
  },
): Param<readonly number[]> {
  const { min, max, minCount = 0, maxCount } = options;
  const count = minCount > 0 ? `${minCount} to ${maxCount}` : `at most ${maxCount}`;
  return {
    kind: 'numbers',
    key,
    label: options.label ?? key,
    default: [...options.default],
    allowed: `${count} comma-separated numbers from ${formatParamNumber(min)} to ${formatParamNumber(max)}`,
    min,
    max,
    read(text) {
      const trimmed = text.trim();
      const items = trimmed === '' ? [] : trimmed.split(',').map((item) => item.trim());
      if (!items.every((item) => DECIMAL.test(item))) return undefined;
      const values = [...new Set(items.map(Number))].sort((a, b) => a - b);
      if (values.length < minCount || values.length > maxCount) return undefined;
      return values.every((v) => Number.isFinite(v) && v >= min && v <= max) ? values : undefined;
    },
    write: (value) => value.join(','),
    show: (value) => (value.length === 0 ? 'none' : value.map(formatParamNumber).join(', ')),
  };
}
