/**
 * The entry for a study of n patients in a list that starts at n = 1, or `null` when n is not on
 * the list (no patient, or more patients than the list covers).
 * Assumes `rows[i]` belongs to n = i + 1, as `powerByN(1, …)` and the lesson's expected widths give them.
 * Example: `atN([0.9, 0.6, 0.5], 2) // 0.6`, `atN([0.9, 0.6, 0.5], 18) // null`.
 */
export function atN<T>(rows: readonly T[], n: number): T | null {
  return n >= 1 && n <= rows.length ? rows[n - 1] : null;
}
