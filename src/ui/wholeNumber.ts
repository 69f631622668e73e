/** A whole number typed into a field, or the message that says what the field allows. */
export type WholeNumber = { value: number; error: null } | { value: null; error: string };

/**
 * Reads a whole number from what the user typed (digits only, spaces around ignored) and checks
 * it lies in [min, max]. The message names the field and the allowed range.
 * Example: `wholeNumber('2000', { name: 'Replicates', min: 1, max: 10_000_000 }).value === 2000`.
 */
export function wholeNumber(
  text: string,
  { name, min, max }: { name: string; min: number; max: number },
): WholeNumber {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (value >= min && value <= max) return { value, error: null };
  const range = `${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  const shown = trimmed === '' ? 'nothing was entered' : `got "${trimmed}"`;
  return { value: null, error: `${name} must be a whole number from ${range}; ${shown}.` };
}
