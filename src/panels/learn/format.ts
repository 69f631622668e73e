/** A proportion as a percentage with `digits` decimals. Example: `pct(0.8333) === '83.3%'`. */
export function pct(value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? '—' : `${(value * 100).toFixed(digits)}%`;
}

/** Weeks with one decimal, or "not reached" for `null`. Example: `weeks(2.25) === '2.3 wk'`. */
export function weeks(value: number | null): string {
  return value === null ? 'not reached' : `${value.toFixed(1)} wk`;
}

/** A probability in words a clinician reads easily. Example: `chance(0.0328) === '3.3% (about 1 in 30)'`. */
export function chance(value: number): string {
  if (value <= 0) return '0%';
  if (value >= 1) return '100%';
  if (value < 1e-6) return 'less than 1 in a million';
  const oneIn = Math.round(1 / value);
  const percent = value < 0.001 ? value.toExponential(1) + '' : (value * 100).toFixed(1) + '%';
  return value < 0.5 && oneIn > 2 ? `${percent} (about 1 in ${oneIn})` : percent;
}

/** A count with its noun (one way for the whole app). */
export { count } from '../../ui/count.ts';

/**
 * Names in a list, the first `most` of them and then how many more.
 * Example: `nameList(['P1', 'P2', 'P3'], 2) === 'P1, P2 and 1 more'`.
 */
export function nameList(names: readonly string[], most = 20): string {
  if (names.length <= most) return names.join(', ');
  const rest = names.length - most;
  return `${names.slice(0, most).join(', ')} and ${rest.toLocaleString('en')} more`;
}
