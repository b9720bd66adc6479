/**
 * The claims of the claim index, numbered, with what linking reads of them kept in columns by
 * claim number: a corpus has hundreds of thousands of claims, and objects per claim would take
 * several times the memory. A removed claim's number is free for the next claim added.
 */
import type { PassageRef } from '../schema';
import { NO_STRINGS } from '../strings';

/** Integer columns, one slot per claim number. */
const INT_COLUMNS = ['doc', 'outlet', 'start', 'end', 'stance', 'predicate', 'termCount', 'featureAt', 'featureCount'] as const;
type IntColumn = typeof INT_COLUMNS[number];

/** What a claim is for the table: its passage, its document and outlet, and what is compared but its features. */
export interface ClaimRow extends PassageRef {
  doc: string;
  outlet: string;
  figures: string[];
  stance?: string;
  stanceOf: string[];
  predicate?: string;
  /** A general statement of how things usually are, not the report of an event. */
  generic?: boolean;
}

/** A claim as it is given to the claim index. */
export interface LinkClaim extends ClaimRow {
  terms: string[];
  actors: string[];
}

export const claimKey = (c: { uri: string; start: number }) => `${c.uri}#${c.start}`;

export class ClaimTable {
  /**
   * doc, outlet, stance and predicate are numbers in `labels` (-1: none; doc -1: no claim);
   * a claim's features (feature numbers, ascending, without repeats) are `featureCount` numbers
   * of `pool` from `featureAt`.
   */
  readonly int: Record<IntColumn, Int32Array> = Object.fromEntries(INT_COLUMNS.map((c) => [c, new Int32Array(0)])) as Record<IntColumn, Int32Array>;
  /** claim number -> is it a general statement; has it a term with an opposite (OPPOSITE_TERMS)? */
  generic = new Uint8Array(0);
  opposable = new Uint8Array(0);
  /** claim number -> its figures and the actors taking its stance, as given (mostly one shared empty list). */
  readonly figures: string[][] = [];
  readonly stanceOf: string[][] = [];
  /** How many claim numbers have been given (the columns' used length). */
  slots = 0;
  pool = new Int32Array(1024);
  private poolUsed = 0;
  private poolLive = 0;
  readonly free: number[] = [];
  /** How many claims are in. */
  count = 0;
  /** Document uris, outlets, stances and predicates, numbered. */
  private readonly labelIds = new Map<string, number>();
  readonly labels: string[] = [];
  /** claim number -> its passage's uri, for the claims whose passage is not in the document they were added with. */
  private readonly strayUris = new Map<number, string>();
  /** claim key -> claim number, for the same claims. */
  private readonly strays = new Map<string, number>();
  /** Document uri -> the numbers of its claims. */
  readonly byDoc = new Map<string, number[]>();
  /** Counts the changes, so that what is computed from the whole table knows when to be computed again. */
  changes = 0;

  private label(s: string): number {
    let n = this.labelIds.get(s);
    if (n === undefined) { n = this.labels.push(s) - 1; this.labelIds.set(s, n); }
    return n;
  }

  /** Is claim number `k` in? */
  has(k: number): boolean {
    return this.int.doc[k] >= 0;
  }

  uriOf(k: number): string {
    // Most corpora have no strays: no lookup for them then (this is read in every comparison of keys).
    return (this.strayUris.size ? this.strayUris.get(k) : undefined) ?? this.labels[this.int.doc[k]];
  }

  keyOf(k: number): string {
    return `${this.uriOf(k)}#${this.int.start[k]}`;
  }

  /** The passage of a claim. */
  ref(k: number): PassageRef {
    return { uri: this.uriOf(k), start: this.int.start[k], end: this.int.end[k] };
  }

  /**
   * Orders two claims as their keys (uri#start) order as strings, without making the keys:
   * links name their passages in this order, and ties between candidates are broken by it.
   */
  compareKeys(a: number, b: number): number {
    const ua = this.uriOf(a);
    const ub = this.uriOf(b);
    if (ua === ub) {
      const sa = this.int.start[a];
      const sb = this.int.start[b];
      if (sa === sb) return 0;
      const x = String(sa);
      const y = String(sb);
      return x < y ? -1 : 1;
    }
    // One uri the beginning of the other: the character after it decides, which may be the '#'.
    if (ub.startsWith(ua) || ua.startsWith(ub)) { const x = this.keyOf(a); const y = this.keyOf(b); return x < y ? -1 : x > y ? 1 : 0; }
    return ua < ub ? -1 : 1;
  }

  /** A claim's features, in the pool. */
  featuresOf(k: number): Int32Array {
    const at = this.int.featureAt[k];
    return this.pool.subarray(at, at + this.int.featureCount[k]);
  }

  /** The number of the claim with this key: found among its document's claims (or the strays). */
  idOf(key: string): number | undefined {
    const at = key.lastIndexOf('#');
    const uri = at < 0 ? undefined : key.slice(0, at);
    const nums = uri === undefined ? undefined : this.byDoc.get(uri);
    if (nums) {
      const start = Number(key.slice(at + 1));
      for (let i = nums.length - 1; i >= 0; i--) {
        const k = nums[i];
        if (this.int.doc[k] >= 0 && this.int.start[k] === start && this.uriOf(k) === uri && String(start) === key.slice(at + 1)) return k;
      }
    }
    return this.strays.get(key);
  }

  /**
   * Numbers a claim of document `uri` with its features (`opposable`: has it a term with an
   * opposite) and fills its columns.
   */
  add(uri: string, c: LinkClaim, fs: readonly number[], opposable: boolean): number {
    const n = this.int;
    const k = this.newClaim();
    this.poolRoom(fs.length);
    this.pool.set(fs, this.poolUsed);
    n.featureAt[k] = this.poolUsed;
    n.featureCount[k] = fs.length;
    this.poolUsed += fs.length;
    this.poolLive += fs.length;
    n.doc[k] = this.label(c.doc);
    n.outlet[k] = this.label(c.outlet);
    n.start[k] = c.start;
    n.end[k] = c.end;
    n.stance[k] = c.stance === undefined ? -1 : this.label(c.stance);
    n.predicate[k] = c.predicate === undefined ? -1 : this.label(c.predicate);
    n.termCount[k] = c.terms.length;
    this.generic[k] = c.generic ? 1 : 0;
    this.opposable[k] = opposable ? 1 : 0;
    this.figures[k] = c.figures.length ? c.figures : NO_STRINGS;
    this.stanceOf[k] = c.stanceOf.length ? c.stanceOf : NO_STRINGS;
    if (c.uri !== c.doc) this.strayUris.set(k, c.uri);
    if (c.uri !== uri) this.strays.set(claimKey(c), k);
    this.count++;
    return k;
  }

  /** Empties claim `k` of document `uri`; its number is freed by `release`, once its postings are swept. */
  remove(uri: string, k: number): void {
    if (this.uriOf(k) !== uri) this.strays.delete(this.keyOf(k));
    this.strayUris.delete(k);
    this.poolLive -= this.int.featureCount[k];
    this.int.doc[k] = -1;
    this.int.featureCount[k] = 0;
    this.figures[k] = NO_STRINGS;
    this.stanceOf[k] = NO_STRINGS;
    this.count--;
  }

  /** Frees the numbers of removed claims for the next claims added. */
  release(gone: readonly number[]): void {
    this.free.push(...gone);
  }

  /** Claim `k` at new offsets (its uri the same, `key` its new key). */
  move(k: number, c: PassageRef, key: string, uri: string): void {
    if (c.uri !== uri) { this.strays.delete(this.keyOf(k)); this.strays.set(key, k); }
    this.int.start[k] = c.start;
    this.int.end[k] = c.end;
  }

  /** What a claim is for linking, as a string: equal for two claims that link alike. */
  signature(c: ClaimRow, termCount: number, features: ArrayLike<number>): string {
    return JSON.stringify([c.uri, c.doc, c.outlet, Array.from(features), termCount, c.figures, c.stance ?? null, c.stanceOf, c.predicate ?? null, !!c.generic]);
  }

  signatureOfClaim(k: number): string {
    const n = this.int;
    const opt = (x: number) => (x < 0 ? undefined : this.labels[x]);
    return this.signature({
      uri: this.uriOf(k), start: n.start[k], end: n.end[k], doc: this.labels[n.doc[k]], outlet: this.labels[n.outlet[k]],
      figures: this.figures[k], stance: opt(n.stance[k]), stanceOf: this.stanceOf[k], predicate: opt(n.predicate[k]), generic: !!this.generic[k],
    }, n.termCount[k], this.featuresOf(k));
  }

  /** A free claim number, the columns grown when none is free. */
  private newClaim(): number {
    if (this.free.length) return this.free.pop()!;
    const k = this.slots++;
    if (k >= this.generic.length) this.growColumns(Math.max(1024, Math.ceil(this.generic.length * 1.5)));
    return k;
  }

  private growColumns(size: number): void {
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(size); b.set(a); return b; };
    for (const c of INT_COLUMNS) this.int[c] = grow(this.int[c], (n) => new Int32Array(n));
    this.generic = grow(this.generic, (n) => new Uint8Array(n));
    this.opposable = grow(this.opposable, (n) => new Uint8Array(n));
  }

  /** Room for `claims` more claims and `features` more feature numbers. */
  reserve(claims: number, features: number): void {
    const size = this.slots + claims;
    if (size > this.generic.length) this.growColumns(size);
    if (this.poolUsed + features > this.pool.length) {
      const grown = new Int32Array(this.poolUsed + features);
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
  }

  /** Room for `n` more feature numbers in the pool: compacted when mostly holes, else grown. */
  private poolRoom(n: number): void {
    if (this.poolUsed + n <= this.pool.length) return;
    if (this.poolLive * 2 < this.poolUsed) {
      const packed = new Int32Array(Math.max(1024, Math.ceil((this.poolLive + n) * 1.5)));
      let at = 0;
      for (let k = 0; k < this.slots; k++) {
        if (this.int.doc[k] < 0) continue;
        packed.set(this.featuresOf(k), at);
        this.int.featureAt[k] = at;
        at += this.int.featureCount[k];
      }
      this.pool = packed;
      this.poolUsed = at;
      if (this.poolUsed + n <= this.pool.length) return;
    }
    const grown = new Int32Array(Math.max(1024, Math.ceil((this.poolUsed + n) * 1.5)));
    grown.set(this.pool.subarray(0, this.poolUsed));
    this.pool = grown;
  }
}
