import { numberParam } from './numberParam.ts';
import type { Param } from './Param.ts';

/**
 * A number from `min` to `max`, or nothing (`null`, the default): "auto" or an empty text, which
 * stands for `none` (what is used without a number, such as "detected from the data"). A link
 * leaves the key out for nothing.
 * Example: `optionalNumberParam('fvisit', { min: 0.01, max: 520, none: 'detected' }).read('auto') === null`.
 */
export function optionalNumberParam(
  key: string,
  options: { label?: string; min: number; max: number; none: string; digits?: number },
): Param<number | null> & { readonly min: number; readonly max: number } {
  const number = numberParam(key, { ...options, default: options.min });
  return {
    kind: 'number',
    key,
    label: options.label ?? key,
    default: null,
    allowed: `${number.allowed}, or auto (${options.none})`,
    min: options.min,
    max: options.max,
    read(text) {
      const trimmed = text.trim();
      return trimmed === '' || trimmed === 'auto' ? null : number.read(trimmed);
    },
    write: (value) => (value === null ? 'auto' : number.write(value)),
    show: (value) => (value === null ? 'auto' : number.show(value)),
  };
}
