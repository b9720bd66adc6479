/**
 * How alike two claims are, and whether that makes one corroborate or contradict the other:
 * their shared features weighed by rarity (inverse document frequency over the index's claims),
 * then the rules that keep apart passages which share words but not a proposition.
 */
import type { ClaimLink } from '../schema';
import type { StringPool } from '../strings';
import { OPPOSITE_TERMS } from '../extract/claims';
import type { ClaimTable } from './claims';
import { FeatureKind, type Features } from './features';
import type { Postings } from './postings';

export interface LinkOptions {
  corroborateAt: number;
  contradictAt: number;
  /** The lower score at which two passages corroborated by one same third passage are linked. */
  completeAt: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { corroborateAt: 0.34, contradictAt: 0.05, completeAt: 0.26 };
/** Fewer terms than this and a passage is compared by Dice alone. */
const MIN_TERMS_FOR_OVERLAP = 3;
/** How alike two passages must be before differing sums in them are a contradiction. */
const FIGURE_CONFLICT_AT = 0.15;
/** What a pair's similarity is worth when the two passages' predicates are events of different kinds. */
const PREDICATE_MISMATCH = 0.5;
/** Event types that announce an act rather than report it (CAMEO 10 demand, 13 threaten). */
const IRREALIS = new Set(['THREATEN', 'DEMAND']);
/** How many reasons are remembered by the features they name before starting afresh. */
const REASONS_LIMIT = 1_000_000;

export class PairScorer {
  /** Feature rarities by feature number (NaN: not yet computed), valid while the table does not change (`changes` counts the changes). */
  private weights = new Float64Array(0);
  /** claim number -> the sum of its features' rarities (NaN: not yet computed), valid with the rarities. */
  private totals = new Float64Array(0);
  private weightsAt = -1;
  /** The features two claims share, as the last score found them. */
  readonly shared: number[] = [];
  /** The reason written for each set of shared features. */
  private readonly reasons = new Map<string, string>();

  constructor(
    private readonly claims: ClaimTable,
    private readonly features: Features,
    private readonly postings: Postings,
    private readonly opts: LinkOptions,
    /** One copy of each link reason. */
    private readonly names: StringPool,
  ) {}

  private idf(f: number): number {
    return Math.log(1 + (this.claims.count + 1) / (this.postings.size(f) + 1));
  }

  /** Forgets the rarities and sums computed before the table last changed. */
  private keepWeights(): void {
    if (this.weightsAt !== this.claims.changes || this.weights.length !== this.features.count || this.totals.length !== this.claims.slots) {
      this.weights = new Float64Array(this.features.count).fill(NaN);
      this.totals = new Float64Array(this.claims.slots).fill(NaN);
      this.weightsAt = this.claims.changes;
    }
  }

  /** The sum of a claim's features' rarities, in the order of its features. */
  private total(k: number): number {
    this.keepWeights();
    let t = this.totals[k];
    if (t !== t) {
      t = 0;
      const { pool, int } = this.claims;
      const at = int.featureAt[k];
      for (let i = at, end = at + int.featureCount[k]; i < end; i++) t += this.weight(pool[i]);
      this.totals[k] = t;
    }
    return t;
  }

  /** A feature's rarity, computed once while the table does not change. */
  private weight(f: number): number {
    this.keepWeights();
    let w = this.weights[f];
    if (w !== w) { w = this.idf(f); this.weights[f] = w; }
    return w;
  }

  /** Has claim `a` a term that claim `b` lacks and whose opposite `b` has? */
  private opposed(a: number, b: number): boolean {
    const { kinds, names } = this.features;
    const fb = this.claims.featuresOf(b);
    for (const f of this.claims.featuresOf(a)) {
      if (kinds[f] !== FeatureKind.Term && kinds[f] !== FeatureKind.Name) continue;
      const opp = OPPOSITE_TERMS.get(names[f]);
      if (!opp || fb.includes(f)) continue;
      for (const g of fb) if ((kinds[g] === FeatureKind.Term || kinds[g] === FeatureKind.Name) && opp.has(names[g])) return true;
    }
    return false;
  }

  /** Scores a pair of claims from their sorted feature lists (a merge, allocating only for a pair alike enough to link). */
  score(ia: number, ib: number, corroborateAt = this.opts.corroborateAt): ClaimLink | undefined {
    const t = this.claims;
    const n = t.int;
    const pool = t.pool;
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
    const figuresA = t.figures[ia];
    const figuresB = t.figures[ib];
    const figuresBoth = figuresA.length > 0 && figuresB.length > 0;
    const sa = n.stance[ia];
    const sb = n.stance[ib];
    if (score < corroborateAt && !figuresBoth && !(sa >= 0 && sb >= 0)) return undefined;
    const kinds = this.features.kinds;
    const labels = t.labels;
    const aFirst = t.compareKeys(ia, ib) < 0;
    const first = aFirst ? ia : ib;
    const second = aFirst ? ib : ia;
    const takersA = t.stanceOf[ia];
    const takersB = t.stanceOf[ib];
    const sameTaker = takersA.find((x) => takersB.includes(x));
    if (sa >= 0 && sb >= 0 && sa !== sb && sameTaker && sim >= this.opts.contradictAt) {
      return { kind: 'contradicts', a: t.ref(first), b: t.ref(second), score: round(sim), reason: `${sameTaker.replace(/^(?:actor|k):/, '')}: ${labels[n.stance[first]]} vs ${labels[n.stance[second]]}` };
    }
    const sharedActors = sharedIds.some((f) => kinds[f] === FeatureKind.Actor);
    // The same stance taken by different actors ("Acme refused" and "Initech also refuses") is two propositions.
    const otherTakers = sa >= 0 && sa === sb && takersA.length && takersB.length && !sameTaker;
    if (figuresBoth) {
      // What the figures are about: an actor or a name both passages share, or two other terms.
      const sameSubject = sharedActors || sharedIds.some((f) => kinds[f] === FeatureKind.Name) || sharedIds.filter((f) => kinds[f] !== FeatureKind.Figure).length >= 2;
      // Two sums of money for the same thing by the same actor that do not agree.
      const money = (x: string[]) => x.filter((f) => /^[$€£]/.test(f));
      const ma = money(figuresA);
      const mb = money(figuresB);
      if (ma.length && mb.length && !ma.some((x) => mb.includes(x)) && sim >= FIGURE_CONFLICT_AT && sharedActors) {
        return { kind: 'contradicts', a: t.ref(first), b: t.ref(second), score: round(sim), reason: `sums differ: ${money(t.figures[first]).join(', ')} vs ${money(t.figures[second]).join(', ')}` };
      }
      // Two shares of the same thing ("a 61.5% raise", "a 77 percent raise") that do not agree.
      const percents = (x: string[]) => x.filter((f) => f.endsWith('%'));
      const pa = percents(figuresA);
      const pb = percents(figuresB);
      if (pa.length && pb.length && !pa.some((x) => pb.includes(x)) && sim >= FIGURE_CONFLICT_AT && sameSubject) {
        return { kind: 'contradicts', a: t.ref(first), b: t.ref(second), score: round(sim), reason: `shares differ: ${percents(t.figures[first]).join(', ')} vs ${percents(t.figures[second]).join(', ')}` };
      }
      // Two counts of the same thing ("40 million passengers", "45 million passengers") that do not agree.
      const counts = (x: string[]) => new Map(x.filter((f) => f.includes(' ')).map((f) => [f.slice(f.indexOf(' ') + 1), f]));
      const ca = counts(figuresA);
      const cb = counts(figuresB);
      for (const [noun, fa] of ca) {
        // A closed compound counts what its head counts: "dockworkers" are "workers".
        const fb = cb.get(noun) ?? [...cb].find(([other]) => sameHead(noun, other))?.[1];
        if (fb && fb !== fa && !figuresA.includes(fb) && !figuresB.includes(fa) && sim >= FIGURE_CONFLICT_AT && sameSubject) {
          return { kind: 'contradicts', a: t.ref(first), b: t.ref(second), score: round(sim), reason: `counts differ: ${(aFirst ? fa : fb)} vs ${(aFirst ? fb : fa)}` };
        }
      }
    }
    // A threat or a demand to do something is not the report that it was done.
    if (!samePredicate && (IRREALIS.has(labels[pa]) || IRREALIS.has(labels[pb]))) return undefined;
    // How things usually go is not the report that they went so.
    if (t.generic[ia] !== t.generic[ib]) return undefined;
    // "X undermines Y" and "X defends Y": a verb in one passage whose opposite is in the other.
    if ((t.opposable[ia] && this.opposed(ia, ib)) || (t.opposable[ib] && this.opposed(ib, ia))) return undefined;
    if (score < corroborateAt || otherTakers) return undefined;
    // Sharing a name and nothing else is not asserting the same thing.
    if (!sharedIds.some((f) => kinds[f] !== FeatureKind.Actor)) return undefined;
    // The reason (the shared features, in this.shared) is written by the caller if the link is kept.
    return { kind: 'corroborates', a: t.ref(first), b: t.ref(second), score: round(score), reason: '' };
  }

  /** A corroborating link's reason: the names the two passages share, in name order (written once per set of names). */
  sharedReason(shared: readonly number[]): string {
    const id = shared.join(',');
    let reason = this.reasons.get(id);
    if (reason === undefined) {
      if (this.reasons.size >= REASONS_LIMIT) this.reasons.clear();
      reason = this.names.share(`shared ${describe(shared.map((f) => this.features.names[f]).sort())}`);
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

/** "dockworkers" and "workers": one noun is the other's head, closed into a compound. */
function sameHead(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length > short.length && long.endsWith(short);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
