import type { TimeUnit } from '../../engine/timeUnit.ts';
import { unitWord } from './unitWord.ts';

/**
 * The time unit a column header states — in brackets (`Follow-up (months)`), as a last word or
 * suffix (`futime_days`, `Day of death`, `visit_wk`) — or `null` when it names none.
 * @example headerUnit('Time to response (days)') // 'days'
 */
export function headerUnit(header: string): TimeUnit | null {
  const bracket = /[([]\s*([a-z]+)\s*[)\]]/i.exec(header);
  if (bracket) {
    const unit = unitWord(bracket[1]);
    if (unit) return unit;
  }
  const words = header
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
  const candidates = [words[words.length - 1], words[0]].filter((w) => w !== undefined);
  for (const word of candidates) {
    if (word.length < 2 && words.length > 1 && word !== 'd') continue;
    const unit = unitWord(word);
    if (unit && !(unit === 'months' && word === 'm')) return unit;
  }
  if (/(days|day)$/i.test(header.replace(/[^a-z]/gi, ''))) return 'days';
  return null;
}
