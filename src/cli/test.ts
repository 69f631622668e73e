import { ALTERNATIVES, type Alternative } from '../engine/alternative.ts';
import { analyze } from '../engine/analyze.ts';
import { binomialTest } from '../engine/design/binomialTest.ts';
import { LEVEL_RANGE, MAX_TEST_N } from '../engine/limits.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { analysisArgs } from './analysisArgs.ts';
import { levelOption } from './levelOption.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { rateOption } from './rateOption.ts';
import { readCohortFile } from './readCohortFile.ts';

const help = `Usage: cohortscope test (--x X --n N | --file COHORT) --p0 P0 [options]

The exact binomial test of x responders of n against a historical response rate p0, as R's
binom.test, with the mid-p value and the Clopper–Pearson interval that goes with the test.

Options:
  --x X                responders, 0 to N
  --n N                patients, 1 to ${MAX_TEST_N}
  --file COHORT        take x and n from a cohort file's overall response instead
  --responders LIST    with --file: best responses that count (default CR,PR,IMP)
  --p0 P0              the rate under H0, 0 to 1 (required)
  --alternative A      greater (H1: p > p0), less or two-sided (default two-sided, as R)
  --level L            confidence level of the interval (default 0.95; ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max})

Output: { x, n, p0, alternative, level, p_value, mid_p_value, ci: [lower, upper] }. The
interval is one-sided for a one-sided test ([lower, 1] for greater, [0, upper] for less).
`;

/** Reads x and n from --x/--n or from a cohort's overall response (--file). */
async function responders(options: Record<string, string>): Promise<{ x: number; n: number }> {
  if (options.file !== undefined) {
    if (options.x !== undefined || options.n !== undefined) {
      throw new UsageError('give either --x and --n or --file, not both');
    }
    const { orr, unavailable } = analyze(await readCohortFile(options.file), analysisArgs(options));
    if (!orr) throw new UsageError(`${options.file}: overall response ${unavailable.response}`);
    return { x: orr.x, n: orr.n };
  }
  if (options.x === undefined || options.n === undefined) {
    throw new UsageError('missing --x X --n N (responders and patients) or --file COHORT');
  }
  const n = numberOption(options, 'n', { fallback: 0, min: 1, max: MAX_TEST_N, integer: true });
  const x = numberOption(options, 'x', { fallback: 0, min: 0, integer: true });
  if (x > n) throw new UsageError(`--x must be at most --n = ${n}, got ${x}`);
  return { x, n };
}

/**
 * Reads --alternative: greater, less or two-sided.
 * @example alternativeOption({ alternative: 'less' }) // 'less'
 */
function alternativeOption(options: Record<string, string>): Alternative {
  const value = options.alternative ?? 'two-sided';
  if (!ALTERNATIVES.includes(value as Alternative)) {
    throw new UsageError(`--alternative must be greater, less or two-sided, got "${value}"`);
  }
  return value as Alternative;
}

/** `test --x X --n N --p0 P0`: the exact binomial test against a historical rate. */
export const testCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['x', 'n', 'file', 'responders', 'p0', 'alternative', 'level'],
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const p0 = rateOption(options, 'p0', { what: 'the response rate under H0' });
    const alternative = alternativeOption(options);
    const level = levelOption(options);
    const { x, n } = await responders(options);
    const t = binomialTest(x, n, { p0, alternative, level });
    const out = {
      x,
      n,
      p0,
      alternative,
      level,
      p_value: t.pValue,
      mid_p_value: t.midPValue,
      ci: t.ci,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  },
};
