import type { Param } from './Param.ts';
import { quoteText } from './quoteText.ts';

/**
 * Text of `min` to `max` characters, taken as it is (spaces included), optionally matching a
 * pattern; `describe` says what is allowed when "text of … characters" would not. With
 * `shorten`, a text that is too long is cut to `max` characters rather than dropped. The
 * default may be `null` (nothing).
 * Example: `textParam('sel', { min: 1, max: 200, default: null }).read('P7') === 'P7'`.
 */
export function textParam<T extends string | null>(
  key: string,
  options: {
    label?: string;
    min?: number;
    max: number;
    pattern?: RegExp;
    describe?: string;
    shorten?: boolean;
    default: T;
  },
): Param<string | T> {
  const { min = 0, max, pattern } = options;
  const fits = (text: string) =>
    text.length >= min && text.length <= max && (pattern === undefined || pattern.test(text));
  const length = min > 0 ? `${min} to ${max}` : `at most ${max}`;
  return {
    kind: 'text',
    key,
    label: options.label ?? key,
    default: options.default,
    allowed: options.describe ?? `text of ${length} characters`,
    read: (text) => (fits(text) ? text : undefined),
    write: (value) => value ?? '',
    show: (value) => (value === null ? 'none' : quoteText(value)),
    ...(options.shorten
      ? { repair: (text: string) => (fits(text.slice(0, max)) ? text.slice(0, max) : undefined) }
      : {}),
  };
}
