/** The image formats a Kaplan–Meier figure may come in. */
export type ImageKind = 'png' | 'jpeg';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The format of an image file from its first bytes (its signature), whatever its name or type
 * says: PNG (`89 50 4E 47 0D 0A 1A 0A`) or JPEG (`FF D8 FF`); `null` for anything else.
 * Example: `imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))` is `'jpeg'`.
 */
export function imageKind(head: Uint8Array): ImageKind | null {
  if (PNG.every((byte, i) => head[i] === byte)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  return null;
}
