/**
 * Untrusted text made safe to quote in a message: at most 40 characters, in double quotes, with
 * quotes and control characters escaped. Example: `quoteText('abc') === '"abc"'`.
 */
export function quoteText(text: string): string {
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text);
}
