import { formatParamNumber } from './formatParamNumber.ts';
import type { Param } from './Param.ts';
import { numberParam } from './numberParam.ts';

/**
 * One to `most` numbers from `min` to `max`, comma-separated, each read as `numberParam` reads one
 * (kept to `digits` significant digits when given); the value lists them ascending, each once.
 * Example: `numbersParam('cmp', { min: 0, max: 1, most: 4, default: [0.6] }).read('0.75, 0.6')` is `[0.6, 0.75]`.
 */
export function numbersParam(
  key: string,
  options: {
    label?: string;
    min: number;
    max: number;
    most: number;
    default: readonly number[];
    digits?: number;
  },
): Param<readonly number[]> {
  const { min, max, most, digits } = options;
  const one = numberParam(key, { min, max, default: min, digits });
  const tidy = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);
  return {
    kind: 'numbers',
    key,
    label: options.label ?? key,
    default: tidy(options.default.map((v) => Math.min(max, Math.max(min, v)))),
    allowed: `1 to ${most} numbers from ${formatParamNumber(min)} to ${formatParamNumber(max)}, comma-separated`,
    min,
    max,
    read(text) {
      const items = text.split(',');
      if (items.length > most) return undefined;
      const values = items.map((item) => one.read(item));
      return values.every((v) => v !== undefined) ? tidy(values as number[]) : undefined;
    },
    write: (values) => values.map((v) => one.write(v)).join(','),
    show: (values) => values.map(formatParamNumber).join(', '),
  };
}
