/** Word tokens of a sentence with their offsets, and the shape tests the extractors share. */
import { memoize } from './strings';
import { hasLetterOrDigit, skipSpace } from './scan';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True for words and numbers, false for punctuation. */
  word: boolean;
}

// Initialisms with dots ("U.S."), words with inner hyphens, apostrophes or ampersands,
// money and figures ("$200", "1,200.5"), then any other single non-space character.
// A word is one character at a time: a letter or digit, or a joiner followed by one (no nested
// quantifiers, so no backtracking blow-up on long runs).
// Every alternative starts with a character other than white space, and one of them matches at
// any such character: tokens are read where the white space ends, the pattern anchored there
// (sticky), so that no match object is made.
const TOKEN = /(?:\p{L}\.){2,}|\$?\d[\d,.]*\d(?:%)?|\$?\d%?|[\p{L}\p{N}](?:[\p{L}\p{N}]|[-&'’](?=[\p{L}\p{N}]))*|\S/uy;

const POSSESSIVE = /^(.+?)(['’]s)$/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (let at = skipSpace(slice, 0); at < slice.length; at = skipSpace(slice, TOKEN.lastIndex)) {
    TOKEN.lastIndex = at;
    TOKEN.test(slice);
    let t = slice.slice(at, TOKEN.lastIndex);
    let s = start + at;
    // Split a possessive ending off its word: "Globex’s" -> "Globex" + "’s".
    const poss = t.length > 2 && t.charCodeAt(t.length - 1) === 115 ? POSSESSIVE.exec(t) : null;
    if (poss && /\p{L}/u.test(poss[1])) {
      out.push(mk(poss[1], s));
      s += poss[1].length;
      t = poss[2];
    }
    out.push(mk(t, s));
  }
  return out;
}

function mk(text: string, start: number): Token {
  return { text, lower: text.toLowerCase(), start, end: start + text.length, word: hasLetterOrDigit(text) };
}

const LOWER_THEN_CAPITAL = /^\p{Ll}{1,2}\p{Lu}/u;

/** "Globex", "BlackRock", "xAI", "DoD", "U.S.": a word that can be part of a name. */
export function isNameLike(t: Token): boolean {
  if (!t.word) return false;
  const code = t.text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return LOWER_THEN_CAPITAL.test(t.text);
  const c = t.text.charAt(0);
  if (/\p{Lu}/u.test(c)) return true;
  // Lower-case initial with an inner capital: "xAI", "eBay", "iPhone".
  return LOWER_THEN_CAPITAL.test(t.text);
}

/** "NATO", "U.N.", "DoD", "MoD": capitals, with at most single lower-case letters between them. */
export function isAcronym(s: string): boolean {
  return /^(?:[A-Z]\.){2,}$/.test(s) || (/^[A-Z](?:[a-z]?[A-Z])+$/.test(s) && s.length <= 6);
}

export function isPossessive(t: Token | undefined): boolean {
  return !!t && (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’');
}

/** A light stemmer: enough to meet "refused" with "refusal", "threatens" with "threatened". */
export const stem: (word: string) => string = memoize((word) => stemUncached(word), 100_000);

/** Words whose ending only looks like an inflection. */
const KEEP_WHOLE = new Set(['news', 'series', 'species', 'family', 'italy', 'july', 'rally', 'tally', 'belly', 'jelly', 'fly', 'only', 'early', 'daily', 'weekly', 'monthly', 'yearly']);

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3 || KEEP_WHOLE.has(w)) return w;
  // Verbs in -ply ("supply", "apply") are not adverbs in -ly; their inflections fold to them.
  if (/ply$/.test(w)) return w;
  // Nouns in -is and -us ("analysis", "crisis", "status") are singular, not plurals in -s.
  if (/[iu]s$/.test(w)) return w;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'], [/ied$/, 'y'], [/(ss)es$/, '$1'], [/([^aeiou])es$/, '$1e'], [/([^s])s$/, '$1'],
    [/ingly$/, ''], [/edly$/, ''], [/ing$/, ''], [/ed$/, ''], [/al$/, ''], [/ment$/, ''], [/ly$/, ''],
  ];
  for (const [re, rep] of rules) {
    if (re.test(w) && w.replace(re, rep).length >= 3) { w = w.replace(re, rep); break; }
  }
  return w.replace(/e$/, '').replace(/([^aeiou])\1$/, '$1');
}
