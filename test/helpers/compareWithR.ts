/**
 * Compares every leaf of `expected` (from R) with `actual` (from the engine), numbers within
 * `tolerance`, and pushes one line per mismatch naming its path and both values.
 * Example: `compareWithR(report, fixture.report, 'report', problems)`.
 */
export function compareWithR(
  actual: unknown,
  expected: unknown,
  path: string,
  problems: string[],
  tolerance = 1e-6,
): void {
  if (expected === null || typeof expected !== 'object') {
    const ok =
      typeof expected === 'number' && typeof actual === 'number'
        ? Math.abs(actual - expected) <= tolerance
        : actual === expected;
    if (!ok)
      problems.push(`${path}: engine ${JSON.stringify(actual)}, R ${JSON.stringify(expected)}`);
    return;
  }
  if (actual === null || typeof actual !== 'object') {
    problems.push(`${path}: engine ${JSON.stringify(actual)}, R an object`);
    return;
  }
  for (const [key, value] of Object.entries(expected)) {
    compareWithR(
      (actual as Record<string, unknown>)[key],
      value,
      `${path}.${key}`,
      problems,
      tolerance,
    );
  }
}
