import { R_TOLERANCE } from './rTolerance.ts';

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
  tolerance = R_TOLERANCE,
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
  if (Array.isArray(expected) && (!Array.isArray(actual) || actual.length !== expected.length)) {
    problems.push(
      `${path}: engine has ${JSON.stringify(actual)?.slice(0, 80)}, R ${expected.length} items`,
    );
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
