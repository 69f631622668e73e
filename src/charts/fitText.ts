/**
 * Shortens a label with an ellipsis so it fits `width` pixels at about `charWidth` pixels per
 * character (an estimate: nothing can be measured in Node). Example: `fitText('abcdef', 40, 10) === 'abc…'`.
 */
export function fitText(text: string, width: number, charWidth = 9): string {
  const room = Math.floor(width / charWidth);
  if (text.length <= room) return text;
  return `${text.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

/** Estimated pixels per character of a chart title (16 px, semi-bold, wide sans fonts). */
export const TITLE_CHAR_WIDTH = 10.5;
