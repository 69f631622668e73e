import { imageKind } from '../../../io/imageKind.ts';
import { MAX_FIGURE_PIXELS } from '../../../engine/limits.ts';
import type { FigureImage } from '../../../state/figure/FigureDigitiser.svelte.ts';

/** Largest image file read (bytes): far above any screenshot of a figure. */
const MAX_FIGURE_BYTES = 50_000_000;

/**
 * Reads a PNG or JPEG figure (a file chosen, dropped or pasted) into pixels, flattened onto white
 * as it shows on a page; refuses, with a sentence naming the file, anything that is not PNG or
 * JPEG by its first bytes, that cannot be decoded, or that is too large. Runs in the page (it
 * needs `createImageBitmap` and a canvas).
 * Example: `const read = await readFigureFile(file); if (read.ok) digitiser.setImage(read.image);`
 */
export async function readFigureFile(
  file: Blob,
  name = (file as File).name || 'The pasted image',
): Promise<{ ok: true; image: FigureImage } | { ok: false; message: string }> {
  if (file.size > MAX_FIGURE_BYTES) {
    return {
      ok: false,
      message: `${name} is ${(file.size / 1e6).toFixed(0)} MB; a figure of at most ${MAX_FIGURE_BYTES / 1e6} MB is read.`,
    };
  }
  const kind = imageKind(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  if (kind === null) {
    const said = file.type ? ` (its type is ${file.type})` : '';
    return {
      ok: false,
      message: `${name} is not a PNG or JPEG image${said}. Save or screenshot the figure as PNG or JPEG; a points file goes under “Load points”.`,
    };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
  } catch {
    return {
      ok: false,
      message: `${name} starts like a ${kind.toUpperCase()} image but could not be decoded: the file may be damaged.`,
    };
  }
  const { width, height } = bitmap;
  if (width * height > MAX_FIGURE_PIXELS) {
    bitmap.close();
    return {
      ok: false,
      message: `${name} is ${width} × ${height} pixels; at most ${MAX_FIGURE_PIXELS.toLocaleString('en')} pixels are read. Crop it to the figure.`,
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return { ok: false, message: 'This browser cannot draw the image on a canvas.' };
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { ok: true, image: { name, pixels: context.getImageData(0, 0, width, height) } };
}
