/**
 * A number as the parameter messages show it: thousands separated, at most six decimals (the
 * importer's `showNumber` keeps six significant digits instead, for values read from a file).
 * Example: `formatParamNumber(10_000_000) === '10,000,000'`, `formatParamNumber(0.95) === '0.95'`.
 */
export function formatParamNumber(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 6 });
}
