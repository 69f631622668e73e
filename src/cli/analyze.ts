import { analyze } from '../engine/analyze.ts';
import { LEVEL_RANGE } from '../engine/limits.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { analysisArgs } from './analysisArgs.ts';
import { formatReportTable } from './formatReportTable.ts';
import { parseArgs } from './parseArgs.ts';
import { readCohortFile } from './readCohortFile.ts';

const help = `Usage: npm run cli -- analyze FILE [options]

Computes every endpoint of a patient-level cohort (CSV, TSV or JSON) with confidence intervals.

Options:
  --level L           two-sided confidence level (default 0.95; ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max})
  --responders LIST   best responses that count as response (default CR,PR,IMP)
  --by-week LIST      landmark weeks for "responded by week w" (default 1,2,4)
  --format F          json (default) or table

Output (json): { n, level, responders, orr, cr, pr, imp, response_by_week, dor, ttr,
  gc_halved, fever, demographics }. Proportions carry x, n, estimate and ci for
  clopper-pearson, wilson, jeffreys, agresti-coull and wald; Kaplan–Meier results carry
  n, events, median, ci (log, log-log, plain; null = not reached) and the table.
A refused file prints every validation message on stderr and exits with status 2.
`;

/** `analyze FILE`: the endpoint report of one cohort, as JSON or a table. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'endpoints with confidence intervals for a cohort file',
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['level', 'responders', 'by-week', 'format'],
    });
    if (positionals.length > 1)
      throw new UsageError(`expected one FILE, got ${positionals.length}`);
    const format = options.format ?? 'json';
    if (format !== 'json' && format !== 'table') {
      throw new UsageError(`--format must be json or table, got "${format}"`);
    }
    const analysisOptions = analysisArgs(options);
    const cohort = await readCohortFile(positionals[0]);
    const report = analyze(cohort, analysisOptions);
    io.stdout(
      format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReportTable(report),
    );
    return 0;
  },
};
