import { pngWithDpi } from './pngDpi';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The fonts of an exported chart: ones every system has or substitutes (Helvetica's metrics in
 * Arial, Liberation Sans and Nimbus Sans), then the generic family, and no web font; so a file
 * opened in a browser, Inkscape, Illustrator or a journal's system shows the same text.
 */
export const EXPORT_FONT = 'Helvetica, Arial, "Liberation Sans", "Nimbus Sans", sans-serif';

/**
 * Serialises a chart's `<svg>` as a standalone SVG file (XML declaration, namespace, size, the
 * portable `EXPORT_FONT`); the charts draw with presentation attributes only, so no page CSS is
 * needed. Elements marked `data-export="skip"` (the keyboard focus ring, hover highlights, brush
 * handles) are left out. Browser only.
 * Example: `new Blob([svgToString(svg)], { type: 'image/svg+xml' })`.
 */
export function svgToString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  const { width, height } = size(svg);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  clone.setAttribute('font-family', EXPORT_FONT);
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  for (const el of clone.querySelectorAll('[data-export="skip"]')) el.remove();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/**
 * Rasterises a chart's `<svg>` to a PNG at `scale` times its size (2 for the screen), or, given
 * `dpi`, at that resolution for print (a CSS pixel is 1/96 inch, so 300 dpi is 3.125 times its
 * size) with the resolution written in the file. Through an image loaded from a data URL and a
 * canvas. Browser only; rejects when the image fails to load.
 * Example: `const png = await svgToPngBlob(svg, { dpi: 300 })`.
 */
export async function svgToPngBlob(
  svg: SVGSVGElement,
  options: { scale?: number; dpi?: number } = {},
): Promise<Blob> {
  const scale = options.dpi ? options.dpi / 96 : (options.scale ?? 1);
  const { width, height } = size(svg);
  const image = new Image();
  image.width = width;
  image.height = height;
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgToString(svg))}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas available');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  if (!options.dpi) return blob;
  const bytes = pngWithDpi(new Uint8Array(await blob.arrayBuffer()), options.dpi);
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}

/** The chart's intrinsic size: its viewBox, else its width and height attributes. */
function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  return {
    width: Number(svg.getAttribute('width')) || svg.clientWidth || 800,
    height: Number(svg.getAttribute('height')) || svg.clientHeight || 600,
  };
}
