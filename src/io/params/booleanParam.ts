import type { Param } from './Param.ts';

/**
 * On or off, written `1` or `0`.
 * Example: `booleanParam('group', { default: false }).read('1') === true`.
 */
export function booleanParam(
  key: string,
  options: { label?: string; default: boolean },
): Param<boolean> {
  return {
    kind: 'boolean',
    key,
    label: options.label ?? key,
    default: options.default,
    allowed: '0 or 1',
    read(text) {
      const trimmed = text.trim();
      return trimmed === '1' ? true : trimmed === '0' ? false : undefined;
    },
    write: (value) => (value ? '1' : '0'),
    show: (value) => (value ? '1' : '0'),
  };
}
