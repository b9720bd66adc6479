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
const LETTER_OR_APOSTROPHE = new CharClass(/^[\p{L}'’]$/u);
const TERM_PART = new CharClass(/^[\p{L}\p{N}'’-]$/u);
const UPPER = new CharClass(/^\p{Lu}$/u);
const SPACE = new CharClass(/^\s$/u);

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Where the run of `part` characters that starts at `from` ends. */
function runEnd(text: string, from: number, part: CharClass): number {
  let j = from;
  while (j < text.length) {
    const c = text.codePointAt(j)!;
    if (!part.has(c)) break;
    j += width(c);
  }
  return j;
}

/**
 * Each run of a `first` character followed by `part` characters, as /first part*\/gu finds
 * them: `each(start, end)`, which may return false to stop.
 */
function forEachRun(text: string, first: CharClass, part: CharClass, each: (start: number, end: number) => boolean | void): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!first.has(cp)) { i += width(cp); continue; }
    const j = runEnd(text, i + width(cp), part);
    if (each(i, j) === false) return;
    i = j;
  }
}

/** The offset of the first character at or after `from` that is not white space (\s), or the length. */
export function skipSpace(text: string, from: number): number {
  return runEnd(text, from, SPACE);
}

/** Has the text a letter or a digit (/[\p{L}\p{N}]/u)? */
export function hasLetterOrDigit(text: string): boolean {
  let found = false;
  forEachRun(text, LETTER_OR_DIGIT, LETTER_OR_DIGIT, () => { found = true; return false; });
  return found;
}

/** Does the text at `at` start with an upper-case letter (/^\p{Lu}/u)? */
export function isUpperAt(text: string, at: number): boolean {
  return at < text.length && UPPER.has(text.codePointAt(at)!);
}

/** Does the text start with a letter (/^\p{L}/u)? */
export function startsWithLetter(text: string): boolean {
  return text.length > 0 && LETTER.has(text.codePointAt(0)!);
}

/** Each run of letters and digits, as /[\p{L}\p{N}]+/gu finds them: `each(start, end)`. */
export function forEachWordRun(text: string, each: (start: number, end: number) => void): void {
  forEachRun(text, LETTER_OR_DIGIT, LETTER_OR_DIGIT, each);
}

/**
 * Each term-like word, as /[\p{L}][\p{L}\p{N}'’-]*\/gu finds them (a letter, then letters,
 * digits, apostrophes and hyphens): `each(start, end)`.
 */
export function forEachTermWord(text: string, each: (start: number, end: number) => void): void {
  forEachRun(text, LETTER, TERM_PART, each);
}

/**
 * Which of the word lists have a word of the text, the words read as /[\p{L}'’]+/gu reads
 * them: bit i of the result is set when a word is in `lists[i]`.
 */
export function wordsInLists(text: string, lists: readonly ReadonlySet<string>[]): number {
  let found = 0;
  const all = (1 << lists.length) - 1;
  forEachRun(text, LETTER_OR_APOSTROPHE, LETTER_OR_APOSTROPHE, (i, j) => {
    const w = text.slice(i, j);
    for (let k = 0; k < lists.length; k++) if (lists[k].has(w)) found |= 1 << k;
    return found !== all;
  });
  return found;
}
