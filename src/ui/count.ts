/**
 * A count with its noun, singular for one, with thousands separators.
 * Example: `count(1, 'patient') === '1 patient'`, `count(2000, 'study', 'studies') === '2,000 studies'`.
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
