import { formatIssue } from '../io/issue.ts';
import { suggestImportMapping } from '../io/mapping/suggestImportMapping.ts';
import type { MappingSuggestion } from '../io/mapping/suggestMapping.ts';
import { writeMapping } from '../io/mapping/writeMapping.ts';
import { readSources } from '../io/readSources.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { parseArgs } from './parseArgs.ts';
import { readSourceFile } from './readSourceFile.ts';

const help = `Usage: cohortscope map FILE [PATIENTS_FILE] [--sheet NAME] [--layout patients|visits]

Suggests how a table with its own column names, units and codes maps onto the documented
fields, and prints the mapping as JSON on stdout (save it as MAP.json, check it, then run
\`analyze FILE --map MAP.json\`). The reason and confidence of every choice, and what is left
for you to decide (a column nobody named, a code only the study can explain), go to stderr.
With a second file, the first is read as visits and the second as patients (patient_columns).

Options:
  --sheet NAME     the sheet of a workbook to read
  --layout L       patients (one row per patient) or visits (one row per assessment); by
                   default visits when ids repeat
`;

function explain(s: MappingSuggestion, file: string): string[] {
  const lines = [`${file}: ${s.layout.layout} layout (${s.layout.reason})`];
  for (const f of s.fields) {
    if (f.column === null && !f.required) continue;
    lines.push(
      f.column === null
        ? `  ${f.field}: no column (${f.reason})`
        : `  ${f.field} ← "${f.column}" [${f.confidence}]: ${f.reason}`,
    );
  }
  lines.push(`  time unit: ${s.unit.unit} (${s.unit.reason})`);
  if (s.dateFormat) lines.push(`  dates: ${s.dateFormat.format} (${s.dateFormat.reason})`);
  for (const v of s.values)
    lines.push(`  ${v.field} "${v.value}" (${v.count}×) → ${v.code ?? '?'}: ${v.reason}`);
  if (s.extraColumns.length > 0)
    lines.push(`  kept as extra columns: ${s.extraColumns.join(', ')}`);
  return lines;
}

/** `map FILE`: a suggested column mapping with its reasons. */
export const mapCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, { known: ['sheet', 'layout'] });
    if (positionals.length === 0) throw new UsageError('missing FILE');
    if (positionals.length > 2)
      throw new UsageError(
        `expected FILE and at most a PATIENTS_FILE, got ${positionals.length} files`,
      );
    const layout = options.layout;
    if (layout !== undefined && layout !== 'patients' && layout !== 'visits') {
      throw new UsageError(`--layout must be patients or visits, got "${layout}"`);
    }
    const files = await Promise.all(positionals.map(readSourceFile));
    const read = await readSources(files, { sheet: options.sheet });
    if (!read.ok) {
      throw new UsageError(
        `cannot read the input:\n  ${read.issues.map((i) => formatIssue(i, 'cli')).join('\n  ')}`,
      );
    }
    const [main, second] = read.tables;
    const suggestion = suggestImportMapping(main.table, second?.table, {
      layout: layout as 'patients' | 'visits' | undefined,
    });
    const mainName = second?.issues.sheet
      ? `${positionals[0]}, sheet ${main.issues.sheet ?? ''}`
      : positionals[0];
    const lines = explain(suggestion.main, mainName);
    const mapping = { ...suggestion.mapping };
    // the sheets of the one workbook (a visits and a patients sheet too), so that
    // `analyze FILE --map MAP.json` needs no --sheet again
    if (options.sheet !== undefined && (positionals.length === 1 || !options.sheet.includes(',')))
      mapping.sheet = options.sheet;
    if (suggestion.patients) {
      lines.push(
        ...explain(
          suggestion.patients,
          positionals[1] ?? `${positionals[0]}, sheet ${second.issues.sheet ?? ''}`,
        ).filter((l) => !/best_response|followup_wk: no column/.test(l)),
      );
    }
    for (const open of suggestion.open) lines.push(`  TO DO: ${open}`);
    io.stdout(writeMapping(mapping));
    io.stderr(`${lines.join('\n')}\n`);
    return 0;
  },
};
