import { describe, expect, it } from 'vitest';
import { incidenceGeometry } from '../../src/charts/km/incidenceGeometry';
import IncidencePlot from '../../src/charts/km/IncidencePlot.svelte';
import MultiKmPlot from '../../src/charts/km/MultiKmPlot.svelte';
import { groupStyle, multiKmGeometry } from '../../src/charts/km/multiKmGeometry';
import { kmLayout } from '../../src/charts/km/geometry';
import { riskTableGeometry } from '../../src/charts/km/riskTableGeometry';
import { aalenJohansen, type CompetingObservation } from '../../src/engine/aalenJohansen';
import { kaplanMeier } from '../../src/engine/kaplanMeier';
import { kmBand } from '../../src/engine/kmBand';
import { riskTable } from '../../src/engine/riskTable';
import { renderSvg } from './render';

const obs = (pairs: [number, boolean][]) => pairs.map(([time, event]) => ({ time, event }));
/** Durations of response of two groups in weeks; `false` is an ongoing (censored) response. */
const female = kaplanMeier(
  obs([
    [1, true],
    [2, true],
    [2, false],
    [4, true],
    [6, false],
    [9, true],
    [12, false],
  ]),
);
const male = kaplanMeier(
  obs([
    [0.5, true],
    [1, true],
    [3, false],
    [5, true],
  ]),
);
/** How ten responses ended: loss, death or still ongoing. */
const outcomes: CompetingObservation<'loss' | 'death'>[] = [
  [1, 'loss'],
  [1, 'death'],
  [2, 'loss'],
  [3, null],
  [4, 'loss'],
  [4, 'death'],
  [6, null],
  [7, 'loss'],
  [9, 'death'],
  [10, null],
].map(([time, cause]) => ({ time: time as number, cause: cause as 'loss' | 'death' | null }));
const fit = aalenJohansen(outcomes, ['loss', 'death']);
const naive = {
  loss: kaplanMeier(outcomes.map((o) => ({ time: o.time, event: o.cause === 'loss' }))),
  death: kaplanMeier(outcomes.map((o) => ({ time: o.time, event: o.cause === 'death' }))),
};

describe('multiKmGeometry: several Kaplan–Meier curves with per-group tables', () => {
  const g = multiKmGeometry(
    [
      { label: 'F', curve: female, band: kmBand(female, { transform: 'log' }) },
      { label: 'M', curve: male },
    ],
    { width: 640, table: 'kmunicate' },
  );
  const X = (t: number) => Math.round(g.frame.x(t) * 100) / 100;

  it('gives each group its own colour and dash, curve, censor ticks and legend entry', () => {
    expect(g.series.map((s) => s.label)).toEqual(['F', 'M']);
    expect(new Set(g.series.map((s) => s.colour)).size).toBe(2);
    expect(g.series.map((s) => s.dash)).toEqual([null, '8 4']);
    expect(g.series[0].censors.map((c) => c.x)).toEqual([X(2), X(6), X(12)]);
    expect(g.series[1].band).toBe('');
    expect(g.legend.map((e) => [e.label, e.colour, e.dash])).toEqual(
      g.series.map((s) => [s.label, s.colour, s.dash]),
    );
  });

  it('keeps twelve groups apart by colour and dash together', () => {
    const styles = Array.from({ length: 12 }, (_, i) => groupStyle(i));
    expect(new Set(styles.map((s) => `${s.colour} ${s.dash}`)).size).toBe(12);
  });

  it('puts the KMunicate counts of each group under the x ticks', () => {
    const fLines = g.table.lines.filter((l) => l.group === 'F');
    expect(fLines.map((l) => l.label)).toEqual(['At risk', 'Events', 'Censored']);
    expect(fLines[0].cells.map((c) => c.x)).toEqual(g.breaks.map(X));
    const counts = riskTable(female, g.breaks);
    expect(fLines.map((l) => l.cells.map((c) => Number(c.text)))).toEqual([
      counts.map((c) => c.atRisk),
      counts.map((c) => c.events),
      counts.map((c) => c.censored),
    ]);
    expect(g.table.headings.map((h) => h.group)).toEqual(['F', 'M']);
  });

  it('grows the bottom margin to fit the table', () => {
    const atRiskOnly = multiKmGeometry([{ label: 'F', curve: female }], { width: 640 });
    expect(g.frame.margin.bottom).toBeGreaterThan(atRiskOnly.frame.margin.bottom);
    expect(atRiskOnly.table.lines).toHaveLength(1);
    expect(atRiskOnly.table.headings).toEqual([]);
  });

  it('gives each group one line of numbers at risk, labelled with the group', () => {
    const atRisk = multiKmGeometry(
      [
        { label: 'F', curve: female },
        { label: 'M', curve: male },
      ],
      { width: 640 },
    );
    expect(atRisk.table.title).toBe('Number at risk');
    expect(atRisk.table.headings).toEqual([]);
    expect(atRisk.table.lines.map((l) => [l.label, l.cells.map((c) => Number(c.text))])).toEqual([
      ['F', riskTable(female, atRisk.breaks).map((c) => c.atRisk)],
      ['M', riskTable(male, atRisk.breaks).map((c) => c.atRisk)],
    ]);
  });

  it('draws the rising share with the event on the event scale', () => {
    const up = multiKmGeometry([{ label: 'F', curve: female }], { width: 640, scale: 'event' });
    expect(up.series[0].steps.startsWith(`M0,${up.frame.y(0)}`)).toBe(true);
  });

  it('takes the breaks the user sets', () => {
    const custom = multiKmGeometry([{ label: 'F', curve: female }], {
      width: 640,
      breaks: [0, 3, 20],
    });
    expect(custom.breaks).toEqual([0, 3, 20]);
    expect(custom.frame.x.domain()[1]).toBeGreaterThanOrEqual(20);
  });

  it('draws as the MultiKmPlot component: legend, dashes, table aligned with the ticks', async () => {
    const svg = renderSvg(MultiKmPlot, {
      groups: [
        {
          label: 'F',
          curve: female,
          band: kmBand(female, { transform: 'log' }),
          legend: 'F: median 9 wk (95% CI 2 wk–NR)',
        },
        { label: 'M', curve: male, legend: 'M: median 1 wk (95% CI 0.5 wk–NR)' },
      ],
      title: 'Duration of response by sex',
      yLabel: 'Still in response',
      xLabel: 'Weeks from first response',
      table: 'kmunicate',
      description: 'Log-rank p = 0.5.',
    });
    expect(svg).toContain('stroke-dasharray="8 4"');
    expect(svg).toContain('>Still in response</text>');
    expect(svg).toContain('Log-rank p = 0.5.');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/km-groups-kmunicate.svg');
  });
});

describe('incidenceGeometry: cumulative incidence with the naive 1 − KM', () => {
  it('stacks the causes so their top is 1 − the event-free probability', () => {
    const g = incidenceGeometry(fit, naive, { width: 640, layout: 'stacked' });
    expect(g.areas.map((a) => a.cause)).toEqual(['loss', 'death']);
    const top = g.frame.y(1 - fit.survival.at(-1)!);
    expect(g.areas[1].path).toContain(`,${Math.round(top * 100) / 100}`);
    expect(g.panels[0].naive).not.toBe('');
    expect(g.panels[1].naive).toBe('');
    expect(g.legend.map((e) => e.label)).toEqual(['loss', 'loss: naive 1 − KM', 'death']);
  });

  it('puts each cause in its own panel with its band and naive curve side by side', () => {
    const g = incidenceGeometry(fit, naive, {
      width: 640,
      layout: 'side-by-side',
      labels: { loss: 'Loss of response', death: 'Death' },
    });
    expect(g.areas).toEqual([]);
    expect(g.panels.map((p) => p.offset)).toEqual([0, g.panelWidth + 40]);
    expect(g.panels.every((p) => p.band !== '' && p.naive !== '')).toBe(true);
    expect(g.legend.filter((e) => e.kind === 'naive')).toHaveLength(2);
  });

  it('draws as the IncidencePlot component, stacked and side by side', async () => {
    const props = {
      fit,
      naive,
      level: 0.95,
      labels: { loss: 'Loss of response', death: 'Death' },
      title: 'How responses ended',
      xLabel: 'Weeks from first response',
    };
    const stacked = renderSvg(IncidencePlot, { ...props, layout: 'stacked' as const });
    expect(stacked).toContain('fill-opacity="0.6"');
    expect(stacked).toContain('fill-opacity="0.22"');
    await expect(stacked).toMatchFileSnapshot('./__snapshots__/incidence-stacked.svg');
    const panels = renderSvg(IncidencePlot, { ...props, layout: 'side-by-side' as const });
    expect(panels).toContain('>Loss of response</text>');
    expect(panels.match(/stroke-dasharray="5 4"/g)?.length).toBeGreaterThanOrEqual(4);
    await expect(panels).toMatchFileSnapshot('./__snapshots__/incidence-side-by-side.svg');
  });
});

describe('riskTableGeometry', () => {
  it('centres every count under its break and stacks the labelled lines', () => {
    const t = riskTableGeometry(
      [{ group: 'all', columns: riskTable(female, [0, 5]) }],
      (v) => v * 10,
    );
    expect(t.lines.map((l) => [l.label, l.y, l.cells.map((c) => [c.x, c.text])])).toEqual([
      [
        'At risk',
        0,
        [
          [0, '7'],
          [50, '3'],
        ],
      ],
      [
        'Events',
        18,
        [
          [0, '0'],
          [50, '3'],
        ],
      ],
      [
        'Censored',
        36,
        [
          [0, '0'],
          [50, '1'],
        ],
      ],
    ]);
    expect(t.height).toBe(54);
    expect(t.labelWidth).toBe(8 * 7 + 14);
    expect(t.labelX).toBe(-12);
  });

  it('ends the row labels clear of a wide count at time 0, and the plot makes room for them', () => {
    // 228 patients at risk at 0 (R's lung): "228" centred on the axis reaches 12.75 px left of it
    const lung = kaplanMeier(
      Array.from({ length: 228 }, (_, i) => ({ time: 1 + (i % 40), event: i % 3 > 0 })),
    );
    const t = riskTableGeometry([{ group: 'all', columns: riskTable(lung, [0, 20]) }], (v) => v);
    expect(t.labelX).toBe(-15.75);
    const small = kmLayout([{ group: 'all', curve: female }], {
      width: 640,
      legendHeight: 0,
      table: 'kmunicate',
    });
    const large = kmLayout([{ group: 'all', curve: lung }], {
      width: 640,
      legendHeight: 0,
      table: 'kmunicate',
    });
    expect(large.table.labelX).toBe(-15.75);
    expect(large.margin.left - small.margin.left).toBe(3.75);
  });
});
