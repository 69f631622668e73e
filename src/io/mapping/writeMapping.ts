import type { ColumnMapping } from './columnMapping.ts';

/**
 * A mapping as the text of a MAP.json file: pretty JSON with a final newline, the same the CLI's
 * `map` command prints and `analyze --map` reads (`readMapping`).
 * @example writeMapping(mapping).startsWith('{\n  "version": 1') // true
 */
export function writeMapping(mapping: ColumnMapping): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}
