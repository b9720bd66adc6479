/**
 * The corpus index: every document's own analysis, resolved together into one identity per
 * actor, events grouped across documents, and claims linked to the passages that corroborate
 * or contradict them. Re-analysing a changed document touches only that document's analysis;
 * the corpus-wide steps run when a snapshot is asked for.
 */
import type { ClaimLink, ClaimStatus, CorpusSnapshot, DocumentAnalysis, EventCluster, EventMention } from './schema';
import { analyzeDocument } from './analyze';
import { resolveActors, type Resolution } from './resolve';
import { ClaimIndex, type LinkClaim } from './link';

export interface CancellationToken { readonly isCancellationRequested: boolean }

export class CancelledError extends Error {
  constructor() { super('cancelled'); this.name = 'CancelledError'; }
}

/** A document's outlet: named by the caller, or else its file name without extension. */
export function defaultOutlet(uri: string): string {
  const base = decodeURIComponent(uri.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? uri);
  return base.replace(/\.[^.]+$/, '');
}

export class CorpusIndex {
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private readonly outlets = new Map<string, string>();
  private cached: CorpusSnapshot | undefined;

  get size(): number { return this.analyses.size; }

  uris(): string[] { return [...this.analyses.keys()].sort(); }

  set(uri: string, text: string, version = 0, outlet?: string): void {
    this.analyses.set(uri, analyzeDocument(uri, text, version));
    this.outlets.set(uri, outlet ?? defaultOutlet(uri));
    this.cached = undefined;
  }

  /** Puts a document's analysis made elsewhere (a worker) into the index. */
  put(analysis: DocumentAnalysis, outlet?: string): void {
    this.analyses.set(analysis.uri, analysis);
    this.outlets.set(analysis.uri, outlet ?? defaultOutlet(analysis.uri));
    this.cached = undefined;
  }

  delete(uri: string): boolean {
    this.cached = undefined;
    this.outlets.delete(uri);
    return this.analyses.delete(uri);
  }

  snapshot(token?: CancellationToken): CorpusSnapshot {
    if (!this.cached) this.cached = this.build(token);
    return this.cached;
  }

  private build(token?: CancellationToken): CorpusSnapshot {
    const check = () => { if (token?.isCancellationRequested) throw new CancelledError(); };
    const uris = this.uris();
    const raw = uris.map((u) => this.analyses.get(u)!);
    const resolution = resolveActors(raw);
    check();
    const analyses: Record<string, DocumentAnalysis> = {};
    for (const a of raw) analyses[a.uri] = resolveDocument(a, resolution);
    check();
    const events = clusterEvents(analyses, resolution, (u) => this.outlets.get(u)!);
    check();
    const { links, claims } = linkClaims(analyses, (u) => this.outlets.get(u)!);
    return {
      documents: uris.map((uri) => ({ uri, outlet: this.outlets.get(uri)! })),
      actors: resolution.actors, analyses, events, links, claims,
    };
  }
}

/** A document's analysis with actor keys replaced by corpus actor ids, unconfirmed actors dropped. */
function resolveDocument(a: DocumentAnalysis, r: Resolution): DocumentAnalysis {
  const ids = r.idOf.get(a.uri) ?? new Map<string, string>();
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

/** Types whose mentions are grouped by the organisation behind a person ("Acme CEO Jane Doe refused" = "Acme refused"). */
const GROUP_BY_ORGANISATION = new Set(['REJECT', 'AGREE', 'COOPERATE', 'NEGOTIATE', 'THREATEN', 'DESIGNATE', 'SANCTION', 'COERCE', 'DEMAND']);

function clusterEvents(analyses: Record<string, DocumentAnalysis>, r: Resolution, outletOf: (u: string) => string): EventCluster[] {
  const affiliation = new Map<string, string>();
  for (const a of Object.values(analyses)) for (const x of a.actors) {
    if (x.kind !== 'person' || !x.affiliation) continue;
    const org = r.idOf.get(a.uri)?.get(x.affiliation);
    if (org) affiliation.set(x.key, org);
  }
  const clusters = new Map<string, EventCluster>();
  for (const uri of Object.keys(analyses).sort()) {
    for (const e of analyses[uri].events) {
      const who = e.actor && GROUP_BY_ORGANISATION.has(e.type) ? (affiliation.get(e.actor) ?? e.actor) : e.actor;
      const id = eventId(e, who, uri);
      e.eventId = id;
      let c = clusters.get(id);
      if (!c) {
        c = { id, type: e.type, topic: e.topic, mentions: [], docCount: 0, outletCount: 0, ...(who ? { actor: who } : {}), ...(e.target ? { target: e.target } : {}) };
        clusters.set(id, c);
      }
      c.mentions.push({ uri, start: e.start, end: e.end, trigger: e.trigger, excerpt: e.excerpt, why: e.why });
      if (!c.target && e.target) c.target = e.target;
    }
  }
  for (const c of clusters.values()) {
    c.docCount = new Set(c.mentions.map((m) => m.uri)).size;
    c.outletCount = new Set(c.mentions.map((m) => outletOf(m.uri))).size;
  }
  return [...clusters.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
}

function eventId(e: EventMention, who: string | undefined, uri: string): string {
  if (!who) return `event:${e.type.toLowerCase()}:${uri}#${e.start}`;
  return `event:${e.type.toLowerCase()}:${who.replace(/^actor:/, '')}${e.topic ? `:${e.topic.replace(/\s+/g, '-')}` : ''}`;
}

const EVENT_LINK_SCORE = 0.5;

function linkClaims(analyses: Record<string, DocumentAnalysis>, outletOf: (u: string) => string): { links: ClaimLink[]; claims: ClaimStatus[] } {
  const list: LinkClaim[] = [];
  for (const uri of Object.keys(analyses).sort()) {
    for (const c of analyses[uri].claims) {
      list.push({ uri, doc: uri, outlet: outletOf(uri), start: c.start, end: c.end, terms: c.terms, actors: c.actors, figures: c.figures, stanceOf: c.stanceOf, ...(c.stance ? { stance: c.stance } : {}) });
    }
  }
  const index = new ClaimIndex(list);
  const links: ClaimLink[] = [];
  const linkKey = new Map<string, number>();
  const statuses: ClaimStatus[] = list.map((c) => ({ uri: c.uri, start: c.start, end: c.end, corroborated: false, links: [] }));
  const pos = new Map(list.map((c, i) => [`${c.uri}#${c.start}`, i]));
  // Claims that report one real-world event (other than a speaker's statements, which gather
  // many different propositions) corroborate each other whatever their wording.
  const byEvent = new Map<string, number[]>();
  list.forEach((c, i) => {
    for (const e of analyses[c.uri].events) {
      if (!e.eventId || e.type === 'STATEMENT' || e.eventId.includes('#') || e.start >= c.end || e.end <= c.start) continue;
      byEvent.set(e.eventId, [...(byEvent.get(e.eventId) ?? []), i]);
    }
  });
  list.forEach((_, i) => {
    for (const l of index.linksOf(i)) {
      const j = pos.get(`${l.b.uri}#${l.b.start}`)!;
      const key = i < j ? `${i}:${j}` : `${j}:${i}`;
      let n = linkKey.get(key);
      if (n === undefined) {
        n = links.length;
        links.push(i < j ? l : { ...l, a: l.b, b: l.a });
        linkKey.set(key, n);
        statuses[i].links.push(n);
        statuses[j].links.push(n);
      }
      if (l.kind === 'corroborates') { statuses[i].corroborated = true; statuses[j].corroborated = true; }
    }
  });
  for (const [eventId, members] of byEvent) {
    for (const i of members) for (const j of members) {
      if (i >= j || list[i].uri === list[j].uri) continue;
      const key = `${i}:${j}`;
      if (linkKey.has(key)) continue;
      const ref = (c: LinkClaim) => ({ uri: c.uri, start: c.start, end: c.end });
      linkKey.set(key, links.length);
      statuses[i].links.push(links.length);
      statuses[j].links.push(links.length);
      links.push({ kind: 'corroborates', a: ref(list[i]), b: ref(list[j]), score: EVENT_LINK_SCORE, reason: `both report ${eventId.replace(/^event:/, '')}` });
      statuses[i].corroborated = true;
      statuses[j].corroborated = true;
    }
  }
  return { links, claims: statuses };
}
