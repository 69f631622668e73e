import type { RgbaImage } from '../engine/digitise/rgbaImage.ts';
import { UsageError } from './command.ts';
import { readInputFile } from './readInputFile.ts';

/** Largest image decoded, in pixels (a screenshot of a figure is far smaller). */
const MAX_PIXELS = 40_000_000;

/**
 * Reads a PNG or JPEG file (told apart by its first bytes) into RGBA pixels, as the page's canvas
 * gives them; the decoders (pngjs, jpeg-js) load only when an image is read.
 * Throws a `UsageError` naming the file when it cannot be read, is neither format, is damaged or
 * is larger than 40 megapixels.
 * @example const image = await readImage('figure.png'); // { width, height, data }
 */
export async function readImage(path: string): Promise<RgbaImage> {
  const bytes = await readInputFile(path);
  const png = bytes
    .subarray(0, 8)
    .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!png && !jpeg) throw new UsageError(`${path}: not a PNG or JPEG image`);
  try {
    if (png) {
      const { PNG } = await import('pngjs');
      const image = PNG.sync.read(bytes);
      if (image.width * image.height > MAX_PIXELS) throw new RangeError('too large');
      return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
    }
    const { decode } = await import('jpeg-js');
    const image = decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: MAX_PIXELS / 1e6,
    });
    return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `${path}: the ${png ? 'PNG' : 'JPEG'} image cannot be decoded (${detail})`,
    );
  }
}
