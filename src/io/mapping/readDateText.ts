import type { DateFormat } from './columnMapping.ts';

const PATTERNS: Record<DateFormat, RegExp> = {
  'YYYY-MM-DD': /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  'DD/MM/YYYY': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  'MM/DD/YYYY': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  'DD.MM.YYYY': /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
};

const pad = (n: string): string => n.padStart(2, '0');

/**
 * Rewrites a date written in `format` as ISO 8601 (`YYYY-MM-DD`) for the date readers, which
 * then check it is a real date; text in another shape is returned as it is (and refused there).
 * @example readDateText('05/01/2024', 'DD/MM/YYYY') // '2024-01-05'
 */
export function readDateText(cell: unknown, format: DateFormat): unknown {
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const match = PATTERNS[format].exec(text);
  if (match === null) return cell;
  const [, a, b, c] = match;
  if (format === 'YYYY-MM-DD') return `${a}-${pad(b)}-${pad(c)}`;
  if (format === 'MM/DD/YYYY') return `${c}-${pad(a)}-${pad(b)}`;
  return `${c}-${pad(b)}-${pad(a)}`;
}
