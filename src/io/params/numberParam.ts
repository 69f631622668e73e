import { formatParamNumber } from './formatParamNumber.ts';
import type { RangeParam } from './Param.ts';

/** A plain decimal number, with an optional exponent: `0.95`, `.5`, `26`, `1e-3`. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number from `min` to `max`. With `digits`, values are kept to that many significant digits,
 * read and written alike, so a slider's 0.6000000001 travels as `0.6`; without, exactly. A
 * default outside the range is brought into it.
 * Example: `numberParam('p', { min: 0, max: 1, default: 0.5, digits: 6 }).write(0.1 + 0.2) === '0.3'`.
 */
export function numberParam(
  key: string,
  options: { label?: string; min: number; max: number; default: number; digits?: number },
): RangeParam {
  const { min, max, digits } = options;
  const round = (value: number) =>
    digits === undefined ? value : Number(value.toPrecision(digits));
  return {
    kind: 'number',
    key,
    label: options.label ?? key,
    default: Math.min(max, Math.max(min, options.default)),
    allowed: `a number from ${formatParamNumber(min)} to ${formatParamNumber(max)}`,
    min,
    max,
    read(text) {
      const trimmed = text.trim();
      if (!DECIMAL.test(trimmed)) return undefined;
      const value = round(Number(trimmed));
      // `+ 0` turns -0 into 0.
      return Number.isFinite(value) && value >= min && value <= max ? value + 0 : undefined;
    },
    write: (value) => String(round(value)),
    show: formatParamNumber,
  };
}
