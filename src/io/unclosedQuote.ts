/** Where a quoted cell opens without ever closing: its line and its cell's place in that line (1-based). */
export interface UnclosedQuote {
  line: number;
  cell: number;
}

/**
 * Finds a quote that opens a cell (RFC 4180: a quote as the cell's first character) and is never
 * closed before the end of the text, which makes a CSV reader swallow every later line into one
 * cell; `null` when every quoted cell closes. Doubled quotes inside a quoted cell are text.
 * Example: `unclosedQuote('id,name\nP1,"Smith\nP2,Jones\n', ',')` is `{ line: 2, cell: 2 }`.
 */
export function unclosedQuote(text: string, delimiter: string): UnclosedQuote | null {
  const quote = 34; // "
  const sep = delimiter.charCodeAt(0);
  let line = 1;
  let cell = 1;
  let start = true; // at the first character of a cell
  let opened: UnclosedQuote | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (opened) {
      if (c === 10) line += 1;
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) line += 1;
      else if (c === quote) {
        if (text.charCodeAt(i + 1) === quote) i += 1;
        else opened = null;
      }
      continue;
    }
    if (c === quote && start) {
      opened = { line, cell };
      start = false;
    } else if (c === sep) {
      cell += 1;
      start = true;
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      line += 1;
      cell = 1;
      start = true;
    } else {
      start = false;
    }
  }
  return opened;
}
