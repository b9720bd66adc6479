/**
 * The inverted index of the claim index: for each feature number, the numbers of the claims
 * that have it, kept in integer arrays (a corpus has millions of postings).
 */

/** The numbers of the claims that have one feature, in no particular order: the first `size` of `ids`. */
export class Posting {
  ids: Int32Array;
  size = 0;

  constructor(room = 2) { this.ids = new Int32Array(room); }

  /** Room for `n` more numbers. */
  reserve(n: number): void {
    if (this.size + n <= this.ids.length) return;
    const grown = new Int32Array(this.size + n);
    grown.set(this.ids.subarray(0, this.size));
    this.ids = grown;
  }

  add(k: number): void {
    if (this.size === this.ids.length) {
      const grown = new Int32Array(Math.max(2, this.size * 2));
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.size++] = k;
  }

  /** Keeps the numbers `keep` accepts, in their order; the array shrinks when mostly empty. */
  keep(keep: (k: number) => boolean): void {
    let n = 0;
    for (let i = 0; i < this.size; i++) if (keep(this.ids[i])) this.ids[n++] = this.ids[i];
    this.size = n;
    if (n * 4 < this.ids.length) this.ids = this.ids.slice(0, Math.max(2, n * 2));
  }
}

/** Feature number -> its posting (undefined: no claim has it). */
export class Postings {
  readonly of: (Posting | undefined)[] = [];

  /** How many claims have feature `f`. */
  size(f: number): number {
    return this.of[f]?.size ?? 0;
  }

  /** Posts one claim under each of its features. */
  add(k: number, features: ArrayLike<number>): void {
    for (let i = 0; i < features.length; i++) (this.of[features[i]] ??= new Posting()).add(k);
  }

  /**
   * Posts many claims at once, each posting grown once for all of them. `featuresOf(k)` gives a
   * claim's features; `featureCount` is how many features are numbered.
   */
  addAll(ids: readonly number[], featuresOf: (k: number) => ArrayLike<number>, featureCount: number): void {
    const counts = new Int32Array(featureCount);
    for (const k of ids) { const fs = featuresOf(k); for (let i = 0; i < fs.length; i++) counts[fs[i]]++; }
    for (let f = 0; f < counts.length; f++) if (counts[f]) (this.of[f] ??= new Posting(0)).reserve(counts[f]);
    for (const k of ids) { const fs = featuresOf(k); for (let i = 0; i < fs.length; i++) this.of[fs[i]]!.add(k); }
  }

  /** Sweeps the postings of `features` once for the claims `live` no longer accepts. */
  sweep(features: Iterable<number>, live: (k: number) => boolean): void {
    for (const f of features) {
      const p = this.of[f];
      if (!p) continue;
      p.keep(live);
      if (!p.size) this.of[f] = undefined;
    }
  }
}
