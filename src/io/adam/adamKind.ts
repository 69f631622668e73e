/** The ADaM datasets Cohortscope reads. */
export type AdamKind = 'ADSL' | 'ADRS' | 'ADTTE';

/**
 * Which ADaM dataset a table is, by its variables: ADTTE has `PARAMCD`, `AVAL` and `CNSR`;
 * ADRS has `PARAMCD` and `AVALC`; ADSL has `USUBJID` and `TRTSDT` and no `PARAMCD`.
 * All need `USUBJID`. `null` when the table is none of them.
 * @example adamKind(['STUDYID', 'USUBJID', 'TRTSDT', 'AGE']) // 'ADSL'
 */
export function adamKind(columns: readonly string[]): AdamKind | null {
  const has = new Set(columns.map((c) => c.trim().toUpperCase()));
  if (!has.has('USUBJID')) return null;
  if (has.has('PARAMCD') && has.has('CNSR') && has.has('AVAL')) return 'ADTTE';
  if (has.has('PARAMCD') && has.has('AVALC')) return 'ADRS';
  if (!has.has('PARAMCD') && has.has('TRTSDT')) return 'ADSL';
  return null;
}
