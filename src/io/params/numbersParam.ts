import { formatParamNumber } from './formatParamNumber.ts';
import type { Param } from './Param.ts';
import { numberParam } from './numberParam.ts';

/**
 * A comma-separated list of `minCount` to `maxCount` numbers from `min` to `max` (spaces around
 * each are ignored), each read as `numberParam` reads one and kept to `digits` significant digits
 * when given; the value is sorted ascending, each number once, so `26,4,12` reads as
 * `[4, 12, 26]` and is written back that way. An empty text is the empty list, allowed when
 * `minCount` is 0 (the default).
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
    digits?: number;
  },
): Param<readonly number[]> {
  const { min, max, minCount = 0, maxCount, digits } = options;
  const one = numberParam(key, { min, max, default: min, digits });
  const tidy = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);
  const count = minCount > 0 ? `${minCount} to ${maxCount}` : `at most ${maxCount}`;
  return {
    kind: 'numbers',
    key,
    label: options.label ?? key,
    default: tidy(options.default.map((v) => Math.min(max, Math.max(min, v)))),
    allowed: `${count} comma-separated numbers from ${formatParamNumber(min)} to ${formatParamNumber(max)}`,
    min,
    max,
    read(text) {
      const trimmed = text.trim();
      const items = trimmed === '' ? [] : trimmed.split(',').map((item) => item.trim());
      const values = items.map((item) => one.read(item));
      if (!values.every((v) => v !== undefined)) return undefined;
      const tidied = tidy(values as number[]);
      return tidied.length >= minCount && tidied.length <= maxCount ? tidied : undefined;
    },
    write: (values) => values.map((v) => one.write(v)).join(','),
    show: (values) => (values.length === 0 ? 'none' : values.map(formatParamNumber).join(', ')),
  };
}
