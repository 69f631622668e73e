/**
 * Shows a number in a message with at most six significant digits.
 * Example: `showNumber(10 / 7)` is `1.42857`; `showNumber(12)` is `12`.
 */
export function showNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
