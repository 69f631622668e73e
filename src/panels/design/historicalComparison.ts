import type { Alternative } from '../../engine/alternative.ts';
import { binomialTest, type BinomialTest } from '../../engine/design/binomialTest.ts';
import { format } from '../../ui/format.ts';

/** One historical rate the observed x/n is compared with. */
export interface ComparedRate {
  p0: number;
  pValue: number;
  midPValue: number;
  /** Whether the test rejects H0: p = p0 at α = 1 − level. */
  rejects: boolean;
}

/** The exact test of x/n against a historical rate and others, with what it means in words. */
export interface HistoricalComparison {
  test: BinomialTest;
  /** The main rate first, then the others in order, each once. */
  rates: ComparedRate[];
  /** "15/18 beats a historical 50% (p = 0.0038) and 60% (p = 0.033) but not convincingly a historical 75% (p = 0.31)." */
  sentence: string;
  /** What the interval consistent with the test says. */
  interval: string;
}

const VERB: Record<Alternative, [string, string]> = {
  greater: ['beats', 'beat'],
  less: ['falls below', 'fall below'],
  'two-sided': ['differs from', 'differ from'],
};

const pct = (p: number) => `${+(p * 100).toFixed(1)}%`;
/** "50% (p = 0.0038), 60% (p = 0.033) and 75% (p = 0.31)"; after a "not", joined by "or". */
const listed = (rates: readonly ComparedRate[], last: 'and' | 'or') => {
  const items = rates.map((r) => `${pct(r.p0)} (p = ${format.pValue(r.pValue)})`);
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
};

/**
 * The exact binomial test of x responders of n against a historical rate p0 (`binomialTest`), and
 * against other historical rates, said in words: which rates the data beat (fall below, differ
 * from) at α = 1 − level and which not convincingly, with p-values to two significant digits,
 * and what the Clopper–Pearson interval that goes with the test says: one-sided, it is exactly
 * the set of rates the test does not reject.
 * Assumes what `binomialTest` assumes; `others` between 0 and 1.
 * Reference: R's `binom.test`; Clopper & Pearson (1934).
 * @example historicalComparison(15, 18, { p0: 0.5, others: [0.6, 0.75], alternative: 'greater', level: 0.95 }).sentence
 * // "15/18 beats a historical 50% (p = 0.0038) and 60% (p = 0.033) but not convincingly a historical 75% (p = 0.31)."
 */
export function historicalComparison(
  x: number,
  n: number,
  options: { p0: number; others: readonly number[]; alternative: Alternative; level: number },
): HistoricalComparison {
  const { p0, others, alternative, level } = options;
  const test = binomialTest(x, n, { p0, alternative, level });
  const alpha = 1 - level;
  const rates = [p0, ...others.filter((r) => r !== p0)].map((rate) => {
    const t = rate === p0 ? test : binomialTest(x, n, { p0: rate, alternative, level });
    return { p0: rate, pValue: t.pValue, midPValue: t.midPValue, rejects: t.pValue <= alpha };
  });
  const order = [...rates].sort((a, b) => (alternative === 'less' ? b.p0 - a.p0 : a.p0 - b.p0));
  const yes = order.filter((r) => r.rejects);
  const no = order.filter((r) => !r.rejects);
  const [does, doesNot] = VERB[alternative];
  const who = `${x}/${n}`;
  const sentence =
    yes.length === 0
      ? `${who} does not convincingly ${doesNot} a historical ${listed(no, 'or')}.`
      : no.length === 0
        ? `${who} ${does} a historical ${listed(yes, 'and')}.`
        : `${who} ${does} a historical ${listed(yes, 'and')} but not convincingly a historical ${listed(no, 'or')}.`;
  const [lower, upper] = test.ci;
  const levelText = format.level(level);
  const alphaText = `${+(alpha * 100).toFixed(2)}%`;
  const interval =
    alternative === 'greater'
      ? `The one-sided ${levelText} interval that goes with the test runs from ${format.percent(lower)} to 100%: at the one-sided ${alphaText} level, ${who} beats every historical rate up to ${format.percent(lower)} and none above it.`
      : alternative === 'less'
        ? `The one-sided ${levelText} interval that goes with the test runs from 0% to ${format.percent(upper)}: at the one-sided ${alphaText} level, ${who} falls below every historical rate from ${format.percent(upper)} up and none below it.`
        : `The two-sided ${levelText} interval (Clopper–Pearson, as binom.test reports) runs from ${format.percent(lower)} to ${format.percent(upper)}: the true rate could plausibly be anywhere in it.`;
  return { test, rates, sentence, interval };
}
