import { LEVEL_RANGE, MAX_SCENARIO_N } from '../engine/limits.ts';
import { exactCoverage } from '../engine/montecarlo/index.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { levelOption } from './levelOption.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';

/** Most grid points. */
const MAX_POINTS = 10001;

const help = `Usage: cohortscope coverage --n N [--level 0.95] [--p 0.01:0.99:0.01]

Exact coverage probability of the five proportion intervals (Clopper–Pearson, Wilson,
Jeffreys, Agresti–Coull, Wald) at sample size N for each true p, by enumerating the binomial
(Brown, Cai & DasGupta 2001).

Options:
  --n N        sample size, 1 to ${MAX_SCENARIO_N} (required)
  --level L    two-sided level (default 0.95; ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max})
  --p GRID     from:to:step (default 0.01:0.99:0.01) or a comma list, each p in [0, 1]

Output: { n, level, p: [...], coverage: { clopper-pearson: [...], wilson: [...],
  jeffreys: [...], agresti-coull: [...], wald: [...] } }, one coverage per p.
`;

/**
 * Reads a grid of p: `from:to:step` or a comma list, each in [0, 1].
 * @example pGrid('0.1:0.3:0.1') // [0.1, 0.2, 0.3]
 */
export function pGrid(text: string): number[] {
  const bad = (why: string) => new UsageError(`--p ${why}, got "${text}"`);
  const numbers = (parts: string[]) =>
    parts.map((part) => {
      const v = Number(part);
      if (part.trim() === '' || !Number.isFinite(v)) throw bad('needs numbers');
      return v;
    });
  let grid: number[];
  if (text.includes(':')) {
    const parts = text.split(':');
    if (parts.length !== 3) throw bad('must be from:to:step');
    const [from, to, step] = numbers(parts);
    if (!(step > 0) || to < from) throw bad('needs from ≤ to and a step above 0');
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > MAX_POINTS) throw bad(`must have at most ${MAX_POINTS} points`);
    grid = Array.from({ length: count }, (_, k) => Number((from + k * step).toFixed(12)));
  } else {
    grid = numbers(text.split(','));
    if (grid.length > MAX_POINTS) throw bad(`must have at most ${MAX_POINTS} points`);
  }
  if (grid.some((p) => p < 0 || p > 1)) throw bad('values must lie in [0, 1]');
  return grid;
}

/** `coverage --n N`: exact coverage of the proportion intervals over a grid of p. */
export const coverageCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, { known: ['n', 'level', 'p'] });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const n = numberOption(options, 'n', {
      required: 'N (the sample size)',
      min: 1,
      max: MAX_SCENARIO_N,
      integer: true,
    });
    const level = levelOption(options);
    const p = pGrid(options.p ?? '0.01:0.99:0.01');
    const { coverage } = exactCoverage({ n, level, p });
    io.stdout(`${JSON.stringify({ n, level, p, coverage }, null, 2)}\n`);
    return 0;
  },
};
