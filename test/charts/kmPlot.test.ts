import { describe, expect, it } from 'vitest';
import KmPlot from '../../src/charts/km/KmPlot.svelte';
import { kaplanMeier } from '../../src/engine/kaplanMeier';
import { kmMedian } from '../../src/engine/kmMedian';
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
});
