import type { TimeUnit } from '../engine/timeUnit.ts';

/** Who reads a message: the app's Load tab (its mapping step) or the command line (its MAP.json). */
export type Audience = 'app' | 'cli';

/**
 * What the user can do about an import issue, where that depends on how they read the file: in
 * the app a mapping is edited on the mapping step, on the command line it is a MAP.json file.
 * - `code`: a value of a coded column the mapping does not translate (`column` as the file
 *   names it, `field` the documented field, `allowed` its codes);
 * - `unit`: a time written with a unit (`6 months`) in a column read as plain numbers — a
 *   documented week column read without a mapping (`mapped: false`), or a column mapped in
 *   another unit — with the field and the unit written.
 */
export type IssueAdvice =
  | { kind: 'code'; field: string; column: string; value: string; allowed: readonly string[] }
  | { kind: 'unit'; field: string; unit: TimeUnit; mapped: boolean };

/** `a, b or c`. */
const orList = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/**
 * The advice of an issue in words for its audience: the one place that knows how the app and the
 * command line each say "map this".
 * @example adviceText({ kind: 'code', field: 'response', column: 'Status', value: 'Worse', allowed: ['CR', 'PD'] }, 'app')
 * // 'under “What the codes mean”, choose what “Worse” in Status means (CR or PD), then Load'
 */
export function adviceText(advice: IssueAdvice, audience: Audience): string {
  const units = `"units": { "${advice.field}": "${advice.kind === 'unit' ? advice.unit : ''}" }`;
  switch (advice.kind) {
    case 'code':
      return audience === 'app'
        ? `under “What the codes mean”, choose what “${advice.value}” in ${advice.column} means (${orList(advice.allowed)}), then Load`
        : `map it in the mapping's values.${advice.field} to one of ${advice.allowed.join(', ')}`;
    case 'unit':
      if (advice.mapped) {
        return audience === 'app'
          ? `give every time of the column in one unit, or set the unit of ${advice.field} to ${advice.unit} in the table of fields above`
          : `give every time of the column in one unit, or set ${units} in the mapping`;
      }
      return audience === 'app'
        ? `write weeks, or map the columns (“Map the columns…” below) and set the unit of ${advice.field} to ${advice.unit}`
        : `write weeks, or map the column with its unit: ${units} in a MAP.json (cohortscope map FILE writes one)`;
  }
}
