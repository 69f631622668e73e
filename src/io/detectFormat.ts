/** A cohort file format; delimited formats carry their delimiter. */
export type CohortFormat = { kind: 'json' } | { kind: 'delimited'; delimiter: ',' | '\t' | ';' };

const count = (text: string, char: string): number => text.split(char).length - 1;

/**
 * Detects the format from the file name and content: `.json`, or text starting with `[` or `{`,
 * is JSON; `.tsv`/`.tab` is tab-separated; otherwise the delimiter that is most frequent in
 * the first line (comma by default, so `.csv` stays comma-separated unless its header has none).
 * Example: `detectFormat('a.txt', 'id\tbest_response')` is tab-delimited.
 */
export function detectFormat(fileName: string, text: string): CohortFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  const start = text.trimStart();
  if (extension === 'json' || start.startsWith('[') || start.startsWith('{'))
    return { kind: 'json' };
  if (extension === 'tsv' || extension === 'tab') return { kind: 'delimited', delimiter: '\t' };
  const newline = start.search(/[\r\n]/);
  const header = newline < 0 ? start : start.slice(0, newline);
  const commas = count(header, ',');
  const tabs = count(header, '\t');
  const semicolons = count(header, ';');
  if (commas === 0 && tabs > 0 && tabs >= semicolons) return { kind: 'delimited', delimiter: '\t' };
  if (commas === 0 && semicolons > 0) return { kind: 'delimited', delimiter: ';' };
  if (extension !== 'csv' && tabs > commas) return { kind: 'delimited', delimiter: '\t' };
  return { kind: 'delimited', delimiter: ',' };
}
