import type { KmDiagnostics } from '../../../engine/kmfigure/kmDiagnostics.ts';
import type { TimeUnit } from '../../../engine/kmfigure/timeUnit.ts';
import { showNumber } from '../../../engine/showNumber.ts';

/** A largest gap above this is more than a careful reading explains. */
export const GAP_WARNING = 0.05;

/**
 * A time in the figure's unit, in words: "31 weeks", "1 month", "10.2 days"; `null` is "not reached".
 * Example: `timeInWords(1, 'months') === '1 month'`.
 */
export function timeInWords(value: number | null, unit: TimeUnit): string {
  if (value === null) return 'not reached';
  const v = Number(value.toFixed(2));
  return `${v.toLocaleString('en')} ${v === 1 ? unit.slice(0, -1) : unit}`;
}

/**
 * The check of a reconstruction in plain sentences: the patients and events (against the paper's
 * total, when given), the largest gap between the rebuilt Kaplan–Meier curve and the digitised
 * one (with a warning above 0.05), the two medians, and the numbers at risk against the figure's.
 * Example: `describeFit(diagnostics, 'weeks', { atRiskGiven: true })[1]` is
 * `'Their Kaplan–Meier curve lies within 0.058 of the digitised curve (the largest gap is at 45 weeks).'`
 */
export function describeFit(
  d: KmDiagnostics,
  unit: TimeUnit,
  { atRiskGiven }: { atRiskGiven: boolean },
): string[] {
  const sentences: string[] = [];
  const { reconstructed: events, published } = d.events;
  const patients = `${d.curve.n.toLocaleString('en')} patient${d.curve.n === 1 ? '' : 's'}`;
  const said =
    published === null
      ? ' (the total was not given)'
      : published === events
        ? ', as the paper reports'
        : `; the paper reports ${published.toLocaleString('en')}`;
  sentences.push(
    `Reconstructed ${patients} with ${events.toLocaleString('en')} event${events === 1 ? '' : 's'}${said}.`,
  );
  const gap = showNumber(Number(d.maxAbsDiff.toFixed(3)));
  sentences.push(
    `Their Kaplan–Meier curve lies within ${gap} of the digitised curve (the largest gap is at ${timeInWords(d.maxAbsDiffAt, unit)}).` +
      (d.maxAbsDiff > GAP_WARNING
        ? ' That is more than a careful reading explains: check the points and the at-risk table.'
        : ''),
  );
  const { digitised, reconstructed } = d.median;
  sentences.push(
    digitised === reconstructed
      ? `Median: ${timeInWords(reconstructed, unit)}, as on the figure.`
      : `Median: ${timeInWords(reconstructed, unit)} rebuilt, ${timeInWords(digitised, unit)} on the figure.`,
  );
  if (!atRiskGiven) {
    sentences.push(
      'Only n was given: no censoring is placed before the curve ends unless the total events call for it (the algorithm’s fallback), so the censoring is a guess.',
    );
    return sentences;
  }
  const shown = d.atRisk.slice(1);
  const differ = shown.filter((r) => r.published !== r.reconstructed);
  if (differ.length === 0) {
    sentences.push(
      `The numbers at risk match the figure at all ${shown.length} published time${shown.length === 1 ? '' : 's'} after 0.`,
    );
  } else {
    const listed = differ
      .slice(0, 4)
      .map(
        (r) =>
          `at ${timeInWords(r.time, unit)} ${r.published} on the figure, ${r.reconstructed} rebuilt`,
      )
      .join('; ');
    sentences.push(
      `The numbers at risk differ at ${differ.length} of ${shown.length} published times: ${listed}${differ.length > 4 ? '; …' : ''}.`,
    );
  }
  return sentences;
}
