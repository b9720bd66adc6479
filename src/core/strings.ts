/**
 * A pool of strings: one shared copy of each string that recurs (names, terms, ids), so that
 * equal strings made in different places (often in other threads) take memory once. Bounded:
 * past its limit the pool starts afresh, which costs sharing, never correctness.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(private readonly limit: number) {}

  /** The pool's copy of `s`. */
  readonly share = (s: string): string => {
    const n = this.strings.get(s);
    if (n !== undefined) return n;
    if (this.strings.size >= this.limit) this.strings.clear();
    this.strings.set(s, s);
    return s;
  };
}

/** The one empty list that many records share: frozen, so that adding to it fails loudly. */
export const NO_STRINGS = Object.freeze([]) as unknown as string[];

/**
 * The same string stored one byte per character when every character fits: a piece cut from a
 * text that has any character past U+00FF anywhere (a curly quotation mark) is otherwise kept,
 * and copied to other threads, at two bytes per character.
 */
export function narrow(s: string): string {
  return WIDE.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1');
}
const WIDE = /[^\u0000-\u00ff]/;

/**
 * A string function that remembers its results (words and names recur across documents).
 * Bounded: past `limit` remembered inputs it starts afresh.
 */
export function memoize(fn: (s: string) => string, limit: number): (s: string) => string {
  const seen = new Map<string, string>();
  return (s: string) => {
    let r = seen.get(s);
    if (r === undefined) {
      r = fn(s);
      if (seen.size >= limit) seen.clear();
      seen.set(s, r);
    }
    return r;
  };
}
