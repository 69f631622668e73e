import { getContext, setContext } from 'svelte';
import type { ScaleContinuousNumeric, ScaleLinear } from 'd3-scale';

/** Space kept around the plotting area, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The drawing frame shared by a chart's marks: outer size, margins and the two scales. */
export interface Frame {
  width: number;
  height: number;
  margin: Margin;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleLinear<number, number>;
}

/**
 * The size of a frame's plotting area: the outer size less the margins.
 * Example: `plotSize({ width: 680, height: 300, margin: { top: 14, right: 20, bottom: 50, left: 64 }, x, y }).width === 596`.
 */
export function plotSize(frame: Frame): { width: number; height: number } {
  const { width, height, margin } = frame;
  return {
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}

const FRAME = Symbol('chart-frame');

/**
 * Makes the chart's frame available to its marks; pass a getter so marks follow changes.
 * Call during component initialisation, e.g. `setFrame(() => geometry.frame)`.
 */
export function setFrame(frame: () => Frame): void {
  setContext(FRAME, frame);
}

/**
 * Reads the frame set by the enclosing chart; throws when used outside one.
 * Example: `const frame = getFrame(); const x0 = frame().x(0);`
 */
export function getFrame(): () => Frame {
  const frame = getContext<(() => Frame) | undefined>(FRAME);
  if (!frame)
    throw new Error('getFrame: this mark must be placed inside a chart that calls setFrame');
  return frame;
}
