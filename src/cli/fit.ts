import { fitScenario } from '../engine/montecarlo/index.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { parseArgs } from './parseArgs.ts';
import { readCohortFile } from './readCohortFile.ts';

const help = `Usage: cohortscope fit FILE

Fits a simulation scenario to a cohort (CSV, TSV or JSON) and prints it as JSON, ready for
\`simulate\`: response probabilities are the observed CR, PR and IMP shares; time to response
is the responders' observed onsets (empirical); duration of response is a maximum-likelihood
Weibull with right-censoring (exponential with fewer than two distinct event times); cut-off
is the longest follow-up, accrual the spread of follow-up among the living, the death hazard
deaths per patient-week, drop-out 0; weekly visits when every response and loss time is whole.
See \`simulate --help\` for the fields.
`;

/** `fit FILE`: a scenario fitted to a cohort. */
export const fitCommand: Command = {
  help,
  async run(args, io) {
    const { positionals } = parseArgs(args, { known: [] });
    if (positionals.length > 1)
      throw new UsageError(`expected one FILE, got ${positionals.length}`);
    const cohort = await readCohortFile(positionals[0]);
    if (cohort.patients.length === 0) throw new UsageError('the cohort has no patients');
    io.stdout(`${JSON.stringify(fitScenario(cohort), null, 2)}\n`);
    return 0;
  },
};
