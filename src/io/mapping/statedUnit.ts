import type { TimeUnit } from '../../engine/timeUnit.ts';
import { unitWord } from './unitWord.ts';

const WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z]+)$/;

/**
 * A time written with its unit (`6 months`, `14d`, `2 wk`): the number and the unit its word
 * names (`unitWord`), or `null` for anything else (a plain number, an unknown word).
 * @example statedUnit('6 months') // { value: 6, unit: 'months' }
 */
export function statedUnit(text: string): { value: number; unit: TimeUnit } | null {
  const match = WITH_UNIT.exec(text.trim());
  const unit = match ? unitWord(match[2]) : null;
  return unit === null ? null : { value: Number(match![1]), unit };
}
