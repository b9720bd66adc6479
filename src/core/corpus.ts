/**
 * The corpus index: every document's own analysis, resolved together into one identity per
 * actor, events grouped across documents, and claims linked to the passages that corroborate
 * or contradict them. Changes are applied incrementally: a changed document is re-analysed,
 * re-resolved against the actor tables and re-linked through the claim index, without
 * revisiting the other documents.
 *
 * The parts, in corpus/: event grouping (events.ts), the links shared events imply
 * (eventLinks.ts), a document's analysis in corpus ids (resolved.ts). This file keeps the
 * documents and the state made from them, and answers views, the summary and snapshots.
 */
import type { ClaimLink, ClaimStatus, CorpusSnapshot, CorpusSummary, DocumentAnalysis, DocumentView, EventCluster } from './schema';
import { analyzeDocument } from './analyze';
import { ActorResolver, type Resolution } from './resolve';
import { ClaimIndex, claimKey, type LinkClaim } from './link';
import { claimSizes, isStored, linkedClaims, loadAnalysis, shareStrings, type StoredAnalysis } from './stored';
import { NO_STRINGS, StringPool } from './strings';
import { affiliations, assignEventIds, EventClusters, eventsOnly } from './corpus/events';
import { EventLinks } from './corpus/eventLinks';
import { actorSource, resolveDocument } from './corpus/resolved';
import { defaultOutlet } from './outlet';

export interface CancellationToken { readonly isCancellationRequested: boolean }

export class CancelledError extends Error {
  constructor() { super('cancelled'); this.name = 'CancelledError'; }
}

/** A document's outlet when the caller names none: its file name without extension. */
export { defaultOutlet };

/** How many distinct strings the index shares before it starts afresh. */
const NAMES_LIMIT = 200_000;

interface State {
  resolution: Resolution;
  /** Resolved analyses, made when first asked for. */
  resolved: Map<string, DocumentAnalysis>;
  /** Corpus-wide event groups and the links they imply, made when first asked for. */
  events?: EventCluster[];
  eventLinks?: EventLinks;
  /** Person -> organisation, as of the last grouping of events. */
  affiliations?: Map<string, string>;
  /** uri -> the event id of each of its events, from the last grouping. */
  eventIds?: Map<string, (string | undefined)[]>;
}

export class CorpusIndex {
  /** Analyses made elsewhere arrive stored compactly; those made here (edits) are kept whole. */
  private readonly analyses = new Map<string, DocumentAnalysis | StoredAnalysis>();
  private readonly outlets = new Map<string, string>();
  /** One copy of each recurring short string of the analyses put here. */
  private readonly names = new StringPool(NAMES_LIMIT);
  private resolver: ActorResolver | undefined;
  private claims: ClaimIndex | undefined;
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private state: State | undefined;
  private previous: State | undefined;

  get size(): number { return this.analyses.size; }

  uris(): string[] { return [...this.analyses.keys()].sort(); }

  set(uri: string, text: string, version = 0, outlet?: string): void {
    this.put(analyzeDocument(uri, text, version), outlet);
  }

  /** Puts a document's analysis made elsewhere (another thread) into the index. */
  put(analysis: DocumentAnalysis | StoredAnalysis, outlet?: string): void {
    if (isStored(analysis)) this.shareNames(analysis);
    this.analyses.set(analysis.uri, analysis);
    this.outlets.set(analysis.uri, outlet ?? defaultOutlet(analysis.uri));
    this.changed.add(analysis.uri);
    this.removed.delete(analysis.uri);
    this.state = undefined;
  }

  /**
   * An analysis from another thread comes with its own copy of every string: the short ones
   * that recur across documents are swapped for one shared copy.
   */
  private shareNames(a: StoredAnalysis): void {
    shareStrings(a, this.names.share);
  }

  delete(uri: string): boolean {
    if (!this.analyses.delete(uri)) return false;
    this.outlets.delete(uri);
    this.changed.delete(uri);
    this.removed.add(uri);
    this.state = undefined;
    return true;
  }

  /** Brings actors and claim links up to date with every change so far. */
  refresh(token?: CancellationToken): void {
    if (!this.resolver || !this.claims) {
      this.resolver = new ActorResolver();
      this.claims = new ClaimIndex();
      this.changed.clear();
      this.removed.clear();
      this.resolver.addDocs([...this.analyses.values()].map(actorSource));
      const expected = { claims: 0, features: 0 };
      for (const a of this.analyses.values()) { const n = claimSizes(a); expected.claims += n.claims; expected.features += n.features; }
      this.claims.addDocs(this.linkBatch(token), expected);
      return;
    }
    for (const uri of this.removed) { this.resolver.forget(uri); this.claims.removeDoc(uri); }
    this.removed.clear();
    const changed = [...this.changed].sort();
    this.changed.clear();
    this.resolver.addDocs(changed.map((u) => actorSource(this.analyses.get(u)!)));
    for (const uri of changed) this.linkDoc(uri);
  }

  private linkDoc(uri: string): void {
    this.claims!.addDoc(uri, this.linkClaims(uri));
  }

  /** Every document's claims, made as the claim index takes them rather than all at once. */
  private *linkBatch(token?: CancellationToken): Generator<{ uri: string; claims: LinkClaim[] }> {
    for (const uri of this.uris()) {
      check(token);
      yield { uri, claims: this.linkClaims(uri) };
    }
  }

  /** A document's claims as the claim index takes them: actors as corpus ids. */
  private linkClaims(uri: string): LinkClaim[] {
    const a = this.analyses.get(uri)!;
    const key = (k: string) => this.resolver!.stableKey(uri, k);
    // Corpus ids without repeats, in order; the shared empty list when there are none.
    const ids = (keys: string[]) => {
      let out: string[] | undefined;
      for (const k of keys) {
        const x = key(k);
        if (x && !out?.includes(x)) (out ??= []).push(x);
      }
      return out ? out.slice() : NO_STRINGS;
    };
    const outlet = this.outlets.get(uri)!;
    const out: LinkClaim[] = [];
    for (const c of linkedClaims(a)) {
      // Built key by key, without spreads: a corpus has hundreds of thousands of claims.
      const l: LinkClaim = { uri, doc: uri, outlet, start: c.start, end: c.end, terms: c.terms, actors: ids(c.actors), figures: c.figures, stanceOf: ids(c.stanceOf) };
      if (c.stance) l.stance = c.stance;
      if (c.predicate) l.predicate = c.predicate;
      if (c.generic) l.generic = true;
      out.push(l);
    }
    return out;
  }

  private current(token?: CancellationToken): State {
    if (this.state) return this.state;
    const changed = new Set([...this.changed, ...this.removed]);
    const full = !this.resolver;
    this.refresh(token);
    // Resolved analyses of unchanged documents are kept; known shortcut: when a change renames
    // an actor (a fuller name turns up), their copies keep the old name until rebuilt.
    const resolved = full || !this.previous ? new Map<string, DocumentAnalysis>() : this.previous.resolved;
    for (const uri of changed) resolved.delete(uri);
    this.state = { resolution: this.resolver!.resolution(), resolved, ...(this.previous && !full ? { eventLinks: this.previous.eventLinks, affiliations: this.previous.affiliations } : {}) };
    this.previous = this.state;
    return this.state;
  }

  /** The organisation a person's title ties them to: in the document itself, else as last grouped. */
  private affiliationOf(st: State, uri: string, actor: string): string | undefined {
    const own = this.resolvedDoc(st, uri)!.actors.find((p) => p.key === actor && p.affiliation);
    if (own) return st.resolution.idsFor(uri).get(own.affiliation!);
    return st.affiliations?.get(actor);
  }

  /** `keep` false: a copy not already kept is made for the caller alone (an export reads each document once). */
  private resolvedDoc(st: State, uri: string, keep = true): DocumentAnalysis | undefined {
    let r = st.resolved.get(uri);
    if (!r) {
      const raw = this.analyses.get(uri);
      if (!raw) return undefined;
      r = resolveDocument(isStored(raw) ? loadAnalysis(raw) : raw, st.resolution);
      const ids = st.events ? st.eventIds?.get(uri) : undefined;
      if (ids) r.events.forEach((e, i) => { e.eventId = ids[i]; });
      if (keep) st.resolved.set(uri, r);
    }
    return r;
  }

  /** Event groups across the corpus (and the claim links they imply), made once per state. */
  private events(st: State): EventCluster[] {
    if (!st.events) {
      // Only the parts the grouping needs are read, one document at a time: people first (for
      // their organisations), then events.
      const uris = this.uris();
      st.affiliations = affiliations(uris.map((u) => this.analyses.get(u)!), st.resolution);
      const clusters = new EventClusters(st.affiliations, (u) => this.outlets.get(u)!);
      const links = new EventLinks();
      st.eventIds = new Map();
      for (const uri of uris) {
        const g = eventsOnly(this.analyses.get(uri)!, st.resolution);
        clusters.add(g);
        links.add(g);
        st.eventIds.set(uri, g.eventIds);
      }
      st.events = clusters.all();
      links.done();
      st.eventLinks = links;
      // Resolved copies made earlier carry the same event ids.
      for (const [uri, r] of st.resolved) r.events.forEach((e, i) => { e.eventId = st.eventIds!.get(uri)?.[i]; });
    }
    return st.events;
  }

  /** One document with its resolved analysis, claim statuses and links. */
  documentView(uri: string, token?: CancellationToken): DocumentView | undefined {
    return this.view(this.current(token), uri, true);
  }

  /**
   * Every document's view in turn, in the order of `uris()`, for exporters that write as they
   * read: views not already kept are let go once read, so that the corpus is never held resolved.
   */
  *views(token?: CancellationToken): Generator<DocumentView & { uri: string }> {
    const st = this.current(token);
    this.events(st);
    for (const uri of this.uris()) {
      const v = this.view(st, uri, false);
      if (v) yield { uri, ...v };
      check(token);
    }
  }

  private view(st: State, uri: string, keep: boolean): DocumentView | undefined {
    const analysis = this.resolvedDoc(st, uri, keep);
    if (!analysis) return undefined;
    if (!st.events) assignEventIds(analysis, (k) => this.affiliationOf(st, uri, k));
    const links: ClaimLink[] = [];
    const at = new Map<string, number>();
    const claims: ClaimStatus[] = analysis.claims.map((c) => {
      const k = claimKey({ uri, start: c.start });
      // A pair linked both by wording and by a shared event is one link, the one by wording.
      const own = this.claims!.linksOf(k);
      if (st.eventLinks) for (const l of st.eventLinks.linksOf(uri, c.start)) own.push(l);
      const idx: number[] = [];
      for (const l of own) {
        const pair = pairKey(l);
        let n = at.get(pair);
        if (n === undefined) { n = links.push(l) - 1; at.set(pair, n); }
        if (!idx.includes(n)) idx.push(n);
      }
      return { uri, start: c.start, end: c.end, corroborated: own.some((l) => l.kind === 'corroborates'), links: idx };
    });
    return { analysis, claims, links };
  }

  summary(token?: CancellationToken): CorpusSummary {
    const st = this.current(token);
    const events = this.events(st);
    let claimCount = 0;
    let uncorroborated = 0;
    let contradictions = 0;
    const byEvent = st.eventLinks;
    for (const uri of this.uris()) {
      this.claims!.forEachClaimOf(uri, (start, links) => {
        claimCount++;
        let corroborated = !!byEvent?.isLinked(uri, start);
        for (const l of links) {
          if (l.kind === 'corroborates') corroborated = true;
          else if (l.a.uri === uri && l.a.start === start) contradictions++;
        }
        if (!corroborated) uncorroborated++;
      });
      check(token);
    }
    return {
      documents: this.uris().map((uri) => ({ uri, outlet: this.outlets.get(uri)! })), actors: st.resolution.actors,
      events, claimCount, uncorroboratedCount: uncorroborated, contradictionCount: contradictions,
    };
  }

  /** Every mention of one event, by its id (undefined: no such event). */
  eventMentions(id: string, token?: CancellationToken): EventCluster['mentions'] | undefined {
    return this.events(this.current(token)).find((c) => c.id === id)?.mentions;
  }

  /** Everything, for exporters: every document's view and every link once. */
  snapshot(token?: CancellationToken): CorpusSnapshot {
    const st = this.current(token);
    const events = this.events(st);
    const analyses: Record<string, DocumentAnalysis> = {};
    const links: ClaimLink[] = [];
    const linkIndex = new Map<string, number>();
    const byObject = new Map<ClaimLink, number>();
    const claims: ClaimStatus[] = [];
    for (const uri of this.uris()) {
      const v = this.documentView(uri)!;
      analyses[uri] = v.analysis;
      for (const c of v.claims) {
        const idx = c.links.map((i) => {
          const l = v.links[i];
          // A link by wording is one object in the views of both its documents: found again
          // by itself, without making its pair's key.
          let n = byObject.get(l);
          if (n === undefined) {
            const key = pairKey(l);
            n = linkIndex.get(key);
            if (n === undefined) { n = links.push(l) - 1; linkIndex.set(key, n); }
            byObject.set(l, n);
          }
          return n;
        });
        claims.push({ ...c, links: idx });
      }
      check(token);
    }
    return {
      documents: this.uris().map((uri) => ({ uri, outlet: this.outlets.get(uri)! })),
      actors: st.resolution.actors, analyses, events, links, claims,
    };
  }
}

/** The editor's summary lists this many mentions of an event; it asks for the rest when it shows them. */
export const MENTIONS_IN_SUMMARY = 50;

/**
 * The summary with at most `max` mentions per event, each cut event saying how many it has: a
 * large corpus has events reported thousands of times, and the summary is copied to the editor
 * after every change. The rest of an event's mentions are asked for when they are shown.
 */
export function withMentionsUpTo(summary: CorpusSummary, max: number): CorpusSummary {
  if (!summary.events.some((c) => c.mentions.length > max)) return summary;
  return { ...summary, events: summary.events.map((c) => (c.mentions.length > max ? { ...c, mentions: c.mentions.slice(0, max), mentionCount: c.mentions.length } : c)) };
}

function pairKey(l: ClaimLink): string {
  const a = claimKey(l.a); const b = claimKey(l.b);
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function check(token?: CancellationToken): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}

