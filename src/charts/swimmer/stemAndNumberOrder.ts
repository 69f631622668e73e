import { orderByKeys } from './orderByKeys';

/** Significant digits a double holds exactly. */
const EXACT_DIGITS = 15;
/** Longer digit runs inside a stem are left to the collator (it splits very long numbers). */
const STEM_DIGITS = 200;
/** Where number tokens go in a stem's key: characters below it sort before any number. */
type Weights = { weight: Int32Array; number: number };

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The collator's primary weight of each printable ASCII character other than a digit, as a small
 * integer (1 up; 0 for a character it cannot place), and the weight of a number token: read
 * from the collator itself, so the order of letters and punctuation is the collator's own.
 */
function asciiWeights(collator: Intl.Collator): Weights {
  const chars: string[] = [];
  for (let c = 0x20; c < 0x7f; c++) if (!isDigit(c)) chars.push(String.fromCharCode(c));
  chars.sort((a, b) => collator.compare(a, b));
  const weight = new Int32Array(0x7f);
  let w = 0;
  let number = 0;
  chars.forEach((ch, i) => {
    const vsDigit = collator.compare(ch, '0');
    if (vsDigit > 0 && number === 0) number = ++w;
    if (i === 0 || collator.compare(chars[i - 1], ch) !== 0) w++;
    // A character the collator ignores, or finds equal to a digit, is left to the collator.
    if (vsDigit !== 0 && collator.compare(ch, '') !== 0) weight[ch.charCodeAt(0)] = w;
  });
  if (number === 0) number = ++w;
  return { weight, number };
}

/**
 * A stem's key: one character per letter or punctuation mark (its weight), and for a digit run
 * the number token's weight, its length without leading zeros and those digits, so that keys
 * compare as the collator compares the stems. `null` when a character is outside printable
 * ASCII or a digit run is very long.
 */
function stemKey(stem: string, { weight, number }: Weights): string | null {
  let key = '';
  for (let i = 0; i < stem.length;) {
    const c = stem.charCodeAt(i);
    if (isDigit(c)) {
      let end = i;
      while (end < stem.length && isDigit(stem.charCodeAt(end))) end++;
      if (end - i > STEM_DIGITS) return null;
      while (i < end - 1 && stem.charCodeAt(i) === 48) i++;
      key += String.fromCharCode(number, 1 + end - i) + stem.slice(i, end);
      i = end;
      continue;
    }
    if (c < 0x20 || c >= 0x7f || weight[c] === 0) return null;
    key += String.fromCharCode(weight[c]);
    i++;
  }
  return key;
}

/**
 * The natural order of ids (`Intl.Collator` with `numeric`, base sensitivity, then UTF-16 code
 * units, then input order) for the common shapes of patient ids: printable ASCII, a stem of
 * letters, punctuation and digits, then a number of up to 15 significant digits or none
 * ("P0012", "site 3-017", "HLH-A"). It orders by stem, then by number, then by the ids' code
 * units, sorting typed arrays of integers (`orderByKeys`) rather than calling the collator a
 * million times. Returns `null`, to be ordered with the collator, for any other id, and when a
 * stem is followed in another stem by something that sorts before a number (there the
 * comparison would reach past the stem).
 * Example: `stemAndNumberOrder(['P10', 'p2', 'P02'], collator)` is `[2, 1, 0]`.
 */
export function stemAndNumberOrder(
  ids: readonly string[],
  collator: Intl.Collator,
): Uint32Array | null {
  const n = ids.length;
  const stemOf = new Float64Array(n);
  const numberOf = new Float64Array(n);
  const stems = new Map<string, number>();
  let previous = '';
  let previousIndex = -1;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    let start = id.length;
    while (start > 0 && isDigit(id.charCodeAt(start - 1))) start--;
    let first = start;
    while (first < id.length - 1 && id.charCodeAt(first) === 48) first++;
    if (id.length - first > EXACT_DIGITS) return null;
    let value = start === id.length ? -1 : 0;
    for (let k = first; k < id.length; k++) value = value * 10 + id.charCodeAt(k) - 48;
    numberOf[i] = value;
    if (previousIndex < 0 || start !== previous.length || !id.startsWith(previous)) {
      previous = id.slice(0, start);
      let index = stems.get(previous);
      if (index === undefined) stems.set(previous, (index = stems.size));
      previousIndex = index;
    }
    stemOf[i] = previousIndex;
  }

  const weights = asciiWeights(collator);
  const keys: string[] = [];
  for (const stem of stems.keys()) {
    const key = stemKey(stem, weights);
    if (key === null) return null;
    keys.push(key);
  }
  const sorted = [...new Set(keys)].sort();
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1], sorted[k]];
    if (b.startsWith(a) && b.charCodeAt(a.length) <= weights.number) return null;
  }
  const place = new Map(sorted.map((key, k) => [key, k]));
  const rankOfStem = keys.map((key) => place.get(key)!);
  for (let i = 0; i < n; i++) stemOf[i] = rankOfStem[stemOf[i]];

  const order = orderByKeys([stemOf, numberOf]);
  // Ids with the same stem key and number differ only in case or leading zeros: by code units.
  for (let j = 0; j < n;) {
    let end = j + 1;
    const [s, v] = [stemOf[order[j]], numberOf[order[j]]];
    while (end < n && stemOf[order[end]] === s && numberOf[order[end]] === v) end++;
    if (end - j > 1) {
      const run = Array.from(order.subarray(j, end)).sort((a, b) =>
        ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b,
      );
      order.set(run, j);
    }
    j = end;
  }
  return order;
}
