import { describe, expect, it } from 'vitest';
import { incidenceGeometry } from '../../src/charts/km/incidenceGeometry';
import { multiKmGeometry } from '../../src/charts/km/multiKmGeometry';
import { riskTableGeometry } from '../../src/charts/km/riskTableGeometry';
import { aalenJohansen, type CompetingObservation } from '../../src/engine/aalenJohansen';
import { kaplanMeier } from '../../src/engine/kaplanMeier';
import { kmBand } from '../../src/engine/kmBand';
import { riskTable } from '../../src/engine/riskTable';
import { incidenceSvg, multiKmSvg } from './geometrySvg';

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

  it('gives each group its own colour, curve, censor ticks and legend entry', () => {
    expect(g.series.map((s) => s.label)).toEqual(['F', 'M']);
    expect(new Set(g.series.map((s) => s.colour)).size).toBe(2);
    expect(g.series[0].censors.map((c) => c.x)).toEqual([X(2), X(6), X(12)]);
    expect(g.series[1].band).toBe('');
    expect(g.legend.map((e) => [e.label, e.colour])).toEqual(
      g.series.map((s) => [s.label, s.colour]),
    );
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

  it('matches the SVG snapshot', async () => {
    await expect(multiKmSvg(g)).toMatchFileSnapshot('./__snapshots__/km-groups-kmunicate.svg');
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

  it('matches the SVG snapshots', async () => {
    await expect(
      incidenceSvg(incidenceGeometry(fit, naive, { width: 640, layout: 'stacked' })),
    ).toMatchFileSnapshot('./__snapshots__/incidence-stacked.svg');
    await expect(
      incidenceSvg(incidenceGeometry(fit, naive, { width: 640, layout: 'side-by-side' })),
    ).toMatchFileSnapshot('./__snapshots__/incidence-side-by-side.svg');
  });
});

describe('riskTableGeometry', () => {
  it('centres every count under its break and stacks the lines', () => {
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
  });
});
