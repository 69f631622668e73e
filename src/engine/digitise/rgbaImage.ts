/**
 * An image as a browser's `getImageData` gives it: `width × height` pixels, row by row from the
 * top-left, four bytes each (red, green, blue, alpha). The engine never decodes files: the page
 * draws the image on a canvas, the command line decodes PNG or JPEG, and both pass this.
 * @example const image: RgbaImage = { width: 1, height: 1, data: new Uint8ClampedArray([255, 0, 0, 255]) };
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** A position on the image in pixels: x to the right, y downwards; pixel (i, j) spans [i, i + 1) × [j, j + 1). */
export interface PixelPoint {
  x: number;
  y: number;
}

/** A point of a Kaplan–Meier curve in the figure's units: time, and survival as on the axis. */
export interface KmPoint {
  time: number;
  survival: number;
}
