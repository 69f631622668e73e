import type { RgbaImage } from '../../../src/engine/digitise/rgbaImage.ts';
import { rgbColour } from '../../../src/engine/digitise/rgbColour.ts';

/** A white image to draw test figures on, with crisp (not anti-aliased) lines. */
export class Painter {
  readonly image: RgbaImage;

  constructor(width: number, height: number) {
    this.image = { width, height, data: new Uint8ClampedArray(width * height * 4).fill(255) };
  }

  /** Fills pixel columns x0..x1 and rows y0..y1 (inclusive) with a colour. */
  rect(x0: number, x1: number, y0: number, y1: number, colour: string): this {
    const [r, g, b] = rgbColour(colour);
    for (let y = Math.max(0, y0); y <= Math.min(this.image.height - 1, y1); y++) {
      for (let x = Math.max(0, x0); x <= Math.min(this.image.width - 1, x1); x++) {
        const i = (y * this.image.width + x) * 4;
        this.image.data.set([r, g, b, 255], i);
      }
    }
    return this;
  }

  /** A step curve through pixel corners [x, y], `width` pixels thick, centred on the rows and columns given. */
  steps(corners: [number, number][], colour: string, width = 2): this {
    const lo = Math.floor((width - 1) / 2);
    const hi = width - 1 - lo;
    for (let i = 1; i < corners.length; i++) {
      const [xa, ya] = corners[i - 1];
      const [xb, yb] = corners[i];
      this.rect(
        Math.min(xa, xb) - lo,
        Math.max(xa, xb) + hi,
        Math.min(ya, yb) - lo,
        Math.max(ya, yb) + hi,
        colour,
      );
    }
    return this;
  }

  /** A horizontal dashed line: `on` pixels drawn, `off` left, from x0 to x1 on row y. */
  dashes(x0: number, x1: number, y: number, colour: string, on = 4, off = 4): this {
    for (let x = x0; x <= x1; x += on + off) this.rect(x, Math.min(x + on - 1, x1), y, y, colour);
    return this;
  }
}
