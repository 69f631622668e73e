import { mount } from 'svelte';
import { svgToPngBlob, svgToString } from '../../../src/charts/exportSvg';
import SwimmerPlot from '../../../src/charts/swimmer/SwimmerPlot.svelte';
import { sixPatients } from '../sixPatients';

/** Test page: the six-patient swimmer plot, its selection mirrored in `window.selected`. */
const state = window as unknown as { selected: string | null };
const chart = () => document.querySelector<SVGSVGElement>('svg[role="img"]')!;
const props = $state({
  cohort: sixPatients,
  selectedId: null as string | null,
  onselect: (id: string | null) => {
    props.selectedId = id;
    state.selected = id;
  },
});

Object.assign(window, {
  selected: null,
  exportSvg: () => svgToString(chart()),
  exportPng: async () => {
    const blob = await svgToPngBlob(chart(), { scale: 2 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { type: blob.type, size: blob.size, head: [...bytes.slice(1, 4)] };
  },
});
mount(SwimmerPlot, { target: document.getElementById('app')!, props });
