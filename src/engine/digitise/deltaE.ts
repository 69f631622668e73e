import type { Lab } from './srgbToLab.ts';

/**
 * The CIE76 colour difference ΔE*ab: the Euclidean distance in CIELAB. About 2.3 is a just
 * noticeable difference; anti-aliased edges of one line differ from its core by tens.
 * Reference: CIE 15:2004.
 * @example deltaE([50, 0, 0], [53, 4, 0]) // 5
 */
export function deltaE(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
