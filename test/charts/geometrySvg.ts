import type { IncidenceGeometry } from '../../src/charts/km/incidenceGeometry';
import type { MultiKmGeometry } from '../../src/charts/km/multiKmGeometry';

/**
 * Plain SVG drawings of the new Kaplan–Meier geometries, for snapshot tests until their Svelte
 * marks exist: every coordinate comes from the geometry as it is, one element per line.
 */
const svg = (width: number, height: number, body: string[]) =>
  [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-size="13">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');

/** A legend swatch (a line, dashed when asked) and its label. */
const legendEntry = (
  e: { x: number; y: number; label: string; colour: string },
  dash: string | null,
) =>
  `<line x1="${e.x}" x2="${e.x + 16}" y1="${e.y}" y2="${e.y}" stroke="${e.colour}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>\n<text x="${e.x + 22}" y="${e.y}">${e.label}</text>`;

export function multiKmSvg(g: MultiKmGeometry): string {
  const { margin } = g.frame;
  return svg(
    g.frame.width,
    g.frame.height,
    [
      ...g.legend.map((e) => legendEntry(e, e.dash)),
      `<g transform="translate(${margin.left},${margin.top})">`,
      ...g.series.flatMap((s) => [
        s.band ? `<path d="${s.band}" fill="${s.colour}" fill-opacity="0.15"/>` : '',
        `<path d="${s.steps}" fill="none" stroke="${s.colour}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
        ...s.censors.map(
          (c) =>
            `<line x1="${c.x}" x2="${c.x}" y1="${c.y - 5}" y2="${c.y + 5}" stroke="${s.colour}"/>`,
        ),
      ]),
      ...g.breaks.map(
        (t) =>
          `<text x="${Math.round(g.frame.x(t) * 100) / 100}" y="${g.frame.y(0) + 18}">${t}</text>`,
      ),
      ...g.table.headings.map((h) => `<text x="-60" y="${g.table.top + h.y}">${h.group}</text>`),
      ...g.table.lines.flatMap((l) => [
        `<text x="-56" y="${g.table.top + l.y}">${l.label}</text>`,
        ...l.cells.map((c) => `<text x="${c.x}" y="${g.table.top + l.y}">${c.text}</text>`),
      ]),
      '</g>',
    ].filter((line) => line !== ''),
  );
}

export function incidenceSvg(g: IncidenceGeometry): string {
  const { margin } = g.frame;
  return svg(
    g.frame.width,
    g.frame.height,
    [
      ...g.legend.map((e) => legendEntry(e, e.kind === 'naive' ? '4 3' : null)),
      `<g transform="translate(${margin.left},${margin.top})">`,
      ...g.areas.map((a) => `<path d="${a.path}" fill="${a.colour}" fill-opacity="0.5"/>`),
      ...g.panels.flatMap((p) => [
        `<g transform="translate(${p.offset},0)">`,
        p.band ? `<path d="${p.band}" fill="${p.colour}" fill-opacity="0.15"/>` : '',
        `<path d="${p.steps}" fill="none" stroke="${p.colour}"/>`,
        p.naive
          ? `<path d="${p.naive}" fill="none" stroke="${p.colour}" stroke-dasharray="4 3"/>`
          : '',
        '</g>',
      ]),
      '</g>',
    ].filter((line) => line !== ''),
  );
}
