/**
 * The field a message of `validateScenario` is about, as a dotted path (`dor.rest.median`,
 * `dor.breaks` for `dor.breaks[1]`), `response` for the sum of the response probabilities, or
 * `null` when it names no field (a message about the whole scenario or an unknown field).
 * Example: `issuePath('dor.breaks[1] must be a number from 0, got "x"') === 'dor.breaks'`.
 */
export function issuePath(issue: string): string | null {
  if (issue.startsWith('response.cr + ')) return 'response';
  if (/ is not a scenario field/.test(issue)) return null;
  const match = /^([a-z_]+(?:\.[a-z_]+)*)(?:\[\d+\])? /.exec(issue);
  return match ? match[1] : null;
}
