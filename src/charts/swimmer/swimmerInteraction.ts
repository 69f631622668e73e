import { brush, brushX, type BrushBehavior } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { ScaleContinuousNumeric } from 'd3-scale';

// The swimmer plot's pointer gestures, with d3-zoom and d3-brush. Loaded on demand after the
// plot's first drawing (a chunk of its own), so the first view does not wait for them. Svelte
// draws every mark; these only read gestures and report windows, and are told the windows back.

/** A window of weeks, or `null` for the whole axis. */
export type WeekWindow = [number, number] | null;

/** What a gesture handle offers its owner: follow a window set elsewhere, and let go. */
export interface Gesture<T> {
  set(value: T): void;
  destroy(): void;
}

/**
 * Zooms the time axis of `node` (the detail area, `width` × `height`): Ctrl or ⌘ with the wheel
 * (or a trackpad pinch) zooms around the pointer and dragging with the mouse pans once zoomed;
 * the plain wheel and touches are left to scroll the page (on a touch screen the strip or the
 * overview's brush chooses the weeks).
 * Reports the window of weeks shown (`null` at the whole axis) through `onwindow`.
 */
export function timeZoom(
  node: SVGGElement,
  {
    width,
    height,
    full,
    maxZoom,
    onwindow,
  }: {
    width: number;
    height: number;
    full: ScaleContinuousNumeric<number, number>;
    maxZoom: number;
    onwindow: (window: WeekWindow) => void;
  },
): Gesture<WeekWindow> & { zoomBy(factor: number): void } {
  const selection = select(node);
  /** While the user zooms or pans, windows set from outside wait. */
  let active = false;
  /** Whether the transform being applied is ours (d3 may reuse the user's gesture for it). */
  let setting = false;
  const behaviour: ZoomBehavior<SVGGElement, unknown> = zoom<SVGGElement, unknown>()
    .scaleExtent([1, maxZoom])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    // The plain wheel and one-finger touches scroll the page, as everywhere else on it.
    .filter((event: Event) =>
      event.type === 'wheel'
        ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
        : !event.type.startsWith('touch') && !(event as MouseEvent).button,
    )
    // A wheel notch (about 100 px) zooms by a third: d3's default is ten times that with Ctrl held,
    // which this zoom always requires.
    .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode ? 0.1 : 0.004))
    .on('start', (event) => {
      if (event.sourceEvent) active = true;
    })
    .on('end', () => {
      active = false;
    })
    .on('zoom', (event) => {
      if (!event.sourceEvent || setting) return;
      const t = event.transform;
      if (t.k <= 1.0001) return onwindow(null);
      const [w0, w1] = t.rescaleX(full).domain();
      onwindow([w0, w1]);
    });
  selection.call(behaviour).on('dblclick.zoom', null);
  const transformFor = (window: WeekWindow) => {
    if (!window) return zoomIdentity;
    const [a, b] = [full(window[0]), full(window[1])];
    const k = width / Math.max(1e-9, b - a);
    return zoomIdentity.scale(k).translate(-a, 0);
  };
  return {
    set(window) {
      if (active) return;
      setting = true;
      try {
        behaviour.transform(selection, transformFor(window));
      } finally {
        setting = false;
      }
    },
    zoomBy(factor) {
      behaviour.scaleBy(selection, factor, [width / 2, height / 2]);
      const t = (
        node as unknown as { __zoom: { k: number; rescaleX: typeof zoomIdentity.rescaleX } }
      ).__zoom;
      onwindow(t.k <= 1.0001 ? null : (t.rescaleX(full).domain() as [number, number]));
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}

/** A rectangle chosen on the overview, in its pixels: `[[x0, y0], [x1, y1]]`. */
export type OverviewBox = [[number, number], [number, number]];

/**
 * A brush on an overview (`width` × `height`): across time only (`x`), or across time and lanes
 * (`xy`). Dragging reports the chosen box; a click without a drag reports where it was.
 */
export function overviewBrush(
  node: SVGGElement,
  {
    width,
    height,
    dims,
    onbox,
    onclick,
  }: {
    width: number;
    height: number;
    dims: 'x' | 'xy';
    onbox: (box: OverviewBox) => void;
    onclick: (point: [number, number]) => void;
  },
): Gesture<OverviewBox> {
  const selection = select(node);
  const extent: OverviewBox = [
    [0, 0],
    [width, height],
  ];
  /** While the user drags, boxes set from outside wait. */
  let active = false;
  let setting = false;
  const behaviour = (dims === 'x' ? brushX<unknown>() : brush<unknown>()).extent(
    extent,
  ) as BrushBehavior<unknown>;
  behaviour.on('start', (event) => {
    if (event.sourceEvent) active = true;
  });
  behaviour.on('brush end', (event) => {
    if (event.type === 'end' && !setting) active = false;
    if (!event.sourceEvent || setting) return;
    const s = event.selection;
    if (s === null) {
      if (event.type === 'end') onclick(pointer(event.sourceEvent, node) as [number, number]);
      return;
    }
    onbox(
      dims === 'x'
        ? [
            [s[0], 0],
            [s[1], height],
          ]
        : (s as OverviewBox),
    );
  });
  selection.call(behaviour as never);
  return {
    set(box) {
      if (active) return;
      const move = dims === 'x' ? [box[0][0], box[1][0]] : box;
      setting = true;
      try {
        behaviour.move(selection as never, move as never);
      } finally {
        setting = false;
      }
    },
    destroy() {
      selection.on('.brush', null);
    },
  };
}
