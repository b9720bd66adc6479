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
import { StringPool } from './strings';
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
  ids = new Int32Array(2);
  size = 0;

  add(k: number): void {
    if (this.size === this.ids.length) {
      const grown = new Int32Array(this.size * 2);
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

export class ClaimIndex {
  /**
   * Claims are numbered: claim number -> its claim, its key and its features (feature numbers,
   * ascending, without repeats); a removed claim's number is free for the next claim added.
   */
  private readonly claims: (LinkClaim | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];
  private readonly features: (number[] | undefined)[] = [];
  private readonly free: number[] = [];
  private count = 0;
  /** claim key -> claim number, for the claims whose passage is not in the document they were added with. */
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
  /** claim number -> has the claim a term with an opposite (OPPOSITE_TERMS)? */
  private readonly opposable: boolean[] = [];
  /** The features two claims share, as the last score found them. */
  private readonly shared: number[] = [];

  constructor(private readonly opts: LinkOptions = DEFAULT_LINK_OPTIONS) {}

  get size(): number { return this.count; }

  private idf(f: number): number {
    return Math.log(1 + (this.count + 1) / ((this.postings[f]?.size ?? 0) + 1));
  }

  /** Forgets the rarities and sums computed before the index last changed. */
  private keepWeights(): void {
    if (this.weightsAt !== this.changes || this.weights.length !== this.featureNames.length || this.totals.length !== this.claims.length) {
      this.weights = new Float64Array(this.featureNames.length).fill(NaN);
      this.totals = new Float64Array(this.claims.length).fill(NaN);
      this.weightsAt = this.changes;
    }
  }

  /** The sum of a claim's features' rarities, in the order of its features. */
  private total(k: number): number {
    this.keepWeights();
    let t = this.totals[k];
    if (t !== t) {
      t = 0;
      for (const f of this.features[k]!) t += this.weight(f);
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

  removeDoc(uri: string): void {
    this.removeClaims(uri, this.byDoc.get(uri) ?? []);
    this.byDoc.delete(uri);
    this.changes++;
  }

  /** Takes claims out with their links, the links completed through them and their postings. */
  private removeClaims(uri: string, gone: readonly number[]): void {
    const touched = new Set<number>();
    for (const k of gone) {
      for (const f of this.features[k]!) touched.add(f);
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
      this.features[k] = undefined;
      if (this.claims[k]!.uri !== uri) this.strays.delete(this.keys[k]!);
      this.claims[k] = undefined;
      this.keys[k] = undefined;
      this.count--;
    }
    // Each posting the document's claims were in is swept once for the numbers now free.
    for (const f of touched) {
      const p = this.postings[f]!;
      p.keep((k) => this.claims[k] !== undefined);
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
   * term rarities of the whole batch, and sees the claims of every document in it.
   */
  addDocs(docs: readonly { uri: string; claims: LinkClaim[] }[]): void {
    const ids = docs.flatMap((d) => this.insert(d.uri, d.claims));
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
    const keys = this.keys as string[];
    // The claim's best corroborating links only: a claim many others link to is not a hub for all of them.
    const near = [...(this.links.get(k) ?? [])].filter(([, l]) => l.kind === 'corroborates')
      .sort((x, y) => y[1].score - x[1].score || (keys[x[0]] < keys[y[0]] ? -1 : 1)).slice(0, LINKS_PER_CLAIM).map(([o]) => o)
      .sort((x, y) => (keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0));
    for (let i = 0; i < near.length; i++) {
      for (let j = i + 1; j < near.length; j++) {
        const a = near[i];
        const b = near[j];
        if (this.links.get(a)?.has(b)) continue;
        if (this.claims[a]!.doc === this.claims[b]!.doc) continue;
        const l = this.score(a, b, this.opts.completeAt);
        if (!l || l.kind !== 'corroborates') continue;
        this.setLink(a, b, { ...l, reason: `${this.sharedReason(this.shared)}; both corroborate a third passage` });
        let pairs = this.supports.get(k);
        if (!pairs) { pairs = []; this.supports.set(k, pairs); }
        pairs.push(keys[a], keys[b]);
      }
    }
  }

  /**
   * An edited document's claims: each unchanged claim (the same features, stance and predicate)
   * keeps its number and its links, moved to its new offsets; the others go, and the new ones
   * come in. Returns the numbers of the claims that came in, to be linked.
   */
  private update(uri: string, before: readonly number[], claims: LinkClaim[]): number[] {
    const signature = (c: LinkClaim) => JSON.stringify([c.uri, c.doc, c.outlet, c.terms, c.actors, c.figures, c.stance ?? null, c.stanceOf, c.predicate ?? null, !!c.generic]);
    const unchanged = new Map<string, number[]>();
    for (const k of before) {
      const sig = signature(this.claims[k]!);
      const list = unchanged.get(sig);
      if (list) list.push(k); else unchanged.set(sig, [k]);
    }
    const moved = new Map<number, LinkClaim>();
    const fresh: LinkClaim[] = [];
    for (const c of claims) {
      const k = unchanged.get(signature(c))?.shift();
      if (k === undefined) fresh.push(c); else moved.set(k, c);
    }
    this.removeClaims(uri, before.filter((k) => !moved.has(k)));
    const renamed = new Map<string, string>();
    for (const [k, c] of moved) {
      const key = claimKey(c);
      if (key !== this.keys[k]) renamed.set(this.keys[k]!, key);
      this.move(uri, k, c, key);
    }
    // Pairs completed through a claim are kept by key: the keys that moved are brought along.
    if (renamed.size) for (const pairs of this.supports.values()) for (let i = 0; i < pairs.length; i++) pairs[i] = renamed.get(pairs[i]) ?? pairs[i];
    return this.insert(uri, fresh, [...moved.keys()]);
  }

  /** An unchanged claim at its new offsets: the same number, features and links, with a new passage reference. */
  private move(uri: string, k: number, c: LinkClaim, key: string): void {
    const old = this.claims[k]!;
    for (let i = 0; i < c.terms.length; i++) c.terms[i] = old.terms[i];
    if (c.uri !== uri) { this.strays.delete(this.keys[k]!); this.strays.set(key, k); }
    this.claims[k] = c;
    this.keys[k] = key;
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

  /** Numbers and indexes claims of a document (after `kept`, claims of it already in), replacing what it had. */
  private insert(uri: string, claims: LinkClaim[], kept?: number[]): number[] {
    if (!kept) this.removeDoc(uri);
    const ids: number[] = [];
    for (const c of claims) {
      const key = claimKey(c);
      const k = this.free.length ? this.free.pop()! : this.claims.length;
      const fs = this.featuresOf(c);
      this.claims[k] = c;
      this.keys[k] = key;
      this.features[k] = fs;
      this.opposable[k] = fs.some((f) => this.featureOpposable[f]);
      if (c.uri !== uri) this.strays.set(key, k);
      this.count++;
      for (const f of fs) (this.postings[f] ??= new Posting()).add(k);
      ids.push(k);
    }
    this.byDoc.set(uri, kept ? kept.concat(ids) : ids);
    this.changes++;
    return ids;
  }

  private linkClaim(k: number): void {
    const c = this.claims[k]!;
    const fs = this.features[k]!;
    const keys = this.keys as string[];
    const names = this.featureNames;
    const size = (f: number) => this.postings[f]!.size;
    const usable: number[] = [];
    for (const f of fs) { const n = size(f); if (n > 1 && n <= MAX_POSTING) usable.push(f); }
    usable.sort((a, b) => size(a) - size(b) || (names[a] < names[b] ? -1 : 1));
    // The rarest features, and the actors taking a stance, whose opposite stance elsewhere is a contradiction.
    const probes = usable.slice(0, PROBES);
    if (c.stance) for (const f of usable) if (c.stanceOf.includes(names[f].slice(1)) && !probes.includes(f)) probes.push(f);
    // Count how many probed features each candidate shares; a paraphrase shares several.
    if (this.hits.length < this.claims.length) this.hits = new Int32Array(Math.max(1024, this.claims.length * 2));
    const hits = this.hits;
    const seen: number[] = [];
    const takers = new Set<number>();
    for (const f of probes) {
      const taker = !!c.stance && c.stanceOf.includes(names[f].slice(1));
      const p = this.postings[f]!;
      for (let i = 0; i < p.size; i++) {
        const o = p.ids[i];
        if (o === k) continue;
        if (hits[o]++ === 0) seen.push(o);
        if (taker && this.claims[o]!.stance) takers.add(o);
      }
    }
    // Claims whose one shared feature is the actor taking a stance are kept: an opposite stance contradicts.
    const minHits = probes.length >= 3 ? 2 : 1;
    const candidates = seen.filter((o) => (hits[o] >= minHits || (takers.size > 0 && takers.has(o))) && this.claims[o]!.doc !== c.doc)
      .sort((a, b) => hits[b] - hits[a] || (keys[a] < keys[b] ? -1 : 1)).slice(0, MAX_CANDIDATES);
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
    const [first, second] = this.keys[a]! < this.keys[b]! ? [a, b] : [b, a];
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
  private featuresOf(c: LinkClaim): number[] {
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
    const nums = at < 0 ? undefined : this.byDoc.get(key.slice(0, at));
    if (nums) {
      const start = Number(key.slice(at + 1));
      for (let i = nums.length - 1; i >= 0; i--) if (this.claims[nums[i]]?.start === start && this.keys[nums[i]] === key) return nums[i];
    }
    return this.strays.get(key);
  }

  /** Each claim of a document with its links: `each(start, links)`. */
  forEachClaimOf(uri: string, each: (start: number, links: Iterable<ClaimLink>) => void): void {
    for (const k of this.byDoc.get(uri) ?? []) each(this.claims[k]!.start, this.links.get(k)?.values() ?? []);
  }

  linksOf(key: string): ClaimLink[] {
    const k = this.idOf(key);
    return k === undefined ? [] : [...(this.links.get(k)?.values() ?? [])];
  }

  /** Scores a pair of claims from their sorted feature lists (a merge, allocating only for a pair alike enough to link). */
  private score(ia: number, ib: number, corroborateAt = this.opts.corroborateAt): ClaimLink | undefined {
    const a = this.claims[ia]!;
    const b = this.claims[ib]!;
    const fa = this.features[ia]!;
    const fb = this.features[ib]!;
    let shared = 0;
    const sharedIds = this.shared;
    sharedIds.length = 0;
    let i = 0;
    let j = 0;
    while (i < fa.length && j < fb.length) {
      const x = fa[i];
      const y = fb[j];
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
    const sim = Math.min(a.terms.length, b.terms.length) < MIN_TERMS_FOR_OVERLAP ? dice : (dice + shared / Math.min(wa, wb)) / 2;
    // Below every threshold there is nothing to tell.
    if (sim < Math.min(this.opts.contradictAt, FIGURE_CONFLICT_AT, corroborateAt)) return undefined;
    // Two passages whose own predicates are events of different kinds ("threatened to list" and
    // "listed") assert different things however many words they share.
    const samePredicate = !a.predicate || !b.predicate || a.predicate === b.predicate;
    // A second outlet counts more than a copy in the same outlet.
    const score = sim * (a.outlet === b.outlet ? 0.8 : 1) * (samePredicate ? 1 : PREDICATE_MISMATCH);
    // Contradictions need stances or figures on both sides; without them, a pair below the bar is done.
    const figuresBoth = a.figures.length > 0 && b.figures.length > 0;
    if (score < corroborateAt && !figuresBoth && !(a.stance && b.stance)) return undefined;
    const kinds = this.featureKinds;
    const aFirst = this.keys[ia]! < this.keys[ib]!;
    const first = aFirst ? a : b;
    const second = aFirst ? b : a;
    const ref = (x: LinkClaim): PassageRef => ({ uri: x.uri, start: x.start, end: x.end });
    const sameTaker = a.stanceOf.find((x) => b.stanceOf.includes(x));
    if (a.stance && b.stance && a.stance !== b.stance && sameTaker && sim >= this.opts.contradictAt) {
      return { kind: 'contradicts', a: ref(first), b: ref(second), score: round(sim), reason: `${sameTaker.replace(/^(?:actor|k):/, '')}: ${first.stance} vs ${second.stance}` };
    }
    const sharedActors = a.actors.some((x) => b.actors.includes(x));
    // The same stance taken by different actors ("Acme refused" and "Initech also refuses") is two propositions.
    const otherTakers = a.stance && a.stance === b.stance && a.stanceOf.length && b.stanceOf.length && !sameTaker;
    if (figuresBoth) {
      // Two sums of money for the same thing by the same actor that do not agree.
      const money = (x: LinkClaim) => x.figures.filter((f) => /^[$€£]/.test(f));
      const ma = money(a);
      const mb = money(b);
      if (ma.length && mb.length && !ma.some((x) => mb.includes(x)) && sim >= FIGURE_CONFLICT_AT && sharedActors) {
        return { kind: 'contradicts', a: ref(first), b: ref(second), score: round(sim), reason: `sums differ: ${money(first).join(', ')} vs ${money(second).join(', ')}` };
      }
      // Two counts of the same thing ("40 million passengers", "45 million passengers") that do not agree.
      const counts = (x: LinkClaim) => new Map(x.figures.filter((f) => f.includes(' ')).map((f) => [f.slice(f.indexOf(' ') + 1), f]));
      const ca = counts(a);
      const cb = counts(b);
      for (const [noun, fa] of ca) {
        const fb = cb.get(noun);
        if (fb && fb !== fa && !a.figures.includes(fb) && !b.figures.includes(fa) && sim >= FIGURE_CONFLICT_AT && (sharedActors || sharedIds.some((f) => kinds[f] === FeatureKind.Name))) {
          return { kind: 'contradicts', a: ref(first), b: ref(second), score: round(sim), reason: `counts differ: ${(a === first ? fa : fb)} vs ${(a === first ? fb : fa)}` };
        }
      }
    }
    // A threat or a demand to do something is not the report that it was done.
    if (!samePredicate && (IRREALIS.has(a.predicate!) || IRREALIS.has(b.predicate!))) return undefined;
    // How things usually go is not the report that they went so.
    if (!!a.generic !== !!b.generic) return undefined;
    // "X undermines Y" and "X defends Y": a verb in one passage whose opposite is in the other.
    if ((this.opposable[ia] && opposed(a.terms, b.terms)) || (this.opposable[ib] && opposed(b.terms, a.terms))) return undefined;
    if (score < corroborateAt || otherTakers) return undefined;
    // Sharing a name and nothing else is not asserting the same thing.
    if (!sharedIds.some((f) => kinds[f] !== FeatureKind.Actor)) return undefined;
    // The reason (the shared features, in this.shared) is written by the caller if the link is kept.
    return { kind: 'corroborates', a: ref(first), b: ref(second), score: round(score), reason: '' };
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



/** Has `a` a term that `b` lacks and whose opposite `b` has? */
function opposed(a: readonly string[], b: readonly string[]): boolean {
  for (const t of a) {
    const opp = OPPOSITE_TERMS.get(t);
    if (opp && !b.includes(t) && b.some((u) => opp.has(u))) return true;
  }
  return false;
}

function describe(names: string[]): string {
  const actors = names.filter((n) => n.startsWith('@')).map((n) => n.slice(1).replace(/^(?:actor|k):/, ''));
  const figures = names.filter((n) => n.startsWith('#')).map((n) => n.slice(1));
  const terms = names.filter((n) => !n.startsWith('@') && !n.startsWith('#'));
  return [actors.length ? `actors ${actors.join(', ')}` : '', figures.length ? `figures ${figures.join(', ')}` : '', terms.length ? `terms ${terms.slice(0, 8).join(', ')}` : '']
    .filter(Boolean).join('; ');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
