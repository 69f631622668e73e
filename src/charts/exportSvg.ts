const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Serialises a chart's `<svg>` as a standalone SVG file (XML declaration, namespace, size);
 * the charts draw with presentation attributes only, so no page CSS is needed. Elements marked
 * `data-export="skip"` (the keyboard focus ring) are left out. Browser only.
 * Example: `new Blob([svgToString(svg)], { type: 'image/svg+xml' })`.
 */
export function svgToString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  const { width, height } = size(svg);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  for (const el of clone.querySelectorAll('[data-export="skip"]')) el.remove();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/**
 * Rasterises a chart's `<svg>` to a PNG at `scale` times its size (2 for print), through an
 * image loaded from a data URL and a canvas. Browser only; rejects when the image fails to load.
 * Example: `const png = await svgToPngBlob(svg, { scale: 2 })`.
 */
export async function svgToPngBlob(
  svg: SVGSVGElement,
  options: { scale?: number } = {},
): Promise<Blob> {
  const scale = options.scale ?? 1;
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
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
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
