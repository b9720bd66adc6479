/**
 * The story of a corpus at a glance, as plain data for the Story view: who coerces whom (actors
 * and the threats, demands and red lines between them, with how many outlets report each), a
 * timeline of events in the order they happened, and which outlets carry which event.
 */
import { Names } from './present';
import type { ClaimLink, CorpusSnapshot, EventCluster, PassageRef } from './schema';
import type { CoverageRow, EdgeKind, Story, StoryEdge, StoryNode, StoryPassage, TimelineEntry } from './storySchema';
import { documentDate, passageDate, type FoundDate } from './storyDates';

export type StoryCorpus = Pick<CorpusSnapshot, 'documents' | 'actors' | 'analyses' | 'events' | 'links'>;

export interface StoryOptions {
  /** A document's text (undefined when it is not held). */
  textOf(uri: string): string | undefined;
  /** A document's date as its sources file or front matter gives it. */
  givenDateOf?(uri: string): string | undefined;
  /** The year of a date written without one, when the document has no date of its own. */
  reference: Date;
}

/** A graph past this many edges cannot be read; the most widely reported are kept. */
export const MAX_EDGES = 60;
/** The timeline and the coverage matrix show at most this many events (the most widely reported). */
export const MAX_EVENTS = 200;
/** An edge carries its first passages only (the page lists them; a click opens the first). */
export const PASSAGES_PER_EDGE = 20;
/** An event's date is read from its first mentions only: a date is in the first reports if anywhere. */
const DATED_MENTIONS = 20;
const EXCERPT_CHARS = 200;

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > EXCERPT_CHARS ? `${one.slice(0, EXCERPT_CHARS - 1)}…` : one;
}

/** The value most often given, the first of equals. */
function commonest(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, c] of n) if (c > (n.get(best) ?? 0)) best = v;
  return best;
}

function overlaps(p: PassageRef, q: PassageRef): boolean {
  return p.uri === q.uri && p.start < q.end && q.start < p.end;
}

export function buildStory(corpus: StoryCorpus, opts: StoryOptions): Story {
  const names = new Names(corpus);
  const outletOf = new Map(corpus.documents.map((d) => [d.uri, d.outlet]));
  const docOrder = new Map(corpus.documents.map((d, i) => [d.uri, i]));
  const passage = (uri: string, start: number, end: number, excerpt?: string): StoryPassage => ({
    uri, start, end, outlet: outletOf.get(uri) ?? uri,
    excerpt: excerpt ?? shorten(opts.textOf(uri)?.slice(start, end) ?? ''),
  });
  const byOrder = (a: PassageRef, b: PassageRef) => (docOrder.get(a.uri) ?? 0) - (docOrder.get(b.uri) ?? 0) || a.start - b.start;
  const edges = buildEdges(corpus, passage, byOrder);
  const events = [...corpus.events]
    .sort((a, b) => b.outletCount - a.outletCount || b.mentions.length - a.mentions.length || byOrder(first(a, byOrder), first(b, byOrder)))
    .slice(0, MAX_EVENTS);
  const { lanes, timeline } = buildTimeline(events, names, opts, passage, byOrder);
  const outlets = [...new Set(corpus.documents.map((d) => d.outlet))].sort((a, b) => a.localeCompare(b));
  return {
    nodes: buildNodes(corpus, edges, names, passage), edges,
    lanes, timeline, outlets,
    coverage: buildCoverage(events, corpus.links, outlets.length, names, passage, (uri) => outletOf.get(uri) ?? uri, byOrder),
  };
}

type MakePassage = (uri: string, start: number, end: number, excerpt?: string) => StoryPassage;
type Order = (a: PassageRef, b: PassageRef) => number;

function first(e: EventCluster, byOrder: Order): EventCluster['mentions'][number] {
  return [...e.mentions].sort(byOrder)[0];
}

function buildEdges(corpus: StoryCorpus, passage: MakePassage, byOrder: Order): StoryEdge[] {
  const groups = new Map<string, { kind: EdgeKind; from: string; to?: string; labels: string[]; passages: StoryPassage[] }>();
  const add = (kind: EdgeKind, from: string, to: string | undefined, label: string, p: StoryPassage) => {
    const id = `${kind}:${from}>${to ?? ''}`;
    let g = groups.get(id);
    if (!g) { g = { kind, from, ...(to ? { to } : {}), labels: [], passages: [] }; groups.set(id, g); }
    g.labels.push(label);
    g.passages.push(p);
  };
  for (const d of corpus.documents) {
    for (const t of corpus.analyses[d.uri]?.threats ?? []) {
      if (t.actor && t.target && t.actor !== t.target) add('threat', t.actor, t.target, t.what, passage(d.uri, t.start, t.end));
    }
  }
  for (const e of corpus.events) {
    if (e.type !== 'DEMAND' || !e.actor || !e.target || e.actor === e.target) continue;
    for (const m of e.mentions) add('demand', e.actor, e.target, e.topic, passage(m.uri, m.start, m.end, m.excerpt));
  }
  // A red line is drawn against whoever presses its holder most: the one whose threats and demands on it are most reported.
  const pressure = new Map<string, Map<string, number>>();
  for (const g of groups.values()) {
    const on = pressure.get(g.to!) ?? new Map<string, number>();
    on.set(g.from, (on.get(g.from) ?? 0) + g.passages.length);
    pressure.set(g.to!, on);
  }
  const counterpart = (holder: string) => [...(pressure.get(holder) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  for (const d of corpus.documents) {
    for (const r of corpus.analyses[d.uri]?.redLines ?? []) {
      if (r.holder) add('red-line', r.holder, counterpart(r.holder), r.what, passage(d.uri, r.start, r.end));
    }
  }
  return [...groups].map(([id, g]) => {
    const passages = g.passages.sort(byOrder);
    return {
      id, kind: g.kind, from: g.from, ...(g.to ? { to: g.to } : {}), label: shorten(commonest(g.labels)),
      outlets: new Set(passages.map((p) => p.outlet)).size, reports: passages.length, passages: passages.slice(0, PASSAGES_PER_EDGE),
    };
  }).sort((a, b) => b.outlets - a.outlets || b.reports - a.reports || a.id.localeCompare(b.id)).slice(0, MAX_EDGES);
}

function buildNodes(corpus: StoryCorpus, edges: StoryEdge[], names: Names, passage: MakePassage): StoryNode[] {
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of e.to ? [e.from, e.to] : [e.from]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const outletOf = new Map(corpus.documents.map((d) => [d.uri, d.outlet]));
  const out: StoryNode[] = [];
  for (const a of corpus.actors) {
    if (!degree.has(a.id)) continue;
    // Where the actor is first named in the corpus.
    let at: StoryPassage | undefined;
    for (const d of corpus.documents) {
      const m = corpus.analyses[d.uri]?.actorMentions.find((x) => x.key === a.id);
      if (m) { at = passage(d.uri, m.start, m.end, m.surface); break; }
    }
    const fallback = edges.find((e) => e.from === a.id || e.to === a.id)!.passages[0];
    out.push({
      id: a.id, label: names.short(a.id), kind: a.kind, degree: degree.get(a.id)!,
      outlets: new Set(a.docs.map((u) => outletOf.get(u) ?? u)).size, passage: at ?? fallback,
    });
  }
  return out.sort((x, y) => y.degree - x.degree || x.label.localeCompare(y.label));
}

function eventLabel(e: EventCluster, names: Names): string {
  const who = e.actor ? `${names.short(e.actor)}${e.target ? ` → ${names.short(e.target)}` : ''}` : e.target ? `→ ${names.short(e.target)}` : '';
  return `${e.type}${who ? `: ${who}` : ''}${e.topic ? ` (${e.topic})` : ''}`;
}

function buildTimeline(events: EventCluster[], names: Names, opts: StoryOptions, passage: MakePassage, byOrder: Order): { lanes: Story['lanes']; timeline: TimelineEntry[] } {
  const docDates = new Map<string, FoundDate | undefined>();
  const docDate = (uri: string) => {
    if (!docDates.has(uri)) docDates.set(uri, documentDate(opts.textOf(uri) ?? '', opts.givenDateOf?.(uri), opts.reference));
    return docDates.get(uri);
  };
  const entries = events.map((e) => {
    const mentions = [...e.mentions].sort(byOrder);
    let best: { m: (typeof mentions)[number]; found: FoundDate; from: 'text' | 'document' } | undefined;
    for (const m of mentions.slice(0, DATED_MENTIONS)) {
      const text = opts.textOf(m.uri)?.slice(m.start, m.end) ?? '';
      const found = passageDate(text, docDate(m.uri)?.date, opts.reference);
      if (found && (!best || best.from === 'document' || found.date < best.found.date)) best = { m, found, from: 'text' };
    }
    if (!best) {
      for (const m of mentions.slice(0, DATED_MENTIONS)) {
        const found = docDate(m.uri);
        if (found && (!best || found.date < best.found.date)) best = { m, found, from: 'document' };
      }
    }
    const m = best?.m ?? mentions[0];
    const entry: TimelineEntry = {
      eventId: e.id, type: e.type, lane: e.actor ?? '', label: eventLabel(e, names), outlets: e.outletCount,
      passage: passage(m.uri, m.start, m.end, m.excerpt),
      ...(best ? { date: best.found.date, dateFrom: best.from, dateText: best.found.text } : {}),
    };
    return { entry, first: mentions[0] };
  });
  // Dated events by their date, then those with no date in the order the corpus first reports them.
  entries.sort((a, b) => {
    const da = a.entry.date;
    const db = b.entry.date;
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (!!da !== !!db) return da ? -1 : 1;
    return byOrder(a.first, b.first);
  });
  const timeline = entries.map((x) => x.entry);
  const laneIds = [...new Set(timeline.map((t) => t.lane))].sort((a, b) => Number(a === '') - Number(b === ''));
  return { lanes: laneIds.map((id) => ({ id, label: id ? names.full(id) : '' })), timeline };
}

function buildCoverage(events: EventCluster[], links: ClaimLink[], outletCount: number, names: Names, passage: MakePassage, outletOf: (uri: string) => string, byOrder: Order): CoverageRow[] {
  const contradictions = links.filter((l) => l.kind === 'contradicts');
  return events.map((e) => {
    const mentions = [...e.mentions].sort(byOrder);
    const byOutlet = new Map<string, { mentions: number; contradicts: Set<string>; passage: StoryPassage }>();
    for (const m of mentions) {
      const p = passage(m.uri, m.start, m.end, m.excerpt);
      const cell = byOutlet.get(p.outlet);
      if (cell) cell.mentions++; else byOutlet.set(p.outlet, { mentions: 1, contradicts: new Set(), passage: p });
    }
    // An outlet's passage on this event that another outlet's passage contradicts (on this event or its opposite: "agreed" against "refused").
    for (const l of contradictions) {
      for (const [mine, theirs] of [[l.a, l.b], [l.b, l.a]] as const) {
        const m = mentions.find((x) => overlaps(x, mine));
        if (!m) continue;
        const other = outletOf(theirs.uri);
        const cell = byOutlet.get(outletOf(m.uri))!;
        if (other !== cell.passage.outlet) cell.contradicts.add(other);
      }
    }
    const cells = [...byOutlet].sort((a, b) => a[0].localeCompare(b[0]))
      .map(([outlet, c]) => ({ outlet, mentions: c.mentions, contradicts: [...c.contradicts].sort(), passage: c.passage }));
    return { eventId: e.id, label: eventLabel(e, names), blindSpot: outletCount > 1 && cells.length === 1, cells };
  });
}
