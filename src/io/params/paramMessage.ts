import { quoteText } from './quoteText.ts';

/**
 * The one sentence that refuses a value, for a link and a form field alike: what is named, what
 * it allows, what was given and, when known, the value used instead (`still` when a field keeps
 * its last valid value).
 * Example: `paramMessage('"breps"', 'a whole number from 1 to 10', '0', { used: '2,000' })`
 * is `'"breps" must be a whole number from 1 to 10; got "0"; using 2,000.'`
 */
export function paramMessage(
  name: string,
  allowed: string,
  given: string,
  { used, still = false }: { used?: string; still?: boolean } = {},
): string {
  const trimmed = given.trim();
  const got = trimmed === '' ? 'nothing was entered' : `got ${quoteText(trimmed)}`;
  const instead = used === undefined ? '' : `; ${still ? 'still using' : 'using'} ${used}`;
  return `${name} must be ${allowed}; ${got}${instead}.`;
}
