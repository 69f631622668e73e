/**
 * The keys of a dotted path into the summary JSON; a week key after `by_week` or
 * `resolved_by_week` keeps its decimal point. Example: `splitPath('response.by_week.1.5')`
 * is `['response', 'by_week', '1.5']`.
 */
export function splitPath(path: string): string[] {
  const parts = path.split('.');
  const i = parts.findIndex((p) => p.endsWith('by_week'));
  return i >= 0 && i < parts.length - 1
    ? [...parts.slice(0, i + 1), parts.slice(i + 1).join('.')]
    : parts;
}
