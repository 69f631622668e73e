import type { AdmissibleDesign, SimonDesign } from '../engine/design/index.ts';
import { simonDesigns } from '../engine/design/simonDesigns.ts';
import { MAX_SIMON_N } from '../engine/limits.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { rateOption } from './rateOption.ts';

const help = `Usage: cohortscope simon --p0 P0 --p1 P1 --alpha A --beta B [--nmax N]

Simon's optimal and minimax two-stage designs and the admissible designs between them (Jung et
al. 2004), by an exact search: treat n1 patients and stop when r1 or fewer respond; otherwise
treat n in all and reject H0: p <= p0 when more than r respond. Type I error at most alpha at
p0, power at least 1 - beta at p1 (Simon 1989; the conventions of R clinfun's ph2simon).

Options:
  --p0 P0        the response rate that is not worth pursuing, between 0 and 1 (required)
  --p1 P1        the rate worth detecting, above p0 and below 1 (required)
  --alpha A      largest type I error, between 0 and 1 (required)
  --beta B       largest type II error (1 - power), between 0 and 1 (required)
  --nmax N       largest total sample size searched (default 100; 2 to ${MAX_SIMON_N})

Output: { optimal: D, minimax: D, admissible: [D, ...] } with
  D = { r1, n1, r, n, en0, pet0, alpha, power }, unrounded: en0 the expected sample size and
  pet0 the probability of stopping after stage 1 under p0, alpha and power exact. Admissible
  designs run from the minimax to the optimal design and also carry q_low and q_high: the
  design minimises q·n + (1 - q)·EN(p0) for every weight q in [q_low, q_high].
`;

const design = (d: SimonDesign) => ({
  r1: d.r1,
  n1: d.n1,
  r: d.r,
  n: d.n,
  en0: d.en0,
  pet0: d.pet0,
  alpha: d.alpha,
  power: d.power,
});

/** `simon --p0 --p1 --alpha --beta`: Simon's two-stage designs. */
export const simonCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['p0', 'p1', 'alpha', 'beta', 'nmax'],
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const p0 = rateOption(options, 'p0', { open: true, what: 'the uninteresting response rate' });
    const p1 = rateOption(options, 'p1', { open: true, what: 'the response rate worth detecting' });
    if (p1 <= p0) throw new UsageError(`--p1 must be above --p0 = ${p0}, got ${p1}`);
    const alpha = rateOption(options, 'alpha', { open: true, what: 'the type I error' });
    const beta = rateOption(options, 'beta', { open: true, what: 'the type II error' });
    const nmax = numberOption(options, 'nmax', {
      fallback: 100,
      min: 2,
      max: MAX_SIMON_N,
      integer: true,
    });
    const designs = simonDesigns({ p0, p1, alpha, beta, nmax });
    if (designs === null) {
      throw new UsageError(
        `no two-stage design with at most ${nmax} patients has alpha ≤ ${alpha} and power ≥ ${1 - beta}; raise --nmax (up to ${MAX_SIMON_N})`,
      );
    }
    const out = {
      optimal: design(designs.optimal),
      minimax: design(designs.minimax),
      admissible: designs.admissible.map((d: AdmissibleDesign) => ({
        ...design(d),
        q_low: d.qLow,
        q_high: d.qHigh,
      })),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  },
};
