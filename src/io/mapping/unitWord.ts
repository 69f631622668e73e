import type { TimeUnit } from '../../engine/timeUnit.ts';

const UNITS: [TimeUnit, RegExp][] = [
  ['days', /^(d|day|days|dy|dys)$/i],
  ['weeks', /^(w|wk|wks|week|weeks)$/i],
  ['months', /^(m|mo|mon|mos|mth|mths|month|months)$/i],
];

/**
 * The time unit a word names (`d`, `days`, `wk`, `weeks`, `mo`, `months`), or `null`.
 * @example unitWord('Days') // 'days'
 */
export function unitWord(word: string): TimeUnit | null {
  for (const [unit, pattern] of UNITS) if (pattern.test(word.trim())) return unit;
  return null;
}
