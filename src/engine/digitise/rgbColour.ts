/** A colour as 8-bit sRGB channels. */
export type Rgb = readonly [number, number, number];

/**
 * Reads a colour written `#RRGGBB` or `#RGB` (case-insensitive); throws a `RangeError`
 * quoting the text otherwise.
 * @example rgbColour('#D55E00') // [213, 94, 0]
 */
export function rgbColour(text: string): Rgb {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(text.trim());
  if (!m) throw new RangeError(`colour must be #RRGGBB, got "${text}"`);
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

/**
 * Writes a colour as `#rrggbb`.
 * @example hexColour([213, 94, 0]) // '#d55e00'
 */
export function hexColour([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
