import { formatParamNumber } from './formatParamNumber.ts';
import type { RangeParam } from './Param.ts';

/**
 * A whole number from `min` to `max`, written in digits only (spaces around are ignored; no sign,
 * decimal point, exponent or separator). A default outside the range (taken from a large
 * cohort, say) is brought into it.
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
      const trimmed = text.trim();
      if (!/^\d+$/.test(trimmed)) return undefined;
      const value = Number(trimmed);
      return value >= min && value <= max ? value : undefined;
    },
    write: (value) => String(value),
    show: formatParamNumber,
  };
}
