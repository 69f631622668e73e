import { formatParamNumber } from './formatParamNumber.ts';
import type { RangeParam } from './Param.ts';
import { readDecimal } from './readDecimal.ts';

/**
 * A whole number from `min` to `max`, read as people write it (`readDecimal`: `30`, `1,000,000`,
 * `1e6`) when its value is whole, and written in digits only. A default outside the range (taken
 * from a large cohort, say) is brought into it.
 * Example: `wholeParam('n', { min: 1, max: 200, default: 18 }).read('30') === 30`.
 */
export function wholeParam(
  key: string,
  options: { label?: string; min: number; max: number; default: number },
): RangeParam {
  const { min, max } = options;
  return {
    kind: 'whole',
    key,
    label: options.label ?? key,
    default: Math.min(max, Math.max(min, Math.round(options.default))),
    allowed: `a whole number from ${formatParamNumber(min)} to ${formatParamNumber(max)}`,
    min,
    max,
    read(text) {
      const value = readDecimal(text);
      if (value === undefined || !Number.isInteger(value)) return undefined;
      return value >= min && value <= max ? value + 0 : undefined;
    },
    write: (value) => String(value),
    show: formatParamNumber,
  };
}
