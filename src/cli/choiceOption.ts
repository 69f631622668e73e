import { UsageError } from './command.ts';

/**
 * Reads an option that takes one of a few words, refusing any other.
 * @example choiceOption({ censoring: 'right' }, 'censoring', ['auto', 'right', 'interval'], 'auto') // 'right'
 */
export function choiceOption<T extends string>(
  options: Record<string, string>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = options[name];
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw as T))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}
