/** A plain decimal number, with an optional exponent: `0.95`, `.5`, `26`, `1e-3`, `1e6`. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Digits in groups of three separated by commas, with an optional fraction: `1,000,000`, `2,500.5`. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * The number a person typed in a field or a link: a plain decimal (`0.95`, `1e6`) or one with
 * thousands separators (`1,000,000`); `undefined` for anything else (other separators, words,
 * an empty text, a number too large to be finite). Spaces around are ignored.
 * Example: `readDecimal('1,000,000') === 1e6`, `readDecimal('1e6') === 1e6`, `readDecimal('1,00') === undefined`.
 */
export function readDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  const plain = GROUPED.test(trimmed) ? trimmed.replaceAll(',', '') : trimmed;
  if (!DECIMAL.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
