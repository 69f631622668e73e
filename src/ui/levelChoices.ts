import { LEVELS } from '../state/urlState.ts';

/**
 * The levels the Level menu offers: the usual ones, and the level in use when a link asked for
 * another allowed one (such as 0.5), so the menu always shows the level the numbers use.
 * Example: `levelChoices(0.5)` is `[0.5, 0.8, 0.9, 0.95, 0.99]`; `levelChoices(0.95)` is `LEVELS`.
 */
export function levelChoices(level: number): readonly number[] {
  return (LEVELS as readonly number[]).includes(level)
    ? LEVELS
    : [...LEVELS, level].sort((a, b) => a - b);
}
