/**
 * Colours of every chart, from the Okabe–Ito palette, which stays distinct under the common
 * colour-vision deficiencies and on a projector; shapes always carry the meaning as well.
 * Example: `<rect fill={palette.inResponse} />`.
 */
export const palette = {
  ink: '#222222',
  muted: '#666666',
  grid: '#e2e2e2',
  beforeResponse: '#c4c4c4',
  inResponse: '#0072b2',
  afterLoss: '#e69f00',
  cr: '#009e73',
  loss: '#d55e00',
  death: '#000000',
  gcHalved: '#cc79a7',
  feverResolved: '#56b4e9',
  sae: '#d55e00',
  band: '#0072b2',
  interval: '#f0e442',
  observed: '#d55e00',
  exact: '#000000',
  selected: '#fff2a8',
  focus: '#0072b2',
} as const;

/** Font settings written on each chart's root `<svg>` so exported files look the same. */
export const font = {
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  size: 13,
} as const;

/**
 * Colours of groups drawn together (subgroup curves, competing causes), in order: Okabe–Ito hues
 * that stay apart in greyscale too; a chart with more groups repeats them with a dash pattern.
 * Example: `groupColours[i % groupColours.length]`.
 */
export const groupColours = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
  '#f0e442',
] as const;
