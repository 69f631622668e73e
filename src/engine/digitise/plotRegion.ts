/** A rectangle of whole pixels, inclusive: columns `left..right`, rows `top..bottom`. */
export interface PixelRegion {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
