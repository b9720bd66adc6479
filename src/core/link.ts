/**
 * Finds, for each claim, the passages in other documents that assert the same proposition, and
 * the ones that contradict it. The index is incremental: a document's claims are added or
 * removed on their own. Candidates come from an inverted index probed with each claim's rarest
 * features only (prefix filtering: a pair worth linking shares at least one of them), so the
 * work grows with the number of plausible pairs, not with all pairs; each candidate is then
 * scored exactly, and a claim keeps its best few links.
 *
 * Known shortcut: a claim added on its own (an edit) is scored with the term rarities of the
 * moment it was added; a batch (the first reading of a corpus) uses the rarities of the batch.
 */
import type { ClaimLink, PassageRef } from './schema';
import { NO_STRINGS, StringPool } from './strings';
import { OPPOSITE_TERMS } from './extract/claims';

export interface LinkClaim extends PassageRef {
  doc: string;
  outlet: string;
  terms: string[];
  actors: string[];
  figures: string[];
  stance?: string;
  stanceOf: string[];
  predicate?: string;
  /** A general statement of how things usually are, not the report of an event. */
  generic?: boolean;
}

export interface LinkOptions {
  corroborateAt: number;
  contradictAt: number;
  /** The lower score at which two passages corroborated by one same third passage are linked. */
  completeAt: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { corroborateAt: 0.34, contradictAt: 0.05, completeAt: 0.26 };
/** How many of a claim's rarest features are probed for candidates. */
const PROBES = 5;
/** Postings longer than this are too common to find candidates with. */
const MAX_POSTING = 80;
/** Candidates scored exactly per claim: those sharing the most probed features. */
const MAX_CANDIDATES = 16;
/** Links a claim keeps when it is added: its best ones. */
const LINKS_PER_CLAIM = 8;
/** Fewer terms than this and a passage is compared by Dice alone. */
const MIN_TERMS_FOR_OVERLAP = 3;
/** How alike two passages must be before differing sums in them are a contradiction. */
const FIGURE_CONFLICT_AT = 0.15;
/** What a pair's similarity is worth when the two passages' predicates are events of different kinds. */
const PREDICATE_MISMATCH = 0.5;
/** Event types that announce an act rather than report it (CAMEO 10 demand, 13 threaten). */
const IRREALIS = new Set(['THREATEN', 'DEMAND']);

export const claimKey = (c: { uri: string; start: number }) => `${c.uri}#${c.start}`;

/** How many distinct strings the index shares before sharing starts afresh. */
const NAMES_LIMIT = 1_000_000;

/** The numbers of the claims that have one feature, in no particular order: the first `size` of `ids`. */
class Posting {
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

/** What a feature is: a term of the wording, a name among the terms, an actor, a figure. */
const enum FeatureKind { Term, Name, Actor, Figure }

/** Claim columns, one slot per claim number. */
const INT_COLUMNS = ['doc', 'outlet', 'start', 'end', 'stance', 'predicate', 'termCount', 'featureAt', 'featureCount'] as const;
type IntColumn = typeof INT_COLUMNS[number];

export class ClaimIndex {
  /**
   * Claims are numbered, and what linking reads of them is kept in columns by claim number (a
   * corpus has hundreds of thousands of claims: objects per claim would take several times the
   * memory). A removed claim's number is free for the next claim added.
   * doc, outlet, stance and predicate are numbers in `labels` (-1: none; doc -1: no claim);
   * a claim's features (feature numbers, ascending, without repeats) are `featureCount` numbers
   * of `pool` from `featureAt`.
   */
  private readonly int: Record<IntColumn, Int32Array> = Object.fromEntries(INT_COLUMNS.map((c) => [c, new Int32Array(0)])) as Record<IntColumn, Int32Array>;
  /** claim number -> is it a general statement; has it a term with an opposite (OPPOSITE_TERMS)? */
  private generic = new Uint8Array(0);
  private opposable = new Uint8Array(0);
  /** claim number -> its figures and the actors taking its stance, as given (mostly one shared empty list). */
  private figures: string[][] = [];
  private stanceOf: string[][] = [];
  /** How many claim numbers have been given (the columns' used length). */
  private slots = 0;
  private pool = new Int32Array(1024);
  private poolUsed = 0;
  private poolLive = 0;
  private readonly free: number[] = [];
  private count = 0;
  /** Document uris, outlets, stances and predicates, numbered. */
  private readonly labelIds = new Map<string, number>();
  private readonly labels: string[] = [];
  /** claim number -> its passage's uri, for the claims whose passage is not in the document they were added with. */
  private readonly strayUris = new Map<number, string>();
  /** claim key -> claim number, for the same claims. */
  private readonly strays = new Map<string, number>();
  /**
   * Features (terms, @actors, #figures) are numbered as they first come: name -> number, and
   * number -> name, kind and the numbers of the claims that have it, in no particular order.
   */
  private readonly featureIds = new Map<string, number>();
  private readonly featureNames: string[] = [];
  private readonly featureKinds: FeatureKind[] = [];
  /** Feature number -> is it a term with an opposite (OPPOSITE_TERMS)? */
  private readonly featureOpposable: boolean[] = [];
  private readonly postings: (Posting | undefined)[] = [];
  private readonly byDoc = new Map<string, number[]>();
  /** claim number -> other claim number -> link (stored under both numbers). */
  private readonly links = new Map<number, Map<number, ClaimLink>>();
  /** Links made by completion: claim number -> the keys of the pairs (two by two) whose link it supports. */
  private readonly supports = new Map<number, string[]>();
  /** claim number -> the one passage reference all its links share. */
  private readonly refs: (PassageRef | undefined)[] = [];
  /** One copy of each link reason; the reason written for each set of shared features. */
  private readonly names = new StringPool(NAMES_LIMIT);
  private readonly reasons = new Map<string, string>();
  /** actor or figure -> its feature number. */
  private readonly actorFeatures = new Map<string, number>();
  private readonly figureFeatures = new Map<string, number>();
  /** Feature rarities by feature number (NaN: not yet computed), valid while the index does not change (`changes` counts the changes). */
  private weights = new Float64Array(0);
  /** claim number -> the sum of its features' rarities (NaN: not yet computed), valid with the rarities. */
  private totals = new Float64Array(0);
  private changes = 0;
  private weightsAt = -1;
  /** Candidate counting: claim number -> probed features shared with the claim being linked (zero between uses). */
  private hits = new Int32Array(0);
  /** The features two claims share, as the last score found them. */
  private readonly shared: number[] = [];

  constructor(private readonly opts: LinkOptions = DEFAULT_LINK_OPTIONS) {}

  get size(): number { return this.count; }

  private idf(f: number): number {
    return Math.log(1 + (this.count + 1) / ((this.postings[f]?.size ?? 0) + 1));
  }

  /** Forgets the rarities and sums computed before the index last changed. */
  private keepWeights(): void {
    if (this.weightsAt !== this.changes || this.weights.length !== this.featureNames.length || this.totals.length !== this.slots) {
      this.weights = new Float64Array(this.featureNames.length).fill(NaN);
      this.totals = new Float64Array(this.slots).fill(NaN);
      this.weightsAt = this.changes;
    }
  }

  /** The sum of a claim's features' rarities, in the order of its features. */
  private total(k: number): number {
    this.keepWeights();
    let t = this.totals[k];
    if (t !== t) {
      t = 0;
      const at = this.int.featureAt[k];
      for (let i = at, end = at + this.int.featureCount[k]; i < end; i++) t += this.weight(this.pool[i]);
      this.totals[k] = t;
    }
    return t;
  }

  /** A feature's rarity, computed once while the index does not change. */
  private weight(f: number): number {
    this.keepWeights();
    let w = this.weights[f];
    if (w !== w) { w = this.idf(f); this.weights[f] = w; }
    return w;
  }

  private label(s: string): number {
    let n = this.labelIds.get(s);
    if (n === undefined) { n = this.labels.push(s) - 1; this.labelIds.set(s, n); }
    return n;
  }

  private uriOf(k: number): string {
    return this.strayUris.get(k) ?? this.labels[this.int.doc[k]];
  }

  private keyOf(k: number): string {
    return `${this.uriOf(k)}#${this.int.start[k]}`;
  }

  /**
   * Orders two claims as their keys (uri#start) order as strings, without making the keys:
   * links name their passages in this order, and ties between candidates are broken by it.
   */
  private compareKeys(a: number, b: number): number {
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
  private featuresOf(k: number): Int32Array {
    const at = this.int.featureAt[k];
    return this.pool.subarray(at, at + this.int.featureCount[k]);
  }

  removeDoc(uri: string): void {
    this.removeClaims(uri, this.byDoc.get(uri) ?? []);
    this.byDoc.delete(uri);
    this.changes++;
  }

  /** Takes claims out with their links, the links completed through them and their postings. */
  private removeClaims(uri: string, gone: readonly number[]): void {
    const touched = new Set<number>();
    for (const k of gone) {
      for (const f of this.featuresOf(k)) touched.add(f);
      for (const other of this.links.get(k)?.keys() ?? []) this.links.get(other)?.delete(k);
      this.links.delete(k);
      // A link completed through this claim goes with it.
      const pairs = this.supports.get(k) ?? [];
      for (let i = 0; i < pairs.length; i += 2) {
        const a = this.idOf(pairs[i]);
        const b = this.idOf(pairs[i + 1]);
        if (a === undefined || b === undefined) continue;
        this.links.get(a)?.delete(b);
        this.links.get(b)?.delete(a);
      }
      this.supports.delete(k);
      this.refs[k] = undefined;
      if (this.uriOf(k) !== uri) this.strays.delete(this.keyOf(k));
      this.strayUris.delete(k);
      this.poolLive -= this.int.featureCount[k];
      this.int.doc[k] = -1;
      this.int.featureCount[k] = 0;
      this.figures[k] = NO_STRINGS;
      this.stanceOf[k] = NO_STRINGS;
      this.count--;
    }
    // Each posting the document's claims were in is swept once for the numbers now free.
    for (const f of touched) {
      // A batch's claims are posted once the whole batch is in.
      const p = this.postings[f];
      if (!p) continue;
      p.keep((k) => this.int.doc[k] >= 0);
      if (!p.size) this.postings[f] = undefined;
    }
    this.free.push(...gone);
  }

  /**
   * Adds a document's claims and links them with the claims already in the index. A document
   * already in the index (an edit) keeps its claims that the edit left as they were, links
   * included, at their new offsets: only the claims the edit changed are taken out and linked
   * anew.
   */
  addDoc(uri: string, claims: LinkClaim[]): void {
    const before = this.byDoc.get(uri);
    const ids = before ? this.update(uri, before, claims) : this.insert(uri, claims);
    for (const k of ids) this.linkClaim(k);
    // The new claims' neighbours may now close a triangle through them.
    const around = new Set(ids);
    for (const k of ids) for (const o of this.links.get(k)?.keys() ?? []) around.add(o);
    for (const k of around) this.complete(k);
  }

  /**
   * Adds several documents' claims at once, then links them: every claim is scored with the
   * term rarities of the whole batch, and sees the claims of every document in it. The
   * documents may be given one at a time (a generator): only the index keeps their claims.
   */
  addDocs(docs: Iterable<{ uri: string; claims: LinkClaim[] }>, expected?: { claims: number; features: number }): void {
    // Room made once for what is coming, rather than grown step by step (each step a copy).
    if (expected) this.reserve(expected.claims, expected.features);
    let ids: number[] = [];
    for (const d of docs) for (const k of this.insert(d.uri, d.claims, undefined, false)) ids.push(k);
    // A document given twice keeps its second claims (whose numbers may be those its first ones had).
    if (this.free.length || ids.some((k) => this.int.doc[k] < 0)) ids = [...new Set(ids.filter((k) => this.int.doc[k] >= 0))];
    this.post(ids);
    for (const k of ids) this.linkClaim(k);
    for (const k of ids) this.complete(k);
  }

  /**
   * Completion: two passages in different documents that both corroborate this claim are
   * linked to each other at the lower threshold completeAt (a paraphrase of a paraphrase
   * shares fewer words with the first wording). Only the claim's best LINKS_PER_CLAIM links
   * are paired, so the work per claim is bounded.
   */
  private complete(k: number): void {
    // The claim's best corroborating links only: a claim many others link to is not a hub for all of them.
    const near = [...(this.links.get(k) ?? [])].filter(([, l]) => l.kind === 'corroborates')
      .sort((x, y) => y[1].score - x[1].score || this.compareKeys(x[0], y[0])).slice(0, LINKS_PER_CLAIM).map(([o]) => o)
      .sort((x, y) => this.compareKeys(x, y));
    for (let i = 0; i < near.length; i++) {
      for (let j = i + 1; j < near.length; j++) {
        const a = near[i];
        const b = near[j];
        if (this.links.get(a)?.has(b)) continue;
        if (this.int.doc[a] === this.int.doc[b]) continue;
        const l = this.score(a, b, this.opts.completeAt);
        if (!l || l.kind !== 'corroborates') continue;
        this.setLink(a, b, { ...l, reason: `${this.sharedReason(this.shared)}; both corroborate a third passage` });
        let pairs = this.supports.get(k);
        if (!pairs) { pairs = []; this.supports.set(k, pairs); }
        pairs.push(this.keyOf(a), this.keyOf(b));
      }
    }
  }

  /** What a claim is for linking, as a string: equal for two claims that link alike. */
  private signature(uri: string, doc: string, outlet: string, features: ArrayLike<number>, termCount: number, figures: string[], stance: string | undefined, stanceOf: string[], predicate: string | undefined, generic: boolean): string {
    return JSON.stringify([uri, doc, outlet, Array.from(features), termCount, figures, stance ?? null, stanceOf, predicate ?? null, generic]);
  }

  private signatureOfClaim(k: number): string {
    const n = this.int;
    const opt = (x: number) => (x < 0 ? undefined : this.labels[x]);
    return this.signature(this.uriOf(k), this.labels[n.doc[k]], this.labels[n.outlet[k]], this.featuresOf(k), n.termCount[k], this.figures[k], opt(n.stance[k]), this.stanceOf[k], opt(n.predicate[k]), !!this.generic[k]);
  }

  /**
   * An edited document's claims: each unchanged claim (the same features, stance and predicate)
   * keeps its number and its links, moved to its new offsets; the others go, and the new ones
   * come in. Returns the numbers of the claims that came in, to be linked.
   */
  private update(uri: string, before: readonly number[], claims: LinkClaim[]): number[] {
    const unchanged = new Map<string, number[]>();
    for (const k of before) {
      const sig = this.signatureOfClaim(k);
      const list = unchanged.get(sig);
      if (list) list.push(k); else unchanged.set(sig, [k]);
    }
    const moved = new Map<number, LinkClaim>();
    const fresh: LinkClaim[] = [];
    for (const c of claims) {
      const sig = this.signature(c.uri, c.doc, c.outlet, this.featureNumbers(c), c.terms.length, c.figures, c.stance, c.stanceOf, c.predicate, !!c.generic);
      const k = unchanged.get(sig)?.shift();
      if (k === undefined) fresh.push(c); else moved.set(k, c);
    }
    this.removeClaims(uri, before.filter((k) => !moved.has(k)));
    const renamed = new Map<string, string>();
    for (const [k, c] of moved) {
      const key = claimKey(c);
      const was = this.keyOf(k);
      if (key !== was) renamed.set(was, key);
      this.move(uri, k, c, key);
    }
    // Pairs completed through a claim are kept by key: the keys that moved are brought along.
    if (renamed.size) for (const pairs of this.supports.values()) for (let i = 0; i < pairs.length; i++) pairs[i] = renamed.get(pairs[i]) ?? pairs[i];
    return this.insert(uri, fresh, [...moved.keys()]);
  }

  /** An unchanged claim at its new offsets: the same number, features and links, with a new passage reference. */
  private move(uri: string, k: number, c: LinkClaim, key: string): void {
    // Its uri is the same (it is part of what makes a claim unchanged): only its key moves.
    if (c.uri !== uri) { this.strays.delete(this.keyOf(k)); this.strays.set(key, k); }
    this.int.start[k] = c.start;
    this.int.end[k] = c.end;
    const ref = this.refs[k];
    if (!ref || (ref.start === c.start && ref.end === c.end)) return;
    const moved: PassageRef = { uri: c.uri, start: c.start, end: c.end };
    this.refs[k] = moved;
    // Links are new objects, so that a view taken before the edit keeps its offsets.
    for (const [o, l] of this.links.get(k) ?? []) {
      const copy: ClaimLink = { ...l, a: l.a === ref ? moved : l.a, b: l.b === ref ? moved : l.b };
      this.links.get(k)!.set(o, copy);
      this.links.get(o)!.set(k, copy);
    }
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
  private reserve(claims: number, features: number): void {
    const size = this.slots + claims;
    if (size > this.generic.length) this.growColumns(size);
    if (this.poolUsed + features > this.pool.length) {
      const grown = new Int32Array(this.poolUsed + features);
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
  }

  /** Puts claims in the postings of their features, each posting grown once for all of them. */
  private post(ids: readonly number[]): void {
    const counts = new Int32Array(this.featureNames.length);
    for (const k of ids) for (const f of this.featuresOf(k)) counts[f]++;
    for (let f = 0; f < counts.length; f++) if (counts[f]) (this.postings[f] ??= new Posting(0)).reserve(counts[f]);
    for (const k of ids) for (const f of this.featuresOf(k)) this.postings[f]!.add(k);
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

  /** Numbers and indexes claims of a document (after `kept`, claims of it already in), replacing what it had. */
  private insert(uri: string, claims: LinkClaim[], kept?: number[], posted = true): number[] {
    if (!kept) this.removeDoc(uri);
    const ids: number[] = [];
    const n = this.int;
    for (const c of claims) {
      const fs = this.featureNumbers(c);
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
      this.opposable[k] = fs.some((f) => this.featureOpposable[f]) ? 1 : 0;
      this.figures[k] = c.figures.length ? c.figures : NO_STRINGS;
      this.stanceOf[k] = c.stanceOf.length ? c.stanceOf : NO_STRINGS;
      if (c.uri !== c.doc) this.strayUris.set(k, c.uri);
      if (c.uri !== uri) this.strays.set(claimKey(c), k);
      this.count++;
      if (posted) for (const f of fs) (this.postings[f] ??= new Posting()).add(k);
      ids.push(k);
    }
    this.byDoc.set(uri, kept ? kept.concat(ids) : ids);
    this.changes++;
    return ids;
  }

  private linkClaim(k: number): void {
    const fs = this.featuresOf(k);
    const names = this.featureNames;
    const n = this.int;
    const stanceOf = this.stanceOf[k];
    const hasStance = n.stance[k] >= 0;
    const size = (f: number) => this.postings[f]!.size;
    const usable: number[] = [];
    for (const f of fs) { const m = size(f); if (m > 1 && m <= MAX_POSTING) usable.push(f); }
    usable.sort((a, b) => size(a) - size(b) || (names[a] < names[b] ? -1 : 1));
    // The rarest features, and the actors taking a stance, whose opposite stance elsewhere is a contradiction.
    const probes = usable.slice(0, PROBES);
    if (hasStance) for (const f of usable) if (stanceOf.includes(names[f].slice(1)) && !probes.includes(f)) probes.push(f);
    // Count how many probed features each candidate shares; a paraphrase shares several.
    if (this.hits.length < this.slots) this.hits = new Int32Array(Math.max(1024, this.slots * 2));
    const hits = this.hits;
    const seen: number[] = [];
    const takers = new Set<number>();
    for (const f of probes) {
      const taker = hasStance && stanceOf.includes(names[f].slice(1));
      const p = this.postings[f]!;
      for (let i = 0; i < p.size; i++) {
        const o = p.ids[i];
        if (o === k) continue;
        if (hits[o]++ === 0) seen.push(o);
        if (taker && n.stance[o] >= 0) takers.add(o);
      }
    }
    // Claims whose one shared feature is the actor taking a stance are kept: an opposite stance contradicts.
    const minHits = probes.length >= 3 ? 2 : 1;
    const doc = n.doc[k];
    const candidates = seen.filter((o) => (hits[o] >= minHits || (takers.size > 0 && takers.has(o))) && n.doc[o] !== doc)
      .sort((a, b) => hits[b] - hits[a] || this.compareKeys(a, b)).slice(0, MAX_CANDIDATES);
    for (const o of seen) hits[o] = 0;
    const found: { l: ClaimLink; o: number; shared: number[] }[] = [];
    for (const o of candidates) {
      const l = this.score(k, o);
      if (l) found.push({ l, o, shared: l.reason ? [] : this.shared.slice() });
    }
    found.sort((x, y) => (x.l.kind === y.l.kind ? y.l.score - x.l.score : x.l.kind === 'contradicts' ? -1 : 1));
    for (const { l, o, shared } of found.slice(0, LINKS_PER_CLAIM)) {
      if (!l.reason) l.reason = this.sharedReason(shared);
      this.setLink(k, o, l);
    }
  }

  private setLink(a: number, b: number, l: ClaimLink): void {
    // Links share their passage references and their reasons; a link's passages are in key order.
    const [first, second] = this.compareKeys(a, b) < 0 ? [a, b] : [b, a];
    l.a = this.refOf(first, l.a);
    l.b = this.refOf(second, l.b);
    l.reason = this.name(l.reason);
    if (!this.links.has(a)) this.links.set(a, new Map());
    if (!this.links.has(b)) this.links.set(b, new Map());
    this.links.get(a)!.set(b, l);
    this.links.get(b)!.set(a, l);
  }

  private refOf(k: number, r: PassageRef): PassageRef {
    return (this.refs[k] ??= r);
  }

  /** A claim's features (terms, @actors, #figures) as feature numbers, ascending, without repeats. */
  private featureNumbers(c: LinkClaim): number[] {
    const all = new Array<number>(c.terms.length + c.actors.length + c.figures.length);
    let n = 0;
    // The claim's terms become the index's copies of the same strings.
    for (let i = 0; i < c.terms.length; i++) {
      const f = this.featureId(c.terms[i]);
      c.terms[i] = this.featureNames[f];
      all[n++] = f;
    }
    for (const a of c.actors) all[n++] = this.prefixed('@', a);
    for (const f of c.figures) all[n++] = this.prefixed('#', f);
    all.sort((x, y) => x - y);
    let m = 0;
    for (let i = 0; i < all.length; i++) if (!m || all[i] !== all[m - 1]) all[m++] = all[i];
    all.length = m;
    return all;
  }

  /** A feature's number, given when it first comes. */
  private featureId(name: string): number {
    let f = this.featureIds.get(name);
    if (f === undefined) {
      f = this.featureNames.push(name) - 1;
      this.featureKinds.push(name.startsWith('@') ? FeatureKind.Actor : name.startsWith('#') ? FeatureKind.Figure : name.startsWith('name:') ? FeatureKind.Name : FeatureKind.Term);
      this.featureOpposable.push(OPPOSITE_TERMS.has(name));
      this.featureIds.set(name, f);
    }
    return f;
  }

  /** An actor's or a figure's feature number, its name made once per actor or figure. */
  private prefixed(prefix: '@' | '#', s: string): number {
    const made = prefix === '@' ? this.actorFeatures : this.figureFeatures;
    let f = made.get(s);
    if (f === undefined) {
      if (made.size >= NAMES_LIMIT) made.clear();
      f = this.featureId(prefix + s);
      made.set(s, f);
    }
    return f;
  }

  /** The index's copy of a string (bounded: sharing starts afresh past NAMES_LIMIT). */
  private name(s: string): string {
    return this.names.share(s);
  }

  /** The number of the claim with this key: found among its document's claims (or the strays). */
  private idOf(key: string): number | undefined {
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

  /** Each claim of a document with its links: `each(start, links)`. */
  forEachClaimOf(uri: string, each: (start: number, links: Iterable<ClaimLink>) => void): void {
    for (const k of this.byDoc.get(uri) ?? []) each(this.int.start[k], this.links.get(k)?.values() ?? []);
  }

  linksOf(key: string): ClaimLink[] {
    const k = this.idOf(key);
    return k === undefined ? [] : [...(this.links.get(k)?.values() ?? [])];
  }

  /** The passage of a claim. */
  private ref(k: number): PassageRef {
    return { uri: this.uriOf(k), start: this.int.start[k], end: this.int.end[k] };
  }

  /** Has claim `a` a term that claim `b` lacks and whose opposite `b` has? */
  private opposed(a: number, b: number): boolean {
    const kinds = this.featureKinds;
    const fb = this.featuresOf(b);
    for (const f of this.featuresOf(a)) {
      if (kinds[f] !== FeatureKind.Term && kinds[f] !== FeatureKind.Name) continue;
      const opp = OPPOSITE_TERMS.get(this.featureNames[f]);
      if (!opp || fb.includes(f)) continue;
      for (const g of fb) if ((kinds[g] === FeatureKind.Term || kinds[g] === FeatureKind.Name) && opp.has(this.featureNames[g])) return true;
    }
    return false;
  }

  /** Scores a pair of claims from their sorted feature lists (a merge, allocating only for a pair alike enough to link). */
  private score(ia: number, ib: number, corroborateAt = this.opts.corroborateAt): ClaimLink | undefined {
    const n = this.int;
    const pool = this.pool;
    let shared = 0;
    const sharedIds = this.shared;
    sharedIds.length = 0;
    let i = n.featureAt[ia];
    let j = n.featureAt[ib];
    const iEnd = i + n.featureCount[ia];
    const jEnd = j + n.featureCount[ib];
    while (i < iEnd && j < jEnd) {
      const x = pool[i];
      const y = pool[j];
      if (x < y) i++;
      else if (y < x) j++;
      else { shared += this.weight(x); sharedIds.push(x); i++; j++; }
    }
    const wa = this.total(ia);
    const wb = this.total(ib);
    if (!wa || !wb) return undefined;
    // Dice is fair to passages of like length; the overlap coefficient lets a short paraphrase
    // inside a long sentence count. Their mean balances the two.
    // A passage of one or two words of its own says too little to be found inside a long one:
    // the overlap coefficient counts only for passages with enough to compare.
    const dice = (2 * shared) / (wa + wb);
    const sim = Math.min(n.termCount[ia], n.termCount[ib]) < MIN_TERMS_FOR_OVERLAP ? dice : (dice + shared / Math.min(wa, wb)) / 2;
    // Below every threshold there is nothing to tell.
    if (sim < Math.min(this.opts.contradictAt, FIGURE_CONFLICT_AT, corroborateAt)) return undefined;
    // Two passages whose own predicates are events of different kinds ("threatened to list" and
    // "listed") assert different things however many words they share.
    const pa = n.predicate[ia];
    const pb = n.predicate[ib];
    const samePredicate = pa < 0 || pb < 0 || pa === pb;
    // A second outlet counts more than a copy in the same outlet.
    const score = sim * (n.outlet[ia] === n.outlet[ib] ? 0.8 : 1) * (samePredicate ? 1 : PREDICATE_MISMATCH);
    // Contradictions need stances or figures on both sides; without them, a pair below the bar is done.
    const figuresA = this.figures[ia];
    const figuresB = this.figures[ib];
    const figuresBoth = figuresA.length > 0 && figuresB.length > 0;
    const sa = n.stance[ia];
    const sb = n.stance[ib];
    if (score < corroborateAt && !figuresBoth && !(sa >= 0 && sb >= 0)) return undefined;
    const kinds = this.featureKinds;
    const aFirst = this.compareKeys(ia, ib) < 0;
    const first = aFirst ? ia : ib;
    const second = aFirst ? ib : ia;
    const takersA = this.stanceOf[ia];
    const takersB = this.stanceOf[ib];
    const sameTaker = takersA.find((x) => takersB.includes(x));
    if (sa >= 0 && sb >= 0 && sa !== sb && sameTaker && sim >= this.opts.contradictAt) {
      return { kind: 'contradicts', a: this.ref(first), b: this.ref(second), score: round(sim), reason: `${sameTaker.replace(/^(?:actor|k):/, '')}: ${this.labels[n.stance[first]]} vs ${this.labels[n.stance[second]]}` };
    }
    const sharedActors = sharedIds.some((f) => kinds[f] === FeatureKind.Actor);
    // The same stance taken by different actors ("Acme refused" and "Initech also refuses") is two propositions.
    const otherTakers = sa >= 0 && sa === sb && takersA.length && takersB.length && !sameTaker;
    if (figuresBoth) {
      // Two sums of money for the same thing by the same actor that do not agree.
      const money = (x: string[]) => x.filter((f) => /^[$€£]/.test(f));
      const ma = money(figuresA);
      const mb = money(figuresB);
      if (ma.length && mb.length && !ma.some((x) => mb.includes(x)) && sim >= FIGURE_CONFLICT_AT && sharedActors) {
        return { kind: 'contradicts', a: this.ref(first), b: this.ref(second), score: round(sim), reason: `sums differ: ${money(this.figures[first]).join(', ')} vs ${money(this.figures[second]).join(', ')}` };
      }
      // Two counts of the same thing ("40 million passengers", "45 million passengers") that do not agree.
      const counts = (x: string[]) => new Map(x.filter((f) => f.includes(' ')).map((f) => [f.slice(f.indexOf(' ') + 1), f]));
      const ca = counts(figuresA);
      const cb = counts(figuresB);
      for (const [noun, fa] of ca) {
        const fb = cb.get(noun);
        if (fb && fb !== fa && !figuresA.includes(fb) && !figuresB.includes(fa) && sim >= FIGURE_CONFLICT_AT && (sharedActors || sharedIds.some((f) => kinds[f] === FeatureKind.Name))) {
          return { kind: 'contradicts', a: this.ref(first), b: this.ref(second), score: round(sim), reason: `counts differ: ${(aFirst ? fa : fb)} vs ${(aFirst ? fb : fa)}` };
        }
      }
    }
    // A threat or a demand to do something is not the report that it was done.
    if (!samePredicate && (IRREALIS.has(this.labels[pa]) || IRREALIS.has(this.labels[pb]))) return undefined;
    // How things usually go is not the report that they went so.
    if (this.generic[ia] !== this.generic[ib]) return undefined;
    // "X undermines Y" and "X defends Y": a verb in one passage whose opposite is in the other.
    if ((this.opposable[ia] && this.opposed(ia, ib)) || (this.opposable[ib] && this.opposed(ib, ia))) return undefined;
    if (score < corroborateAt || otherTakers) return undefined;
    // Sharing a name and nothing else is not asserting the same thing.
    if (!sharedIds.some((f) => kinds[f] !== FeatureKind.Actor)) return undefined;
    // The reason (the shared features, in this.shared) is written by the caller if the link is kept.
    return { kind: 'corroborates', a: this.ref(first), b: this.ref(second), score: round(score), reason: '' };
  }

  /** A corroborating link's reason: the names the two passages share, in name order (written once per set of names). */
  private sharedReason(shared: readonly number[]): string {
    const id = shared.join(',');
    let reason = this.reasons.get(id);
    if (reason === undefined) {
      if (this.reasons.size >= NAMES_LIMIT) this.reasons.clear();
      reason = this.name(`shared ${describe(shared.map((f) => this.featureNames[f]).sort())}`);
      this.reasons.set(id, reason);
    }
    return reason;
  }
}

function describe(names: string[]): string {
  const actors = names.filter((n) => n.startsWith('@')).map((n) => n.slice(1).replace(/^(?:actor|k):/, ''));
  const figures = names.filter((n) => n.startsWith('#')).map((n) => n.slice(1));
  const terms = names.filter((n) => !n.startsWith('@') && !n.startsWith('#'));
  return [actors.length ? `actors ${actors.join(', ')}` : '', figures.length ? `figures ${figures.join(', ')}` : '', terms.length ? `terms ${terms.slice(0, 8).join(', ')}` : '']
    .filter(Boolean).join('; ');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
