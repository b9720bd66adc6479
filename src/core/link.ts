/**
 * Finds, for each claim, the passages in other documents that assert the same proposition, and
 * the ones that contradict it. The index is incremental: a document's claims are added or
 * removed on their own. Candidates come from an inverted index probed with each claim's rarest
 * features only (prefix filtering: a pair worth linking shares at least one of them), so the
 * work grows with the number of plausible pairs, not with all pairs; each candidate is then
 * scored exactly (link/score.ts), and a claim keeps its best few links.
 *
 * The parts, in link/: the claims in columns (claims.ts), their features numbered
 * (features.ts), the inverted index (postings.ts), the score of a pair (score.ts). This file
 * finds candidates, keeps the links and brings them along when documents change.
 *
 * Known shortcut: a claim added on its own (an edit) is scored with the term rarities of the
 * moment it was added; a batch (the first reading of a corpus) uses the rarities of the batch.
 */
import type { ClaimLink, PassageRef } from './schema';
import { StringPool } from './strings';
import { ClaimTable, claimKey, type LinkClaim } from './link/claims';
import { Features } from './link/features';
import { Postings } from './link/postings';
import { DEFAULT_LINK_OPTIONS, PairScorer, type LinkOptions } from './link/score';

export { claimKey, type LinkClaim } from './link/claims';
export { DEFAULT_LINK_OPTIONS, type LinkOptions } from './link/score';

/** How many of a claim's rarest features are probed for candidates. */
const PROBES = 5;
/** Postings longer than this are too common to find candidates with. */
const MAX_POSTING = 80;
/** Candidates scored exactly per claim: those sharing the most probed features. */
const MAX_CANDIDATES = 16;
/** Links a claim keeps when it is added: its best ones. */
const LINKS_PER_CLAIM = 8;
/** How many distinct strings the index shares before sharing starts afresh. */
const NAMES_LIMIT = 1_000_000;

export class ClaimIndex {
  private readonly claims = new ClaimTable();
  private readonly features = new Features();
  private readonly postings = new Postings();
  /** claim number -> other claim number -> link (stored under both numbers). */
  private readonly links = new Map<number, Map<number, ClaimLink>>();
  /** Links made by completion: claim number -> the keys of the pairs (two by two) whose link it supports. */
  private readonly supports = new Map<number, string[]>();
  /** claim number -> the one passage reference all its links share. */
  private readonly refs: (PassageRef | undefined)[] = [];
  /** One copy of each link reason. */
  private readonly names = new StringPool(NAMES_LIMIT);
  private readonly scorer: PairScorer;
  /** Candidate counting: claim number -> probed features shared with the claim being linked (zero between uses). */
  private hits = new Int32Array(0);

  constructor(private readonly opts: LinkOptions = DEFAULT_LINK_OPTIONS) {
    this.scorer = new PairScorer(this.claims, this.features, this.postings, opts, this.names);
  }

  get size(): number { return this.claims.count; }

  removeDoc(uri: string): void {
    this.removeClaims(uri, this.claims.byDoc.get(uri) ?? []);
    this.claims.byDoc.delete(uri);
    this.claims.changes++;
  }

  /** Takes claims out with their links, the links completed through them and their postings. */
  private removeClaims(uri: string, gone: readonly number[]): void {
    const t = this.claims;
    const touched = new Set<number>();
    for (const k of gone) {
      for (const f of t.featuresOf(k)) touched.add(f);
      for (const other of this.links.get(k)?.keys() ?? []) this.links.get(other)?.delete(k);
      this.links.delete(k);
      // A link completed through this claim goes with it.
      const pairs = this.supports.get(k) ?? [];
      for (let i = 0; i < pairs.length; i += 2) {
        const a = t.idOf(pairs[i]);
        const b = t.idOf(pairs[i + 1]);
        if (a === undefined || b === undefined) continue;
        this.links.get(a)?.delete(b);
        this.links.get(b)?.delete(a);
      }
      this.supports.delete(k);
      this.refs[k] = undefined;
      t.remove(uri, k);
    }
    // Each posting the document's claims were in is swept once for the numbers now free.
    this.postings.sweep(touched, (k) => t.has(k));
    t.release(gone);
  }

  /**
   * Adds a document's claims and links them with the claims already in the index. A document
   * already in the index (an edit) keeps its claims that the edit left as they were, links
   * included, at their new offsets: only the claims the edit changed are taken out and linked
   * anew.
   */
  addDoc(uri: string, claims: LinkClaim[]): void {
    const before = this.claims.byDoc.get(uri);
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
    const t = this.claims;
    // Room made once for what is coming, rather than grown step by step (each step a copy).
    if (expected) t.reserve(expected.claims, expected.features);
    let ids: number[] = [];
    for (const d of docs) for (const k of this.insert(d.uri, d.claims, undefined, false)) ids.push(k);
    // A document given twice keeps its second claims (whose numbers may be those its first ones had).
    if (t.free.length || ids.some((k) => !t.has(k))) ids = [...new Set(ids.filter((k) => t.has(k)))];
    // A batch's claims are posted once the whole batch is in.
    this.postings.addAll(ids, (k) => t.featuresOf(k), this.features.count);
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
    const t = this.claims;
    // The claim's best corroborating links only: a claim many others link to is not a hub for all of them.
    const best: number[] = [];
    const scores = new Map<number, number>();
    for (const [o, l] of this.links.get(k) ?? []) {
      if (l.kind !== 'corroborates') continue;
      scores.set(o, l.score);
      keepBest(best, LINKS_PER_CLAIM, o, (x, y) => scores.get(y)! - scores.get(x)! || t.compareKeys(x, y));
    }
    const near = best.sort((x, y) => t.compareKeys(x, y));
    for (let i = 0; i < near.length; i++) {
      for (let j = i + 1; j < near.length; j++) {
        const a = near[i];
        const b = near[j];
        if (this.links.get(a)?.has(b)) continue;
        if (t.int.doc[a] === t.int.doc[b]) continue;
        const l = this.scorer.score(a, b, this.opts.completeAt);
        if (!l || l.kind !== 'corroborates') continue;
        this.setLink(a, b, { ...l, reason: `${this.scorer.sharedReason(this.scorer.shared)}; both corroborate a third passage` });
        let pairs = this.supports.get(k);
        if (!pairs) { pairs = []; this.supports.set(k, pairs); }
        pairs.push(t.keyOf(a), t.keyOf(b));
      }
    }
  }

  /**
   * An edited document's claims: each unchanged claim (the same features, stance and predicate)
   * keeps its number and its links, moved to its new offsets; the others go, and the new ones
   * come in. Returns the numbers of the claims that came in, to be linked.
   */
  private update(uri: string, before: readonly number[], claims: LinkClaim[]): number[] {
    const t = this.claims;
    const unchanged = new Map<string, number[]>();
    for (const k of before) {
      const sig = t.signatureOfClaim(k);
      const list = unchanged.get(sig);
      if (list) list.push(k); else unchanged.set(sig, [k]);
    }
    const moved = new Map<number, LinkClaim>();
    const fresh: LinkClaim[] = [];
    for (const c of claims) {
      const sig = t.signature(c, c.terms.length, this.features.numbersOf(c));
      const k = unchanged.get(sig)?.shift();
      if (k === undefined) fresh.push(c); else moved.set(k, c);
    }
    this.removeClaims(uri, before.filter((k) => !moved.has(k)));
    const renamed = new Map<string, string>();
    for (const [k, c] of moved) {
      const key = claimKey(c);
      const was = t.keyOf(k);
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
    this.claims.move(k, c, key, uri);
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
  private insert(uri: string, claims: LinkClaim[], kept?: number[], posted = true): number[] {
    if (!kept) this.removeDoc(uri);
    const t = this.claims;
    const opposable = this.features.opposable;
    const ids: number[] = [];
    for (const c of claims) {
      const fs = this.features.numbersOf(c);
      const k = t.add(uri, c, fs, fs.some((f) => opposable[f]));
      if (posted) this.postings.add(k, fs);
      ids.push(k);
    }
    t.byDoc.set(uri, kept ? kept.concat(ids) : ids);
    t.changes++;
    return ids;
  }

  private linkClaim(k: number): void {
    const t = this.claims;
    const fs = t.featuresOf(k);
    const names = this.features.names;
    const n = t.int;
    const stanceOf = t.stanceOf[k];
    const hasStance = n.stance[k] >= 0;
    const postings = this.postings.of;
    const size = (f: number) => postings[f]!.size;
    const usable: number[] = [];
    for (const f of fs) { const m = size(f); if (m > 1 && m <= MAX_POSTING) usable.push(f); }
    usable.sort((a, b) => size(a) - size(b) || (names[a] < names[b] ? -1 : 1));
    // The rarest features, and the actors taking a stance, whose opposite stance elsewhere is a contradiction.
    const probes = usable.slice(0, PROBES);
    if (hasStance) for (const f of usable) if (stanceOf.includes(names[f].slice(1)) && !probes.includes(f)) probes.push(f);
    // Count how many probed features each candidate shares; a paraphrase shares several.
    if (this.hits.length < t.slots) this.hits = new Int32Array(Math.max(1024, t.slots * 2));
    const hits = this.hits;
    const seen: number[] = [];
    const takers = new Set<number>();
    for (const f of probes) {
      const taker = hasStance && stanceOf.includes(names[f].slice(1));
      const p = postings[f]!;
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
    // The best MAX_CANDIDATES (most hits, then key order; in the order they were seen on a tie),
    // kept in order as they come: on corpora where many documents share passages a claim
    // sees thousands, and sorting them all to keep sixteen was most of the work.
    const candidates: number[] = [];
    const better = (a: number, b: number) => hits[b] - hits[a] || t.compareKeys(a, b);
    for (const o of seen) if ((hits[o] >= minHits || (takers.size > 0 && takers.has(o))) && n.doc[o] !== doc) keepBest(candidates, MAX_CANDIDATES, o, better);
    for (const o of seen) hits[o] = 0;
    const found: { l: ClaimLink; o: number; shared: number[] }[] = [];
    for (const o of candidates) {
      const l = this.scorer.score(k, o);
      if (l) found.push({ l, o, shared: l.reason ? [] : this.scorer.shared.slice() });
    }
    found.sort((x, y) => (x.l.kind === y.l.kind ? y.l.score - x.l.score : x.l.kind === 'contradicts' ? -1 : 1));
    for (const { l, o, shared } of found.slice(0, LINKS_PER_CLAIM)) {
      if (!l.reason) l.reason = this.scorer.sharedReason(shared);
      this.setLink(k, o, l);
    }
  }

  private setLink(a: number, b: number, l: ClaimLink): void {
    // Links share their passage references and their reasons; a link's passages are in key order.
    const [first, second] = this.claims.compareKeys(a, b) < 0 ? [a, b] : [b, a];
    l.a = this.refOf(first, l.a);
    l.b = this.refOf(second, l.b);
    l.reason = this.names.share(l.reason);
    if (!this.links.has(a)) this.links.set(a, new Map());
    if (!this.links.has(b)) this.links.set(b, new Map());
    this.links.get(a)!.set(b, l);
    this.links.get(b)!.set(a, l);
  }

  private refOf(k: number, r: PassageRef): PassageRef {
    return (this.refs[k] ??= r);
  }

  /** Each claim of a document with its links: `each(start, links)`. */
  forEachClaimOf(uri: string, each: (start: number, links: Iterable<ClaimLink>) => void): void {
    for (const k of this.claims.byDoc.get(uri) ?? []) each(this.claims.int.start[k], this.links.get(k)?.values() ?? []);
  }

  linksOf(key: string): ClaimLink[] {
    const k = this.claims.idOf(key);
    return k === undefined ? [] : [...(this.links.get(k)?.values() ?? [])];
  }
}

/**
 * Puts `item` among the best `max` items of `best` (kept in order, best first, by `better`
 * below zero), as a stable sort of every item followed by taking the first `max` would: an
 * item that ties with one already in comes after it.
 */
function keepBest(best: number[], max: number, item: number, better: (a: number, b: number) => number): void {
  if (best.length === max && better(item, best[max - 1]) >= 0) return;
  let at = best.length === max ? max - 1 : best.length;
  while (at > 0 && better(item, best[at - 1]) < 0) { best[at] = best[at - 1]; at--; }
  best[at] = item;
}
