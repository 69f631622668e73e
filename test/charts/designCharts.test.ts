/**
 * The Design tab's charts: Simon's designs (expected against maximum n) drawn as marks over
 * their geometry, and a rule's operating characteristics against the true rate, each
 * snapshot-tested as SVG with rounded numbers.
 */
import { describe, expect, it } from 'vitest';
import CharacteristicsChart from '../../src/charts/characteristics/CharacteristicsChart.svelte';
import { characteristicsGeometry } from '../../src/charts/characteristics/geometry';
import DesignsChart from '../../src/charts/design/DesignsChart.svelte';
import {
  operatingCharacteristics,
  simonDesigns,
  simonRule,
} from '../../src/engine/design/index.ts';
import { renderSvg } from './render';

const designs = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })!;
const optimal = simonRule(designs.optimal);
const rates = Array.from({ length: 21 }, (_, i) => i / 20);
const exact = rates.map((p) => operatingCharacteristics(optimal, { p }));

describe('characteristicsGeometry', () => {
  const g = characteristicsGeometry(exact, {
    width: 640,
    marks: [
      { label: 'p0', p: 0.2 },
      { label: 'p1', p: 0.4 },
      { label: 'outside', p: 1.2 },
    ],
    simulated: [{ ...exact[4], success: 0.06 }],
  });

  it('draws each chance as a line through the exact values, rate across and probability up', () => {
    expect(g.series.map((s) => s.key)).toEqual(['success', 'earlyStop']);
    const success = g.series[0].path.slice(1).split('L');
    expect(success).toHaveLength(rates.length);
    const [x, y] = success[8].split(',').map(Number);
    expect(x).toBeCloseTo(g.frame.x(0.4), 1);
    expect(y).toBeCloseTo(g.frame.y(exact[8].success), 1);
    expect(g.frame.y.domain()).toEqual([0, 1]);
  });

  it('puts simulated estimates as points, and marks only the rates inside the plot', () => {
    expect(g.series[0].simulated).toEqual([
      { x: Math.round(g.frame.x(0.2) * 100) / 100, y: Math.round(g.frame.y(0.06) * 100) / 100 },
    ]);
    expect(g.marks.map((m) => m.label)).toEqual(['p0', 'p1']);
    expect(g.legend.map((e) => e.label)).toEqual([
      'Chance of success',
      'Chance of stopping early',
      'Simulated',
    ]);
  });

  it('draws nothing but the frame without exact values', () => {
    const empty = characteristicsGeometry([], { width: 390 });
    expect(empty.series.every((s) => s.path === '' && s.simulated.length === 0)).toBe(true);
    expect(empty.ticks.x).toBeLessThan(g.ticks.x);
  });
});

describe('the Design tab charts (server-rendered SVG)', () => {
  it("draws Simon's designs with M, O, the admissible hull and the chosen design", async () => {
    const svg = renderSvg(DesignsChart, {
      designs,
      chosen: 38,
      title: 'Two-stage designs, p0 20%, p1 40%',
    });
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(
      /aria-label="[^"]*minimax n = 33 \(expected 22\.3\), optimal n = 43 \(expected 20\.6\)/,
    );
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/design-simon.svg');
  });

  it('draws the operating characteristics with p0 and p1 marked', async () => {
    const svg = renderSvg(CharacteristicsChart, {
      exact,
      simulated: [exact[4], exact[8]],
      marks: [
        { label: 'p0', p: 0.2 },
        { label: 'p1', p: 0.4 },
      ],
      title: 'Operating characteristics of 3/13, 12/43',
    });
    expect(svg).toMatch(
      /aria-label="[^"]*exact at 21 rates, simulated at 2; marked: p0 20%, p1 40%/,
    );
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/design-characteristics.svg');
  });
});
