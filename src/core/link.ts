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

interface Posting { name: string; ids: number[] }

/** Where the other claim `id` stands in a list of (claim number, link) pairs, or -1. */
function pairAt(links: (number | ClaimLink)[], id: number): number {
  for (let i = 0; i < links.length; i += 2) if (links[i] === id) return i;
  return -1;
}

/** How many distinct link reasons are shared before sharing starts afresh. */
const REASONS_LIMIT = 500_000;

export class ClaimIndex {
  /**
   * Claims are numbered; a removed claim's number is reused. Per number: its key, the claim,
   * its features (sorted, without repeats), and its links with the numbers of the other claims.
   */
  private readonly keys: (string | undefined)[] = [];
  private readonly claims: (LinkClaim | undefined)[] = [];
  private readonly features: (string[] | undefined)[] = [];
  /** Per claim: the number of each other claim it is linked with, followed by the link. */
  private readonly links: ((number | ClaimLink)[] | undefined)[] = [];
  /** One passage reference per claim, shared by all its links. */
  private readonly refs: (PassageRef | undefined)[] = [];
  /** Scratch counts for finding a claim's candidates, by claim number (all zero between uses). */
  private hits = new Int32Array(0);
  private takers = new Uint8Array(0);
  /** One copy of each link reason. */
  private readonly reasons = new Map<string, string>();
  private readonly free: number[] = [];
  private readonly idOf = new Map<string, number>();
  /** feature -> the numbers of the claims that have it (in no particular order). */
  private readonly postings = new Map<string, Posting>();
  private readonly byDoc = new Map<string, number[]>();

  constructor(private readonly opts: LinkOptions = DEFAULT_LINK_OPTIONS) {}

  get size(): number { return this.idOf.size; }

  private idf(f: string): number {
    return Math.log(1 + (this.idOf.size + 1) / ((this.postings.get(f)?.ids.length ?? 0) + 1));
  }

  removeDoc(uri: string): void {
    const ids = this.byDoc.get(uri);
    if (!ids) return;
    // Each posting the document's claims are in is swept once, however many of them it holds.
    const gone = new Uint8Array(this.keys.length);
    for (const id of ids) gone[id] = 1;
    const touched = new Set<string>();
    for (const id of ids) for (const f of this.features[id]!) touched.add(f);
    for (const f of touched) {
      const p = this.postings.get(f)!;
      const list = p.ids;
      let n = 0;
      for (let i = 0; i < list.length; i++) if (!gone[list[i]]) list[n++] = list[i];
      list.length = n;
      if (!n) this.postings.delete(f);
    }
    for (const id of ids) {
      const own = this.links[id];
      if (own) for (let i = 0; i < own.length; i += 2) {
        const back = this.links[own[i] as number]!;
        back.splice(pairAt(back, id), 2);
      }
      this.idOf.delete(this.keys[id]!);
      this.keys[id] = undefined;
      this.claims[id] = undefined;
      this.features[id] = undefined;
      this.links[id] = undefined;
      this.refs[id] = undefined;
      this.free.push(id);
    }
    this.byDoc.delete(uri);
  }

  /** Adds a document's claims and links them with the claims already in the index. */
  addDoc(uri: string, claims: LinkClaim[]): void {
    this.removeDoc(uri);
    const ids: number[] = [];
    for (const c of claims) {
      const k = claimKey(c);
      const id = this.free.pop() ?? this.keys.length;
      const fs = [...new Set(featuresOf(c))].sort();
      for (let i = 0; i < fs.length; i++) {
        let p = this.postings.get(fs[i]);
        if (!p) { p = { name: fs[i], ids: [] }; this.postings.set(fs[i], p); }
        p.ids.push(id);
        // The posting's own copy of the name: one string per feature across the index.
        fs[i] = p.name;
      }
      // The claim's terms become the postings' copies of the same strings: one per term across the index.
      for (let i = 0; i < c.terms.length; i++) {
        const p = this.postings.get(c.terms[i]);
        if (p) c.terms[i] = p.name;
      }
      this.keys[id] = k;
      this.claims[id] = c;
      this.features[id] = fs;
      this.idOf.set(k, id);
      ids.push(id);
    }
    this.byDoc.set(uri, ids);
    // The index does not change while a document's claims are linked: term rarities are computed once.
    const idf = new Map<string, number>();
    const weight = (f: string) => { let w = idf.get(f); if (w === undefined) { w = this.idf(f); idf.set(f, w); } return w; };
    for (const id of ids) this.linkClaim(id, weight);
  }

  private linkClaim(id: number, weight: (f: string) => number): void {
    const c = this.claims[id]!;
    const fs = this.features[id]!;
    const usable: { f: string; n: number }[] = [];
    for (const f of fs) {
      const n = this.postings.get(f)!.ids.length;
      if (n > 1 && n <= MAX_POSTING) usable.push({ f, n });
    }
    usable.sort((a, b) => a.n - b.n || (a.f < b.f ? -1 : 1));
    // The rarest features, and the actors taking a stance, whose opposite stance elsewhere is a contradiction.
    const probes = usable.slice(0, PROBES);
    if (c.stance) for (const x of usable) if (c.stanceOf.includes(x.f.slice(1)) && !probes.includes(x)) probes.push(x);
    // Count how many probed features each candidate shares; a paraphrase shares several.
    if (this.hits.length < this.keys.length) {
      this.hits = new Int32Array(this.keys.length * 2);
      this.takers = new Uint8Array(this.keys.length * 2);
    }
    const { hits, takers } = this;
    const met: number[] = [];
    for (const { f } of probes) {
      const taker = !!c.stance && c.stanceOf.includes(f.slice(1));
      for (const o of this.postings.get(f)!.ids) {
        if (o === id) continue;
        if (hits[o]++ === 0) met.push(o);
        if (taker && this.claims[o]!.stance) takers[o] = 1;
      }
    }
    // Claims whose one shared feature is the actor taking a stance are kept: an opposite stance contradicts.
    const minHits = probes.length >= 3 ? 2 : 1;
    const keys = this.keys as string[];
    const candidates: number[] = [];
    for (const o of met) if ((hits[o] >= minHits || takers[o]) && this.claims[o]!.doc !== c.doc) candidates.push(o);
    candidates.sort((a, b) => hits[b] - hits[a] || (keys[a] < keys[b] ? -1 : 1));
    if (candidates.length > MAX_CANDIDATES) candidates.length = MAX_CANDIDATES;
    for (const o of met) { hits[o] = 0; takers[o] = 0; }
    const found: { link: ClaimLink; other: number }[] = [];
    for (const o of candidates) {
      const link = this.score(c, this.claims[o]!, fs, this.features[o]!, weight);
      if (link) found.push({ link, other: o });
    }
    found.sort(({ link: a }, { link: b }) => (a.kind === b.kind ? b.score - a.score : a.kind === 'contradicts' ? -1 : 1));
    for (const { link, other } of found.slice(0, LINKS_PER_CLAIM)) this.setLink(id, other, link);
  }

  /** Stores a link under both claims; a pair linked before keeps its place with the new link. */
  private setLink(a: number, b: number, l: ClaimLink): void {
    const [first, second] = this.keys[a]! < this.keys[b]! ? [a, b] : [b, a];
    l.a = this.refOf(first);
    l.b = this.refOf(second);
    // Many links give the same reason: they share one copy of it.
    const reason = this.reasons.get(l.reason);
    if (reason === undefined) {
      if (this.reasons.size >= REASONS_LIMIT) this.reasons.clear();
      this.reasons.set(l.reason, l.reason);
    } else l.reason = reason;
    this.putLink(a, b, l);
    this.putLink(b, a, l);
  }

  private refOf(id: number): PassageRef {
    let r = this.refs[id];
    if (!r) { const c = this.claims[id]!; r = { uri: c.uri, start: c.start, end: c.end }; this.refs[id] = r; }
    return r;
  }

  private putLink(from: number, to: number, l: ClaimLink): void {
    let links = this.links[from];
    if (!links) { links = []; this.links[from] = links; }
    const at = pairAt(links, to);
    if (at >= 0) links[at + 1] = l;
    else links.push(to, l);
  }

  linksOf(k: string): ClaimLink[] {
    const id = this.idOf.get(k);
    const links = id === undefined ? undefined : this.links[id];
    const out: ClaimLink[] = [];
    if (links) for (let i = 1; i < links.length; i += 2) out.push(links[i] as ClaimLink);
    return out;
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
