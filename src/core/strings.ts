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
