/** Text a spreadsheet could run as a formula, possibly behind earlier guard quotes. */
const RISKY = /^'*[=+\-@\t\r]/;

/**
 * Guards a text cell against spreadsheet formula injection by prefixing a single quote when it
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP "CSV injection").
 * Text that already starts with quotes before such a character gets one more quote, so that
 * `unguardFormula` restores it exactly. Example: `guardFormula('=1+1')` is `'=1+1`.
 */
export function guardFormula(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

/**
 * Removes the quote `guardFormula` added; other text is unchanged.
 * Example: `unguardFormula("'=1+1")` is `=1+1`; `unguardFormula("'quoted'")` is unchanged.
 */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && RISKY.test(text.slice(1)) ? text.slice(1) : text;
}
