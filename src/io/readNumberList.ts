import { quoteText } from './params/quoteText.ts';

/** A plain decimal number, with an optional sign and exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Numbers read from a typed or pasted list, or the first entry that is not one. */
export type NumberList = { ok: true; values: number[] } | { ok: false; message: string };

/**
 * Reads a list of numbers typed or pasted as a row of a table: separated by spaces, tabs,
 * commas, semicolons or new lines, with decimal points; empty text is an empty list. With
 * `whole`, every entry must be a whole number ≥ 0 (counts). The message names the list, the entry
 * (counting from 1) and its text.
 * Example: `readNumberList('0 20 40', { name: 'At-risk times' })` is `{ ok: true, values: [0, 20, 40] }`;
 * `readNumberList('11 7.5', { name: 'Numbers at risk', whole: true }).message` is
 * `'Numbers at risk: entry 2 ("7.5") is not a whole number ≥ 0.'`
 */
export function readNumberList(
  text: string,
  { name, whole = false }: { name: string; whole?: boolean },
): NumberList {
  const entries = text.split(/[\s,;]+/).filter((entry) => entry !== '');
  const values: number[] = [];
  for (const [i, entry] of entries.entries()) {
    const value = DECIMAL.test(entry) ? Number(entry) : NaN;
    const allowed = whole ? Number.isInteger(value) && value >= 0 : Number.isFinite(value);
    if (!allowed) {
      const what = whole ? 'a whole number ≥ 0' : 'a number (use a decimal point, e.g. 12.5)';
      return {
        ok: false,
        message: `${name}: entry ${i + 1} (${quoteText(entry)}) is not ${what}.`,
      };
    }
    values.push(value + 0);
  }
  return { ok: true, values };
}
