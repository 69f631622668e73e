/** CRC-32 of bytes (the PNG chunk checksum). */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/**
 * A PNG file with its resolution stated, so print and layout programs place it at its size: a
 * `pHYs` chunk (pixels per metre, both axes) put right after the header chunk, replacing any
 * there was. Assumes a valid PNG; returns the input unchanged when it is not one.
 * Reference: PNG specification (ISO/IEC 15948), section 11.3.5.3, pHYs.
 * Example: `pngWithDpi(bytes, 300)` marks the image as 300 dots per inch.
 */
export function pngWithDpi(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const SIGNATURE = 8;
  if (png.length < SIGNATURE + 25 || view.getUint32(12) !== 0x49484452) return png; // "IHDR"
  const afterHeader = SIGNATURE + 8 + view.getUint32(SIGNATURE) + 4;
  const chunks: Uint8Array[] = [png.subarray(0, afterHeader)];
  const ppm = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  const p = new DataView(phys.buffer);
  p.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  p.setUint32(8, ppm);
  p.setUint32(12, ppm);
  phys[16] = 1; // unit: metre
  p.setUint32(17, crc32(phys.subarray(4, 17)));
  chunks.push(phys);
  // Copy the other chunks, leaving out an earlier pHYs.
  for (let at = afterHeader; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (view.getUint32(at + 4) !== 0x70485973) chunks.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
