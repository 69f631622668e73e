import { reportJson } from '../io/reportJson.ts';
import { analyze } from '../engine/analyze.ts';
import { analyzeSubgroups } from '../engine/analyzeSubgroups.ts';
import { CONFIRM_WK_RANGE, LEVEL_RANGE, RHO_RANGE } from '../engine/limits.ts';
import { formatIssue } from '../io/issue.ts';
import { patientRecord } from '../io/patientRecord.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { analysisArgs } from './analysisArgs.ts';
import { formatReportTable } from './formatReportTable.ts';
import { formatSubgroupTable } from './formatSubgroupTable.ts';
import { groupingArg } from './groupingArg.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readSideFile } from './readCohortFile.ts';
import { readImport, readMapFile } from './readImport.ts';
import { subgroupOutput } from '../engine/subgroupOutput.ts';

const help = `Usage: cohortscope analyze FILE [FILE…] [options]

Computes every endpoint of a cohort with confidence intervals. FILE is a one-row-per-patient
cohort (CSV, TSV, JSON, .xlsx, .ods), visit-level records (one row per patient and
assessment; a patients file may follow: analyze visits.csv patients.csv), or ADaM datasets
(analyze adsl.xpt adrs.xpt adtte.xpt, as .xpt or CSV; which is which is read from the columns).

Options:
  --map MAP.json      how the file's own columns, units and codes map onto the documented
                      fields (see \`map\` and the README); without it the headers must be the
                      documented ones
  --sheet NAME        the sheet of a workbook to read (NAME,NAME for a visits and a patients sheet)
  --confirm-wk K      visit-level input: a CR or PR counts only when an assessment at least K
                      weeks later confirms it (RECIST 1.1; off by default)
  --level L           two-sided confidence level (default 0.95; ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max})
  --responders LIST   best responses that count as response (default CR,PR,IMP)
  --by-week LIST      weeks for "responded by week w" as a proportion (default 1,2,4)
  --landmarks LIST    weeks for the Kaplan–Meier landmark rates (default 4,12,26)
  --group COLUMN      compare subgroups: sex, best_response, age:C1,C2 (age bands cut at
                      those years) or an extra column of the file (at most 12 values)
  --rho R             Fleming–Harrington ρ for the group comparison (default 0, log-rank)
  --format F          json (default) or table

Output (json): { n, level, responders, orr, cr, pr, imp, response_by_week, dor, ttr,
  gc_halved, fever, demographics, followup, dor_landmarks, response_landmarks,
  dor_competing, unavailable }. Proportions carry x, n, estimate and ci for clopper-pearson,
  wilson, jeffreys, agresti-coull and wald; Kaplan–Meier results carry n, events, median,
  ci (log, log-log, plain; null = not reached) and the table. followup is
  { reverse_km, median_observed, overall_survival }; a landmark is { week, estimate, se, ci } (null after
  the curve's last time); dor_competing is { loss, death }, each a list of
  { time, n_risk, n_event, estimate, se, lower, upper, naive } at every time either
  event occurs. Endpoints that cannot be computed are null and \`unavailable\` says why:
  a cohort that records no response (every patient NE, no response time: one rebuilt from
  a survival figure) has orr to ne null too, and unavailable.response.
  With --group: grouping, groups [{ value, n, orr, dor, ttr }], logrank { dor, ttr }
  ({ chisq, df, p, rho, observed, expected, trend }), gray { loss, death } (Gray's test of
  DOR's competing causes) and, with two groups, orr_difference { estimate, ci, fisher_p }
  (first group minus second). When the input was not one row per patient, the output adds
  input_format, derived_patients (one record per patient in the input format's fields),
  derivations (the source rows and steps of each) and, for ADaM with ADTTE,
  dor_disagreements. Warnings go to stderr.
A refused file prints every validation message on stderr and exits with status 2.
`;

/** `analyze FILE…`: the endpoint report of one cohort, as JSON or a table. */
export const analyzeCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: [
        'level',
        'responders',
        'by-week',
        'landmarks',
        'group',
        'rho',
        'format',
        'map',
        'sheet',
        'confirm-wk',
      ],
    });
    if (positionals.length > 3) {
      throw new UsageError(
        `expected at most three FILEs (ADSL, ADRS, ADTTE), got ${positionals.length}`,
      );
    }
    const format = options.format ?? 'json';
    if (format !== 'json' && format !== 'table') {
      throw new UsageError(`--format must be json or table, got "${format}"`);
    }
    const analysisOptions = analysisArgs(options);
    const rho = numberOption(options, 'rho', { fallback: 0, ...RHO_RANGE });
    if (options.rho !== undefined && options.group === undefined)
      throw new UsageError('--rho applies to a group comparison; add --group COLUMN');
    const confirmWk =
      options['confirm-wk'] === undefined
        ? null
        : numberOption(options, 'confirm-wk', { fallback: 0, ...CONFIRM_WK_RANGE });
    const mapping = options.map === undefined ? undefined : await readMapFile(options.map);
    const meta = positionals.length === 1 ? await readSideFile(positionals[0]) : {};
    const read = await readImport(positionals, {
      ...meta,
      mapping,
      sheet: options.sheet,
      confirmWk,
    });
    for (const warning of read.warnings) io.stderr(`warning: ${formatIssue(warning, 'cli')}\n`);
    const cohort = read.cohort;
    const report = analyze(cohort, analysisOptions);
    let subgroups = null;
    if (options.group !== undefined) {
      const grouping = groupingArg(options.group, cohort);
      try {
        subgroups = analyzeSubgroups(cohort, grouping, { ...analysisOptions, rho });
      } catch (error) {
        if (error instanceof RangeError) throw new UsageError(`--group: ${error.message}`);
        throw error;
      }
    }
    if (format === 'json') {
      const derived =
        read.format === 'patients'
          ? {}
          : {
              input_format: read.format,
              derived_patients: cohort.patients.map(patientRecord),
              derivations: (read.derivations ?? []).map((d) => ({
                id: d.id,
                best_assessed: d.best,
                source_rows: d.rows,
                steps: d.steps,
              })),
              ...(read.disagreements ? { dor_disagreements: read.disagreements } : {}),
            };
      const output = { ...report, ...(subgroups ? subgroupOutput(subgroups) : {}), ...derived };
      io.stdout(reportJson(output));
    } else {
      const grouped = subgroups ? `\n${formatSubgroupTable(subgroups, report.level)}` : '';
      io.stdout(formatReportTable(report) + grouped);
    }
    return 0;
  },
};
