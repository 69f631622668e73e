import type { PersistedSession } from './persistedSession.ts';

function joinAnd(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * One sentence saying what clearing the storage deleted, from what was kept before.
 * @example describeCleared(null, null) // 'Everything Cohortscope kept in this browser is deleted (there was nothing kept).'
 */
export function describeCleared(
  session: PersistedSession | null,
  largeCohortName: string | null,
  unreadable = false,
  mappings = 0,
): string {
  const parts: string[] = [];
  if (session) {
    const what = [`the cohort “${session.name}”`, 'its settings'];
    if (session.bootstrap) what.push('a bootstrap result');
    if (session.resim) what.push('a re-simulation result');
    parts.push(`the saved session (${joinAnd(what)})`);
  } else if (unreadable) parts.push('an unreadable saved session');
  if (largeCohortName !== null && largeCohortName !== session?.cohort?.name)
    parts.push(`the large cohort “${largeCohortName}”`);
  if (mappings > 0) parts.push(`${mappings} remembered column mapping${mappings === 1 ? '' : 's'}`);
  if (parts.length === 0)
    return 'Everything Cohortscope kept in this browser is deleted (there was nothing kept).';
  return `Everything Cohortscope kept in this browser is deleted: ${joinAnd(parts)}. Reopening the page without a link shows the built-in cohort.`;
}
