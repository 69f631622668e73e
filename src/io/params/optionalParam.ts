import type { Param } from './Param.ts';

/**
 * Any parameter made optional: "auto" or an empty text is nothing (`null`, the default), which
 * stands for `none` (what is used without a value, such as "detected from the data"); any other
 * text is read as `param` reads it. A link leaves the key out for nothing.
 * Example: `optionalParam(numberParam('fvisit', { min: 0.01, max: 520, default: 1 }), { none: 'detected' }).read('auto') === null`.
 */
export function optionalParam<T>(param: Param<T>, { none }: { none: string }): Param<T | null> {
  return {
    ...param,
    default: null,
    allowed: `${param.allowed}, or auto (${none})`,
    read(text) {
      const trimmed = text.trim();
      return trimmed === '' || trimmed === 'auto' ? null : param.read(trimmed);
    },
    write: (value) => (value === null ? 'auto' : param.write(value)),
    show: (value) => (value === null ? 'auto' : param.show(value)),
    repair: undefined,
  };
}
