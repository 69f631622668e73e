import { describe, expect, it } from 'vitest';
import SwimmerPlot from '../../src/charts/swimmer/SwimmerPlot.svelte';
import { renderSvg } from './render';
import { sixPatients } from './sixPatients';

describe('SwimmerPlot (server-rendered SVG)', () => {
  it('draws six patients sorted by follow-up', async () => {
    const svg = renderSvg(SwimmerPlot, { cohort: sixPatients, title: 'Six patients' });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/swimmer-followup.svg');
  });
});
