import { formatNumber } from '../formatNumber';
import type { KmMedian } from './geometry';

/** A confidence level as a legend writes it: 0.95 → "95%". */
const pct = (level: number) => `${formatNumber(level * 100)}%`;

/**
 * A Kaplan–Meier median and its interval as a legend says them, with the unit (weeks) on every
 * time, NR for a bound the curve never reaches and "not estimable" when neither bound is (as the
 * tables say); `compact` leaves the level out (for a narrow legend whose page states it).
 * Example: `medianLabel({ median: 1, lower: 1, upper: null }, 0.95)` is `'Median 1 wk (95% CI 1 wk–NR)'`.
 */
export function medianLabel(
  m: KmMedian,
  level: number,
  prefix = 'Median',
  { compact = false }: { compact?: boolean } = {},
): string {
  const wk = (v: number | null) => (v === null ? 'NR' : `${formatNumber(v)} wk`);
  const interval =
    m.lower !== null && m.upper !== null
      ? `${formatNumber(m.lower)}–${formatNumber(m.upper)} wk`
      : m.lower === null && m.upper === null
        ? 'not estimable'
        : `${wk(m.lower)}–${wk(m.upper)}`;
  const value = m.median === null ? 'not reached' : wk(m.median);
  return `${prefix} ${value} (${compact ? '' : `${pct(level)} `}CI ${interval})`;
}
