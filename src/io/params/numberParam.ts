import { formatParamNumber } from './formatParamNumber.ts';
import type { RangeParam } from './Param.ts';
import { readDecimal } from './readDecimal.ts';

/**
 * A number from `min` to `max`, read as people write it (`readDecimal`: `0.95`, `1e-3`, `1,000`). With `digits`, values are kept to that many significant digits,
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
      const read = readDecimal(text);
      if (read === undefined) return undefined;
      const value = round(read);
      // `+ 0` turns -0 into 0.
      return Number.isFinite(value) && value >= min && value <= max ? value + 0 : undefined;
    },
    write: (value) => String(round(value)),
    show: formatParamNumber,
  };
}
