import type { Param } from './Param.ts';

/**
 * Any number of the words of a fixed list, comma-separated (an empty text is none of them); the
 * value lists them in the order of `choices`, each once.
 * Example: `choicesParam('m', ['a', 'b', 'c'], { default: [] }).read('c,a')` is `['a', 'c']`.
 */
export function choicesParam<T extends string>(
  key: string,
  choices: readonly T[],
  options: { label?: string; default: readonly T[] },
): Param<readonly T[]> {
  return {
    kind: 'choices',
    key,
    label: options.label ?? key,
    default: choices.filter((choice) => options.default.includes(choice)),
    allowed: `a comma-separated list of ${choices.join(', ')}`,
    choices,
    read(text) {
      const trimmed = text.trim();
      const items = trimmed === '' ? [] : trimmed.split(',').map((item) => item.trim());
      if (!items.every((item) => (choices as readonly string[]).includes(item))) return undefined;
      return choices.filter((choice) => items.includes(choice));
    },
    write: (value) => value.join(','),
    show: (value) => (value.length === 0 ? 'none' : value.join(',')),
  };
}
