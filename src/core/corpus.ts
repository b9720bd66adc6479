/**
 * The corpus index: every document's own analysis, resolved together into one identity per
 * actor, events grouped across documents, and claims linked to the passages that corroborate
 * or contradict them. Changes are applied incrementally: a changed document is re-analysed,
 * re-resolved against the actor tables and re-linked through the claim index, without
 * revisiting the other documents.
 */
import type { ClaimLink, ClaimStatus, CorpusSnapshot, CorpusSummary, DocumentAnalysis, DocumentView, EventCluster, EventMention } from './schema';
import { analyzeDocument } from './analyze';
import { ActorResolver, type ActorSource, type Resolution } from './resolve';
import { ClaimIndex, claimKey, type LinkClaim } from './link';
import { claimSizes, eventsOf, forEachClaimSpan, isStored, linkedClaims, loadAnalysis, shareStrings, storedActors, type StoredAnalysis } from './stored';
import { NO_STRINGS, StringPool } from './strings';

export interface CancellationToken { readonly isCancellationRequested: boolean }

export class CancelledError extends Error {
  constructor() { super('cancelled'); this.name = 'CancelledError'; }
}

/** A document's outlet: named by the caller, or else its file name without extension. */
export function defaultOutlet(uri: string): string {
  const base = decodeURIComponent(uri.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? uri);
  return base.replace(/\.[^.]+$/, '');
}

/** How many distinct strings the index shares before it starts afresh. */
const NAMES_LIMIT = 200_000;

/** Claims reporting one event corroborate each other; each is tied to at most this many others. */
const EVENT_LINKS_PER_CLAIM = 3;
const EVENT_LINK_SCORE = 0.5;

/** Types whose mentions are grouped by the organisation behind a person ("Acme CEO Jane Doe refused" = "Acme refused"). */
const GROUP_BY_ORGANISATION = new Set(['REJECT', 'AGREE', 'COOPERATE', 'NEGOTIATE', 'THREATEN', 'DESIGNATE', 'SANCTION', 'COERCE', 'DEMAND']);

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
      const own = [...this.claims!.linksOf(k), ...(st.eventLinks?.linksOf(uri, c.start) ?? [])];
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
    const claims: ClaimStatus[] = [];
    for (const uri of this.uris()) {
      const v = this.documentView(uri)!;
      analyses[uri] = v.analysis;
      for (const c of v.claims) {
        const idx = c.links.map((i) => {
          const l = v.links[i];
          let n = linkIndex.get(pairKey(l));
          if (n === undefined) { n = links.push(l) - 1; linkIndex.set(pairKey(l), n); }
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

/** What the actor tables read of a document. */
function actorSource(a: DocumentAnalysis | StoredAnalysis): ActorSource {
  return isStored(a) ? { uri: a.uri, actors: storedActors(a), products: a.products, countries: a.countries } : a;
}

/** What event grouping reads of a document: its events, its actor ids, and the event id of each event once grouped. */
interface Grouped { uri: string; events: EventMention[]; ids: Map<string, string>; eventIds: (string | undefined)[]; analysis: DocumentAnalysis | StoredAnalysis }

function eventsOnly(a: DocumentAnalysis | StoredAnalysis, r: Resolution): Grouped {
  const events = [...eventsOf(a)];
  return { uri: a.uri, analysis: a, events, ids: r.idsFor(a.uri), eventIds: new Array<string | undefined>(events.length) };
}

/** A document's analysis with actor keys replaced by corpus actor ids, unconfirmed actors dropped. */
function resolveDocument(a: DocumentAnalysis, r: Resolution): DocumentAnalysis {
  const ids = r.idsFor(a.uri);
  const id = (k: string | undefined) => (k === undefined ? undefined : ids.get(k));
  const opt = <K extends string>(name: K, v: string | undefined) => (v === undefined ? {} : { [name]: v } as Record<K, string>);
  return {
    ...a,
    actors: a.actors.filter((x) => ids.has(x.key)).map((x) => ({ ...x, key: ids.get(x.key)!, canonical: r.byId.get(ids.get(x.key)!)!.canonical })),
    actorMentions: a.actorMentions.filter((m) => ids.has(m.key)).map((m) => ({ ...m, key: ids.get(m.key)!, kind: r.byId.get(ids.get(m.key)!)!.kind })),
    threats: a.threats.map(({ actor, target, ...t }) => ({ ...t, ...opt('actor', id(actor)), ...opt('target', id(target)) })),
    redLines: a.redLines.map(({ holder, ...t }) => ({ ...t, ...opt('holder', id(holder)) })),
    events: a.events.map(({ actor, target, ...e }) => ({ ...e, ...opt('actor', id(actor)), ...opt('target', id(target)) })),
    claims: a.claims.map((c) => ({ ...c, actors: mapIds(c.actors, ids), stanceOf: mapIds(c.stanceOf, ids) })),
  };
}

function mapIds(keys: string[], ids: Map<string, string>): string[] {
  return [...new Set(keys.map((k) => ids.get(k)).filter((x): x is string => !!x))];
}

/** Person -> organisation, from the titles that tie people to organisations in each document. */
function affiliations(analyses: readonly (DocumentAnalysis | StoredAnalysis)[], r: Resolution): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of analyses) {
    const people = isStored(a) ? a.people : a.actors;
    if (!people.some((x) => x.kind === 'person' && x.affiliation)) continue;
    const ids = r.idsFor(a.uri);
    for (const x of people) {
      if (x.kind !== 'person' || !x.affiliation) continue;
      const person = ids.get(x.key);
      const org = ids.get(x.affiliation);
      if (person && org) out.set(person, org);
    }
  }
  return out;
}

/** Events grouped across documents, a document at a time. */
class EventClusters {
  private readonly clusters = new Map<string, EventCluster>();

  constructor(private readonly affiliation: Map<string, string>, private readonly outletOf: (u: string) => string) {}

  /** Groups a document's events, and gives each its event id. */
  add(a: Grouped): void {
    const uri = a.uri;
    a.events.forEach((e, i) => {
      // The event's actor and target as corpus ids (none when unconfirmed).
      const actor = e.actor === undefined ? undefined : a.ids.get(e.actor);
      const target = e.target === undefined ? undefined : a.ids.get(e.target);
      const who = actor && GROUP_BY_ORGANISATION.has(e.type) ? (this.affiliation.get(actor) ?? actor) : actor;
      const id = eventId(e, who, uri);
      let c = this.clusters.get(id);
      if (!c) {
        c = { id, type: e.type, topic: e.topic, mentions: [], docCount: 0, outletCount: 0, ...(who ? { actor: who } : {}), ...(target ? { target } : {}) };
        this.clusters.set(id, c);
      }
      // The mentions of one event share one copy of its id.
      a.eventIds[i] = c.id;
      c.mentions.push({ uri, start: e.start, end: e.end, trigger: e.trigger, excerpt: e.excerpt, why: e.why });
      if (!c.target && target) c.target = target;
    });
  }

  /** The groups, largest first. */
  all(): EventCluster[] {
    for (const c of this.clusters.values()) {
      c.docCount = new Set(c.mentions.map((m) => m.uri)).size;
      c.outletCount = new Set(c.mentions.map((m) => this.outletOf(m.uri))).size;
    }
    return [...this.clusters.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
  }
}

/** Event ids for one document's events without grouping the whole corpus (after an edit). */
function assignEventIds(a: DocumentAnalysis, affiliationOf: (actor: string) => string | undefined): void {
  for (const e of a.events) {
    const who = e.actor && GROUP_BY_ORGANISATION.has(e.type) ? (affiliationOf(e.actor) ?? e.actor) : e.actor;
    e.eventId = eventId(e, who, a.uri);
  }
}

function eventId(e: EventMention, who: string | undefined, uri: string): string {
  if (!who) return `event:${e.type.toLowerCase()}:${uri}#${e.start}`;
  return `event:${e.type.toLowerCase()}:${who.replace(/^actor:/, '')}${e.topic ? `:${e.topic.replace(/\s+/g, '-')}` : ''}`;
}

/**
 * Claims that report one real-world event (other than a speaker's statements, which gather many
 * different propositions) corroborate each other whatever their wording. Each claim is tied to
 * the first claims of a few (EVENT_LINKS_PER_CLAIM) other documents that report the event: a
 * claim to the first claim of each of the next documents in the event's list whose key comes
 * after its own. The links are made when a document's view asks for them; what is kept is the
 * claims of each event, document by document, and which claims have a link.
 */
class EventLinks {
  /** Documents, numbered. */
  private readonly docs: string[] = [];
  private readonly docIds = new Map<string, number>();
  /** Per event, in the order events first come: its id and its claims, [document, start, end] after one another, document by document. */
  private readonly events: { id: string; members: number[]; groups?: { starts: number[]; byDoc: Map<number, number> } }[] = [];
  /** uri -> [claim start, event number] after one another: the events each claim of the document reports. */
  private readonly claimEvents = new Map<string, number[]>();
  /** uri -> the starts of its claims that have a link. */
  private readonly linked = new Map<string, Set<number>>();

  /** Event id -> event number, while documents come in. */
  private readonly eventOf = new Map<string, number>();

  /** Takes in a document's claims that report events (its events grouped). */
  add(a: Grouped): void {
    const uri = a.uri;
    const doc = this.docs.push(uri) - 1;
    this.docIds.set(uri, doc);
    // Claims and events are both in text order: one sweep pairs each claim with the events it overlaps.
    const at: number[] = [];
    a.events.forEach((e, i) => { const id = a.eventIds[i]; if (id && e.type !== 'STATEMENT' && !id.includes('#')) at.push(i); });
    const events = at.map((i) => a.events[i]);
    const eventIds = at.map((i) => a.eventIds[i]!);
    const mine: number[] = [];
    let first = 0;
    forEachClaimSpan(a.analysis, (start, end, predicate) => {
      while (first < events.length && events[first].end <= start) first++;
      const ids = new Set<string>();
      for (let k = first; k < events.length && events[k].start < end; k++) if (events[k].end > start && predicate === events[k].type) ids.add(eventIds[k]);
      for (const id of ids) {
        let n = this.eventOf.get(id);
        if (n === undefined) { n = this.events.push({ id, members: [] }) - 1; this.eventOf.set(id, n); }
        this.events[n].members.push(doc, start, end);
        mine.push(start, n);
      }
    });
    if (mine.length) this.claimEvents.set(uri, mine);
  }

  /** After the last document: which claims have a link (the same walk as linksOf, for every claim at once). */
  done(): void {
    this.eventOf.clear();
    for (const e of this.events) {
      const { starts } = this.groups(e);
      const g = starts.length;
      if (g < 2) continue;
      const firstKeys = starts.map((i) => this.key(e.members, i));
      for (let h = 0; h < g; h++) {
        const end = h + 1 < g ? starts[h + 1] : e.members.length;
        for (let i = starts[h]; i < end; i += 3) {
          const km = this.key(e.members, i);
          for (let step = 1; step < g && step <= EVENT_LINKS_PER_CLAIM; step++) {
            const o = (h + step) % g;
            if (km >= firstKeys[o]) continue;
            this.mark(e.members, i);
            this.mark(e.members, starts[o]);
          }
        }
      }
      // The layout is made again when a view asks for it.
      e.groups = undefined;
    }
  }

  private key(members: number[], i: number): string {
    return `${this.docs[members[i]]}#${members[i + 1]}`;
  }

  private mark(members: number[], i: number): void {
    const uri = this.docs[members[i]];
    let set = this.linked.get(uri);
    if (!set) { set = new Set(); this.linked.set(uri, set); }
    set.add(members[i + 1]);
  }

  /** Where each document's claims begin among an event's claims, and which group is a document's. */
  private groups(e: EventLinks['events'][number]): { starts: number[]; byDoc: Map<number, number> } {
    if (!e.groups) {
      const starts: number[] = [];
      const byDoc = new Map<number, number>();
      for (let i = 0; i < e.members.length; i += 3) {
        if (i === 0 || e.members[i] !== e.members[i - 3]) { byDoc.set(e.members[i], starts.length); starts.push(i); }
      }
      e.groups = { starts, byDoc };
    }
    return e.groups;
  }

  isLinked(uri: string, start: number): boolean {
    return !!this.linked.get(uri)?.has(start);
  }

  /** The links of the claim at `start`, in the order of the events and, within one, of the walk over its claims. */
  linksOf(uri: string, start: number): ClaimLink[] {
    const pairs = this.claimEvents.get(uri);
    const doc = this.docIds.get(uri);
    if (!pairs || doc === undefined || !this.isLinked(uri, start)) return [];
    const mine: number[] = [];
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === start && !mine.includes(pairs[i + 1])) mine.push(pairs[i + 1]);
    mine.sort((a, b) => a - b);
    const out: ClaimLink[] = [];
    for (const n of mine) {
      const e = this.events[n];
      const { starts, byDoc } = this.groups(e);
      const g = starts.length;
      const own = byDoc.get(doc);
      if (g < 2 || own === undefined) continue;
      const m = e.members;
      const ref = (i: number) => ({ uri: this.docs[m[i]], start: m[i + 1], end: m[i + 2] });
      const reason = `both report ${e.id.replace(/^event:/, '')}`;
      const link = (i: number, o: number): ClaimLink => ({ kind: 'corroborates', a: ref(i), b: ref(o), score: EVENT_LINK_SCORE, reason });
      const endOf = (h: number) => (h + 1 < g ? starts[h + 1] : m.length);
      const isFirst = m[starts[own] + 1] === start;
      const key = `${uri}#${start}`;
      for (let h = 0; h < g; h++) {
        if (h === own) {
          // This claim's links to the first claims of the next documents.
          for (let i = starts[h]; i < endOf(h); i += 3) {
            if (m[i + 1] !== start) continue;
            for (let step = 1; step < g && step <= EVENT_LINKS_PER_CLAIM; step++) {
              const o = starts[(h + step) % g];
              if (key < this.key(m, o)) out.push(link(i, o));
            }
          }
        } else if (isFirst) {
          // As the first claim of its document: the links to it from the documents just before.
          const step = (own - h + g) % g;
          if (step > EVENT_LINKS_PER_CLAIM) continue;
          for (let i = starts[h]; i < endOf(h); i += 3) if (this.key(m, i) < key) out.push(link(i, starts[own]));
        }
      }
    }
    return out;
  }
}
