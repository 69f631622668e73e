import { formatParamNumber } from './formatParamNumber.ts';
import { numberParam } from './numberParam.ts';
import type { Param } from './Param.ts';

/**
 * A comma-separated list of 1 to `maxItems` numbers from `min` to `max`, each above the one
 * before, or nothing (`null`, the default): "auto" or an empty text, which stands for `none`
 * (such as "at the tertiles of the event times"). Spaces around the numbers are ignored.
 * Example: `numberListParam('fbrk', { min: 0.01, max: 520, maxItems: 49, none: 'tertiles' }).read('2, 6')` is `[2, 6]`.
 */
export function numberListParam(
  key: string,
  options: { label?: string; min: number; max: number; maxItems: number; none: string },
): Param<readonly number[] | null> {
  const { min, max, maxItems } = options;
  const number = numberParam(key, { min, max, default: min, digits: 6 });
  return {
    kind: 'numbers',
    key,
    label: options.label ?? key,
    default: null,
    allowed:
      `a comma-separated list of at most ${maxItems} numbers from ${formatParamNumber(min)} ` +
      `to ${formatParamNumber(max)}, each above the one before, or auto (${options.none})`,
    min,
    max,
    read(text) {
      const trimmed = text.trim();
      if (trimmed === '' || trimmed === 'auto') return null;
      const items = trimmed.split(',').map((item) => number.read(item));
      if (items.length > maxItems) return undefined;
      const values: number[] = [];
      for (const item of items) {
        if (item === undefined || (values.length > 0 && item <= values[values.length - 1]))
          return undefined;
        values.push(item);
      }
      return values;
    },
    write: (value) => (value === null ? 'auto' : value.map((v) => number.write(v)).join(',')),
    show: (value) => (value === null ? 'auto' : value.map(formatParamNumber).join(', ')),
  };
}
