/**
 * Finds, for each claim, the passages in other documents that assert the same proposition, and
 * the ones that contradict it. Candidates come from an inverted index over the claims' rarer
 * terms (terms in more than MAX_POSTING_SHARE of all claims are not used to find candidates),
 * so the work grows with the number of plausible pairs rather than with all pairs; each
 * candidate is then scored exactly.
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

export const DEFAULT_LINK_OPTIONS: LinkOptions = { corroborateAt: 0.45, contradictAt: 0.1 };
const MAX_POSTING_SHARE = 0.05;
const MIN_POSTING_CAP = 64;

export class ClaimIndex {
  private claims: LinkClaim[] = [];
  private postings = new Map<string, number[]>();
  private df = new Map<string, number>();

  constructor(claims: LinkClaim[]) {
    this.claims = claims;
    claims.forEach((c, i) => {
      for (const f of features(c)) {
        let p = this.postings.get(f);
        if (!p) { p = []; this.postings.set(f, p); }
        p.push(i);
        this.df.set(f, (this.df.get(f) ?? 0) + 1);
      }
    });
  }

  private idf(f: string): number {
    return Math.log(1 + this.claims.length / (this.df.get(f) ?? 1));
  }

  /** Links from claim i to claims of other documents, best first. */
  linksOf(i: number, opts: LinkOptions = DEFAULT_LINK_OPTIONS): ClaimLink[] {
    const c = this.claims[i];
    const cap = Math.max(MIN_POSTING_CAP, Math.floor(this.claims.length * MAX_POSTING_SHARE));
    const seen = new Set<number>();
    const out: ClaimLink[] = [];
    const fc = features(c);
    for (const f of fc) {
      const p = this.postings.get(f);
      if (!p || p.length > cap) continue;
      for (const j of p) {
        if (j === i || seen.has(j)) continue;
        seen.add(j);
        const o = this.claims[j];
        if (o.doc === c.doc) continue;
        const link = this.score(c, o, fc, opts);
        if (link) out.push(link);
      }
    }
    return out.sort((a, b) => b.score - a.score);
  }

  private score(a: LinkClaim, b: LinkClaim, fa: string[], opts: LinkOptions): ClaimLink | undefined {
    const fb = new Set(features(b));
    let shared = 0;
    let wa = 0;
    let wb = 0;
    const sharedNames: string[] = [];
    for (const f of fa) { const w = this.idf(f); wa += w; if (fb.has(f)) { shared += w; sharedNames.push(f); } }
    for (const f of fb) wb += this.idf(f);
    if (!wa || !wb) return undefined;
    // Dice is fair to passages of like length; the overlap coefficient lets a short paraphrase
    // inside a long sentence count. Their mean balances the two.
    const sim = ((2 * shared) / (wa + wb) + shared / Math.min(wa, wb)) / 2;
    const ref = (x: LinkClaim): PassageRef => ({ uri: x.uri, start: x.start, end: x.end });
    const sharedActors = a.actors.filter((x) => b.actors.includes(x));
    const sameTaker = a.stanceOf.find((x) => b.stanceOf.includes(x));
    if (a.stance && b.stance && a.stance !== b.stance && sameTaker && sim >= opts.contradictAt) {
      return { kind: 'contradicts', a: ref(a), b: ref(b), score: round(sim), reason: `${sameTaker.replace(/^actor:/, '')}: ${a.stance} vs ${b.stance}` };
    }
    const figA = a.figures.filter((x) => !b.figures.includes(x));
    if (a.figures.length && b.figures.length && figA.length === a.figures.length && sim >= 0.5 && sharedActors.length) {
      return { kind: 'contradicts', a: ref(a), b: ref(b), score: round(sim), reason: `figures differ: ${a.figures.join(', ')} vs ${b.figures.join(', ')}` };
    }
    // A second outlet counts more than a copy in the same outlet.
    const weight = a.outlet === b.outlet ? 0.8 : 1;
    const score = sim * weight;
    if (score < opts.corroborateAt) return undefined;
    return { kind: 'corroborates', a: ref(a), b: ref(b), score: round(score), reason: `shared ${describe(sharedNames)}` };
  }
}

function features(c: LinkClaim): string[] {
  return [...c.terms, ...c.actors.map((a) => `@${a}`), ...c.figures.map((f) => `#${f}`)];
}

function describe(names: string[]): string {
  const actors = names.filter((n) => n.startsWith('@')).map((n) => n.slice(1));
  const figures = names.filter((n) => n.startsWith('#')).map((n) => n.slice(1));
  const terms = names.filter((n) => !n.startsWith('@') && !n.startsWith('#'));
  return [actors.length ? `actors ${actors.join(', ')}` : '', figures.length ? `figures ${figures.join(', ')}` : '', terms.length ? `terms ${terms.slice(0, 8).join(', ')}` : '']
    .filter(Boolean).join('; ');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
