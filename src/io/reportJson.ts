/** Significant digits kept of every number in a JSON report: far more than any result needs. */
export const REPORT_DIGITS = 12;

/**
 * A report as indented JSON, each number kept to `REPORT_DIGITS` significant digits, so the
 * binary noise of sums and products (1.2999999999999998) reads as the number computed (1.3).
 * Only the writing is rounded; whole numbers, seeds and counts are unchanged.
 * Example: `reportJson({ x: 0.1 + 0.2 })` is `'{\n  "x": 0.3\n}\n'`.
 */
export function reportJson(report: unknown): string {
  const tidy = (_key: string, value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)
      ? Number(value.toPrecision(REPORT_DIGITS))
      : value;
  return `${JSON.stringify(report, tidy, 2)}\n`;
}
