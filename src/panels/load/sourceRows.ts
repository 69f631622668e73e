import type { Derivation } from '../../engine/visits/derivePatients.ts';
import type { AssessmentTable } from '../../io/importFiles.ts';
import { cellText } from '../../io/readPatient.ts';

/** One source row of a derivation: its row number, its cells as the file has them, and its part. */
export interface SourceRow {
  row: number;
  cells: string[];
  /** What the row did in the derivation, in words (`first response`, `loss of response`, …), or ''. */
  role: string;
}

/**
 * The rows of the file a patient's derivation read, in time order, with their cells as written
 * (before any mapping) and what each did: the first response, complete remission, the loss of
 * response, a response not confirmed, an assessment after the first progression.
 * @example sourceRows(derivation, table).map((r) => r.role) // ['', 'first response', 'loss of response']
 */
export function sourceRows(derivation: Derivation, table: AssessmentTable): SourceRow[] {
  const byRow = new Map(table.table.rows.map((r) => [r.row, r.cells]));
  const unconfirmed = new Set(derivation.unconfirmedRows);
  const after = new Set(derivation.afterProgressionRows);
  return derivation.rows.map((row) => {
    const roles: string[] = [];
    if (row === derivation.responseRow) roles.push('first response');
    if (row === derivation.crRow) roles.push('complete remission');
    if (row === derivation.lossRow) roles.push('loss of response');
    if (unconfirmed.has(row)) roles.push('not confirmed');
    if (after.has(row)) roles.push('after progression');
    const cells = byRow.get(row) ?? [];
    return {
      row,
      cells: table.table.columns.map((_, i) => cellText(cells[i]) ?? ''),
      role: roles.join(', '),
    };
  });
}
