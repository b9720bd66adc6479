/**
 * Word scanning without regular-expression match objects: the extractors walk every clause's
 * words several times, and a match object per word was most of what extraction allocated.
 * Each scanner finds exactly what the regular expression in its comment finds, code point by
 * code point as with the `u` flag.
 */

/** A class of characters: the code points a Unicode-aware pattern of one character accepts. */
class CharClass {
  /** For each code unit of the Basic Multilingual Plane: 0 not yet known, 1 in the class, 2 not. */
  private readonly bmp = new Uint8Array(0x10000);

  constructor(private readonly pattern: RegExp) {}

  has(cp: number): boolean {
    if (cp < 0x10000) {
      let v = this.bmp[cp];
      if (!v) { v = this.pattern.test(String.fromCharCode(cp)) ? 1 : 2; this.bmp[cp] = v; }
      return v === 1;
    }
    return this.pattern.test(String.fromCodePoint(cp));
  }
}

const LETTER = new CharClass(/^\p{L}$/u);
const LETTER_OR_DIGIT = new CharClass(/^[\p{L}\p{N}]$/u);
const UPPER = new CharClass(/^\p{Lu}$/u);
const SPACE = new CharClass(/^\s$/u);
const LETTER_OR_APOSTROPHE = new CharClass(/^[\p{L}'’]$/u);

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Is the character at `at` a letter or digit? */
export function isLetterOrDigitAt(text: string, at: number): boolean {
  return LETTER_OR_DIGIT.has(text.codePointAt(at)!);
}

/** The offset of the first character at or after `from` that is not white space (\s), or the length. */
export function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!SPACE.has(cp)) break;
    i += width(cp);
  }
  return i;
}

/** Has the text a letter or a digit (/[\p{L}\p{N}]/u)? */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (LETTER_OR_DIGIT.has(cp)) return true;
    i += width(cp);
  }
  return false;
}

/** Does the text at `at` start with an upper-case letter (/^\p{Lu}/u)? */
export function isUpperAt(text: string, at: number): boolean {
  return at < text.length && UPPER.has(text.codePointAt(at)!);
}

/** Each run of letters and digits, as /[\p{L}\p{N}]+/gu finds them: `each(start, end)`. */
export function forEachWordRun(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if (!LETTER_OR_DIGIT.has(cp)) { i += width(cp); continue; }
    let j = i + width(cp);
    while (j < n) {
      const c = text.codePointAt(j)!;
      if (!LETTER_OR_DIGIT.has(c)) break;
      j += width(c);
    }
    each(i, j);
    i = j;
  }
}

/** Is `c` a letter, a digit, an apostrophe, a right single quotation mark or a hyphen? */
const isTermPart = (c: number) => c === 39 || c === 0x2019 || c === 45 || LETTER_OR_DIGIT.has(c);

/**
 * Each term-like word, as /[\p{L}][\p{L}\p{N}'’-]*\/gu finds them (a letter, then letters,
 * digits, apostrophes and hyphens): `each(start, end)`.
 */
export function forEachTermWord(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if (!LETTER.has(cp)) { i += width(cp); continue; }
    let j = i + width(cp);
    while (j < n) {
      const c = text.codePointAt(j)!;
      if (!isTermPart(c)) break;
      j += width(c);
    }
    each(i, j);
    i = j;
  }
}

/**
 * Which of the word lists have a word of the text, the words read as /[\p{L}'’]+/gu reads
 * them: bit i of the result is set when a word is in `lists[i]`.
 */
export function wordsInLists(text: string, lists: readonly ReadonlySet<string>[]): number {
  let found = 0;
  const all = (1 << lists.length) - 1;
  const n = text.length;
  let i = 0;
  while (i < n && found !== all) {
    const cp = text.codePointAt(i)!;
    if (!LETTER_OR_APOSTROPHE.has(cp)) { i += width(cp); continue; }
    let j = i + width(cp);
    while (j < n) {
      const c = text.codePointAt(j)!;
      if (!LETTER_OR_APOSTROPHE.has(c)) break;
      j += width(c);
    }
    const w = text.slice(i, j);
    for (let k = 0; k < lists.length; k++) if (lists[k].has(w)) found |= 1 << k;
    i = j;
  }
  return found;
}

/** Does the text start with a letter (/^\p{L}/u)? */
export function startsWithLetter(text: string): boolean {
  return text.length > 0 && LETTER.has(text.codePointAt(0)!);
}
