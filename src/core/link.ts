/**
 * Finds, for each claim, the passages in other documents that assert the same proposition, and
 * the ones that contradict it. The index is incremental: a document's claims are added or
 * removed on their own. Candidates come from an inverted index probed with each claim's rarest
 * features only (prefix filtering: a pair worth linking shares at least one of them), so the
 * work grows with the number of plausible pairs, not with all pairs; each candidate is then
 * scored exactly, and a claim keeps its best few links.
 *
 * Known shortcut: a claim's links are scored with the term rarities of the moment it was added.
 */
import type { ClaimLink, PassageRef } from './schema';

export interface LinkClaim extends PassageRef {
  doc: string;
  outlet: string;
  terms: string[];
  actors: string[];
  figures: string[];
  stance?: string;
  stanceOf: string[];
}

export interface LinkOptions {
  corroborateAt: number;
  contradictAt: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { corroborateAt: 0.4, contradictAt: 0.1 };
/** How many of a claim's rarest features are probed for candidates. */
const PROBES = 5;
/** Postings longer than this are too common to find candidates with. */
const MAX_POSTING = 80;
/** Candidates scored exactly per claim: those sharing the most probed features. */
const MAX_CANDIDATES = 16;
/** Links a claim keeps when it is added: its best ones. */
const LINKS_PER_CLAIM = 8;
/** How alike two passages must be before differing sums in them are a contradiction. */
const FIGURE_CONFLICT_AT = 0.3;

export const claimKey = (c: { uri: string; start: number }) => `${c.uri}#${c.start}`;

/** How many distinct strings the index shares before sharing starts afresh. */
const NAMES_LIMIT = 1_000_000;

export class ClaimIndex {
  private readonly claims = new Map<string, LinkClaim>();
  /** claim key -> its features, sorted, without repeats. */
  private readonly features = new Map<string, string[]>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly byDoc = new Map<string, string[]>();
  /** claim key -> other claim key -> link (stored under both keys). */
  private readonly links = new Map<string, Map<string, ClaimLink>>();
  /** claim key -> the one passage reference all its links share. */
  private readonly refs = new Map<string, PassageRef>();
  /** One copy of each feature name and of each link reason. */
  private readonly names = new Map<string, string>();
  /** Term rarities, valid while the index does not change (`changes` counts the changes). */
  private readonly weights = new Map<string, number>();
  private changes = 0;
  private weightsAt = -1;

  constructor(private readonly opts: LinkOptions = DEFAULT_LINK_OPTIONS) {}

  get size(): number { return this.claims.size; }

  private idf(f: string): number {
    return Math.log(1 + (this.claims.size + 1) / ((this.postings.get(f)?.size ?? 0) + 1));
  }

  removeDoc(uri: string): void {
    for (const k of this.byDoc.get(uri) ?? []) {
      for (const f of this.features.get(k) ?? []) {
        const p = this.postings.get(f);
        p?.delete(k);
        if (p && !p.size) this.postings.delete(f);
      }
      for (const other of this.links.get(k)?.keys() ?? []) this.links.get(other)?.delete(k);
      this.links.delete(k);
      this.refs.delete(k);
      this.features.delete(k);
      this.claims.delete(k);
    }
    this.byDoc.delete(uri);
    this.changes++;
  }

  /** Adds a document's claims and links them with the claims already in the index. */
  addDoc(uri: string, claims: LinkClaim[]): void {
    this.removeDoc(uri);
    const keys: string[] = [];
    for (const c of claims) {
      const k = claimKey(c);
      const fs = [...new Set(featuresOf(c))].sort().map((f) => this.name(f));
      // The claim's terms become the index's copies of the same strings.
      for (let i = 0; i < c.terms.length; i++) c.terms[i] = this.name(c.terms[i]);
      this.claims.set(k, c);
      this.features.set(k, fs);
      for (const f of fs) {
        let p = this.postings.get(f);
        if (!p) { p = new Set(); this.postings.set(f, p); }
        p.add(k);
      }
      keys.push(k);
    }
    this.byDoc.set(uri, keys);
    this.changes++;
    for (const k of keys) this.linkClaim(k);
  }

  private linkClaim(k: string): void {
    const c = this.claims.get(k)!;
    const fs = this.features.get(k)!;
    const usable = fs.map((f) => ({ f, n: this.postings.get(f)!.size })).filter((x) => x.n > 1 && x.n <= MAX_POSTING)
      .sort((a, b) => a.n - b.n || (a.f < b.f ? -1 : 1));
    // The rarest features, and the actors taking a stance, whose opposite stance elsewhere is a contradiction.
    const probes = usable.slice(0, PROBES);
    if (c.stance) for (const x of usable) if (c.stanceOf.includes(x.f.slice(1)) && !probes.includes(x)) probes.push(x);
    // Count how many probed features each candidate shares; a paraphrase shares several.
    const hits = new Map<string, number>();
    const takers = new Set<string>();
    for (const { f } of probes) {
      const taker = !!c.stance && c.stanceOf.includes(f.slice(1));
      for (const o of this.postings.get(f)!) {
        if (o === k) continue;
        hits.set(o, (hits.get(o) ?? 0) + 1);
        if (taker && this.claims.get(o)!.stance) takers.add(o);
      }
    }
    // Claims whose one shared feature is the actor taking a stance are kept: an opposite stance contradicts.
    const minHits = probes.length >= 3 ? 2 : 1;
    const candidates = [...hits].filter(([o, n]) => (n >= minHits || takers.has(o)) && this.claims.get(o)!.doc !== c.doc)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CANDIDATES);
    if (this.weightsAt !== this.changes) { this.weights.clear(); this.weightsAt = this.changes; }
    const idf = this.weights;
    const weight = (f: string) => { let w = idf.get(f); if (w === undefined) { w = this.idf(f); idf.set(f, w); } return w; };
    const found: ClaimLink[] = [];
    for (const [o] of candidates) {
      const link = this.score(c, this.claims.get(o)!, fs, this.features.get(o)!, weight);
      if (link) found.push(link);
    }
    found.sort((a, b) => (a.kind === b.kind ? b.score - a.score : a.kind === 'contradicts' ? -1 : 1));
    for (const l of found.slice(0, LINKS_PER_CLAIM)) {
      // A link's passages are in key order, so the other claim may be either of them.
      const o = claimKey(l.a) === k ? claimKey(l.b) : claimKey(l.a);
      this.setLink(k, o, l);
    }
  }

  private setLink(a: string, b: string, l: ClaimLink): void {
    // Links share their passage references and their reasons.
    l.a = this.refOf(l.a);
    l.b = this.refOf(l.b);
    l.reason = this.name(l.reason);
    if (!this.links.has(a)) this.links.set(a, new Map());
    if (!this.links.has(b)) this.links.set(b, new Map());
    this.links.get(a)!.set(b, l);
    this.links.get(b)!.set(a, l);
  }

  private refOf(r: PassageRef): PassageRef {
    const k = claimKey(r);
    let shared = this.refs.get(k);
    if (!shared) { shared = r; this.refs.set(k, r); }
    return shared;
  }

  /** The index's copy of a string (bounded: sharing starts afresh past NAMES_LIMIT). */
  private name(s: string): string {
    let n = this.names.get(s);
    if (n === undefined) {
      if (this.names.size >= NAMES_LIMIT) this.names.clear();
      this.names.set(s, s);
      n = s;
    }
    return n;
  }

  linksOf(k: string): ClaimLink[] {
    return [...(this.links.get(k)?.values() ?? [])];
  }

  /** Scores a pair from their sorted feature lists (a merge, no allocation but the shared names). */
  private score(a: LinkClaim, b: LinkClaim, fa: string[], fb: string[], weight = (f: string) => this.idf(f)): ClaimLink | undefined {
    let shared = 0;
    let wa = 0;
    let wb = 0;
    const sharedNames: string[] = [];
    let i = 0;
    let j = 0;
    while (i < fa.length || j < fb.length) {
      if (j >= fb.length || (i < fa.length && fa[i] < fb[j])) { wa += weight(fa[i++]); continue; }
      if (i >= fa.length || fb[j] < fa[i]) { wb += weight(fb[j++]); continue; }
      const w = weight(fa[i]);
      wa += w; wb += w; shared += w;
      sharedNames.push(fa[i]);
      i++; j++;
    }
    if (!wa || !wb) return undefined;
    // Dice is fair to passages of like length; the overlap coefficient lets a short paraphrase
    // inside a long sentence count. Their mean balances the two.
    const sim = ((2 * shared) / (wa + wb) + shared / Math.min(wa, wb)) / 2;
    const [first, second] = claimKey(a) < claimKey(b) ? [a, b] : [b, a];
    const ref = (x: LinkClaim): PassageRef => ({ uri: x.uri, start: x.start, end: x.end });
    const sameTaker = a.stanceOf.find((x) => b.stanceOf.includes(x));
    if (a.stance && b.stance && a.stance !== b.stance && sameTaker && sim >= this.opts.contradictAt) {
      return { kind: 'contradicts', a: ref(first), b: ref(second), score: round(sim), reason: `${sameTaker.replace(/^(?:actor|k):/, '')}: ${first.stance} vs ${second.stance}` };
    }
    const sharedActors = a.actors.some((x) => b.actors.includes(x));
    // Two sums of money for the same thing by the same actor that do not agree.
    const money = (x: LinkClaim) => x.figures.filter((f) => /^[$€£]/.test(f));
    const ma = money(a);
    const mb = money(b);
    if (ma.length && mb.length && !ma.some((x) => mb.includes(x)) && sim >= FIGURE_CONFLICT_AT && sharedActors) {
      return { kind: 'contradicts', a: ref(first), b: ref(second), score: round(sim), reason: `sums differ: ${money(first).join(', ')} vs ${money(second).join(', ')}` };
    }
    // A second outlet counts more than a copy in the same outlet.
    const score = sim * (a.outlet === b.outlet ? 0.8 : 1);
    if (score < this.opts.corroborateAt) return undefined;
    return { kind: 'corroborates', a: ref(first), b: ref(second), score: round(score), reason: `shared ${describe(sharedNames)}` };
  }
}

function featuresOf(c: LinkClaim): string[] {
  return [...c.terms, ...c.actors.map((a) => `@${a}`), ...c.figures.map((f) => `#${f}`)];
}

function describe(names: string[]): string {
  const actors = names.filter((n) => n.startsWith('@')).map((n) => n.slice(1).replace(/^(?:actor|k):/, ''));
  const figures = names.filter((n) => n.startsWith('#')).map((n) => n.slice(1));
  const terms = names.filter((n) => !n.startsWith('@') && !n.startsWith('#'));
  return [actors.length ? `actors ${actors.join(', ')}` : '', figures.length ? `figures ${figures.join(', ')}` : '', terms.length ? `terms ${terms.slice(0, 8).join(', ')}` : '']
    .filter(Boolean).join('; ');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
