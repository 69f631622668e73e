import type { Param } from './Param.ts';

/**
 * One word of a fixed list (spaces around are ignored).
 * Example: `choiceParam('m', ['wald', 'wilson'], { default: 'wilson' }).read('wald') === 'wald'`.
 */
export function choiceParam<T extends string>(
  key: string,
  choices: readonly T[],
  options: { label?: string; default: T },
): Param<T> {
  return {
    kind: 'choice',
    key,
    label: options.label ?? key,
    default: options.default,
    allowed: `one of ${choices.join(', ')}`,
    choices,
    read(text) {
      const trimmed = text.trim();
      return choices.find((choice) => choice === trimmed);
    },
    write: (value) => value,
    show: (value) => value,
  };
}
