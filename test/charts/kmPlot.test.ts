import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import KmPlot from '../../src/charts/km/KmPlot.svelte';
import { kaplanMeier } from '../../src/engine/kaplanMeier';
import { kmMedian } from '../../src/engine/kmMedian';
import { osObservations } from '../../src/engine/osObservations';
import { parseCohort } from '../../src/io/parseCohort';
import { renderSvg } from './render';

/** Ten durations of response in weeks; `false` marks a censored (ongoing) response. */
const observations = [
  [0.5, true],
  [1, true],
  [1, false],
  [2, true],
  [3, true],
  [3, true],
  [4, false],
  [6, true],
  [8, false],
  [10, false],
].map(([time, event]) => ({ time: time as number, event: event as boolean }));

describe('KmPlot (server-rendered SVG)', () => {
  const curve = kaplanMeier(observations);

  it('draws the curve, log band, median and number at risk', async () => {
    const median = kmMedian(curve, { transform: 'log', level: 0.95 });
    const svg = renderSvg(KmPlot, {
      curve,
      transform: 'log',
      level: 0.95,
      median,
      title: 'Duration of response',
      xLabel: 'Weeks since first response',
    });
    expect(svg).toContain('role="img"');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/km-log.svg');
  });

  it('draws a log-log band and a median whose upper bound is not reached', async () => {
    const median = kmMedian(curve, { transform: 'log-log', level: 0.9 });
    const svg = renderSvg(KmPlot, {
      curve,
      transform: 'log-log',
      level: 0.9,
      median: { ...median, upper: null },
      title: 'Duration of response',
    });
    expect(svg).toContain('90% CI');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/km-loglog-open.svg');
  });

  it('draws time to response rising, named on the y axis, with the KMunicate table at set breaks', async () => {
    const median = kmMedian(curve, { transform: 'log-log', level: 0.95 });
    const svg = renderSvg(KmPlot, {
      curve,
      transform: 'log-log',
      level: 0.95,
      median,
      title: 'Time to first response',
      xLabel: 'Weeks from start of treatment',
      yLabel: 'Responded',
      scale: 'event',
      table: 'kmunicate',
      breaks: [0, 2, 4, 8, 12],
    });
    expect(svg).toContain('>Responded</text>');
    for (const row of ['At risk', 'Events', 'Censored']) expect(svg).toContain(`>${row}</text>`);
    expect(svg).toContain('Median 3 wk (95% CI');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/km-event-kmunicate.svg');
  });

  it('draws the overall survival of a cohort rebuilt from a survival figure, as the Kaplan–Meier tab does', async () => {
    const text = readFileSync('test/fixtures/cohorts/reconstructed/veteran-os.csv', 'utf8');
    const parsed = parseCohort(text, { fileName: 'veteran-os.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const os = kaplanMeier(osObservations(parsed.cohort.patients));
    const median = kmMedian(os, { transform: 'log-log', level: 0.95 });
    const svg = renderSvg(KmPlot, {
      curve: os,
      transform: 'log-log',
      level: 0.95,
      median,
      title: 'Overall survival',
      xLabel: 'Weeks from start of treatment',
      yLabel: 'Alive',
      table: 'kmunicate',
      width: 640,
    });
    expect(svg).toContain('>Alive</text>');
    // The median and interval R's survfit gives for this cohort (overallSurvival.json).
    expect(svg).toContain('Median 11.37 wk (95% CI 7.38–14.21 wk)');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/km-overall-survival.svg');
  });
});
