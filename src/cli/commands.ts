import type { CommandEntry } from './command.ts';

/**
 * Every sub-command, in the order `--help` lists them. Each module is imported only when its
 * command runs, so `--help` and a quick command load little; a new command is one more line.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'endpoints with confidence intervals for a cohort file',
    load: async () => (await import('./analyze.ts')).analyzeCommand,
  },
  {
    name: 'map',
    summary: 'suggest a MAP.json for a file whose columns, units or codes are its own',
    load: async () => (await import('./map.ts')).mapCommand,
  },
  {
    name: 'reconstruct',
    summary: 'cohorts consistent with a published summary, and what they leave open',
    load: async () => (await import('./reconstruct.ts')).reconstructCommand,
  },
  {
    name: 'reconstruct-km',
    summary: 'patients from a published Kaplan–Meier curve (Guyot), with diagnostics',
    load: async () => (await import('./reconstructKm.ts')).reconstructKmCommand,
  },
  {
    name: 'bootstrap',
    summary: 'bootstrap SE and intervals of every endpoint (worker threads)',
    load: async () => (await import('./bootstrap.ts')).bootstrapCommand,
  },
  {
    name: 'simulate',
    summary: 're-run a study design K times: sampling distributions and coverage',
    load: async () => (await import('./simulate.ts')).simulateCommand,
  },
  {
    name: 'fit',
    summary: 'fit a simulation scenario to a cohort (prints scenario JSON and the fit tables)',
    load: async () => (await import('./fit.ts')).fitCommand,
  },
  {
    name: 'coverage',
    summary: 'exact coverage of the five proportion intervals over a grid of p',
    load: async () => (await import('./coverage.ts')).coverageCommand,
  },
  {
    name: 'test',
    summary: 'exact binomial test of x of n against a historical rate (binom.test, mid-p)',
    load: async () => (await import('./test.ts')).testCommand,
  },
  {
    name: 'simon',
    summary: "Simon's optimal, minimax and admissible two-stage designs (exact)",
    load: async () => (await import('./simon.ts')).simonCommand,
  },
  {
    name: 'monitor',
    summary: 'Bayesian predictive-probability monitoring: boundaries and exact characteristics',
    load: async () => (await import('./monitor.ts')).monitorCommand,
  },
];
