/** A plain decimal number, with an optional exponent, as typed into a field. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number of a scenario as a form field shows it: four significant digits, no separators, so
 * that it reads back as a number; a value that is not a number (typed, and refused) as it is.
 * Example: `fieldText(0.55225928) === '0.5523'`, `fieldText(37) === '37'`.
 */
export function fieldText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value))
    return String(Number(value.toPrecision(4)));
  if (value === undefined || value === null) return '';
  return String(value);
}

/**
 * What a typed field puts into the scenario JSON: a number when it reads as one, nothing
 * (`undefined`, the key left out) when empty, else the text as typed, which the scenario's
 * check then names with what is allowed.
 * Example: `fieldValue(' 2.5 ') === 2.5`, `fieldValue('') === undefined`, `fieldValue('two') === 'two'`.
 */
export function fieldValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return DECIMAL.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/**
 * A list of numbers as a field shows it: each as `fieldText` writes it, comma-separated.
 * Example: `listText([1, 0.76214]) === '1, 0.7621'`.
 */
export function listText(value: unknown): string {
  return Array.isArray(value) ? value.map(fieldText).join(', ') : fieldText(value);
}

/**
 * What a typed list puts into the JSON: each comma-separated item as `fieldValue` reads it
 * (an empty item stays as typed, so the check names it); an empty field is an empty list.
 * Example: `listValue('1, 4') ` is `[1, 4]`.
 */
export function listValue(text: string): (number | string)[] {
  if (text.trim() === '') return [];
  return text.split(',').map((item) => fieldValue(item) ?? item);
}
