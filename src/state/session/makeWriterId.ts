/**
 * A random id for the page writing the records, to tell writers apart (not a secret, so
 * `Math.random` will do).
 * @example makeWriterId() // 'k3v9x0q1'
 */
export function makeWriterId(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}
