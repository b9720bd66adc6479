/**
 * Events grouped across documents: mentions of one real-world event (one type, one actor or the
 * organisation behind a person, one topic) share an event id, whichever document reports them.
 */
import type { DocumentAnalysis, EventCluster, EventMention } from '../schema';
import type { Resolution } from '../resolve';
import { eventsOf, isStored, type StoredAnalysis } from '../stored';

/** Types whose mentions are grouped by the organisation behind a person ("Acme CEO Jane Doe refused" = "Acme refused"). */
const GROUP_BY_ORGANISATION = new Set(['REJECT', 'AGREE', 'COOPERATE', 'NEGOTIATE', 'THREATEN', 'DESIGNATE', 'SANCTION', 'COERCE', 'DEMAND']);

/** What event grouping reads of a document: its events, its actor ids, and the event id of each event once grouped. */
export interface Grouped { uri: string; events: EventMention[]; ids: Map<string, string>; eventIds: (string | undefined)[]; analysis: DocumentAnalysis | StoredAnalysis }

export function eventsOnly(a: DocumentAnalysis | StoredAnalysis, r: Resolution): Grouped {
  const events = [...eventsOf(a)];
  return { uri: a.uri, analysis: a, events, ids: r.idsFor(a.uri), eventIds: new Array<string | undefined>(events.length) };
}

/** Person -> organisation, from the titles that tie people to organisations in each document. */
export function affiliations(analyses: readonly (DocumentAnalysis | StoredAnalysis)[], r: Resolution): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of analyses) {
    const people = isStored(a) ? a.people : a.actors;
    if (!people.some((x) => x.kind === 'person' && x.affiliation)) continue;
    const ids = r.idsFor(a.uri);
    for (const x of people) {
      if (x.kind !== 'person' || !x.affiliation) continue;
      const person = ids.get(x.key);
      const org = ids.get(x.affiliation);
      // A country before a title ("Brazil Supreme Court Judge X") says where the person serves, not whose acts theirs are.
      if (person && org && r.byId.get(org)?.kind !== 'country') out.set(person, org);
    }
  }
  return out;
}

/** Events grouped across documents, a document at a time. */
export class EventClusters {
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
export function assignEventIds(a: DocumentAnalysis, affiliationOf: (actor: string) => string | undefined): void {
  for (const e of a.events) {
    const who = e.actor && GROUP_BY_ORGANISATION.has(e.type) ? (affiliationOf(e.actor) ?? e.actor) : e.actor;
    e.eventId = eventId(e, who, a.uri);
  }
}

function eventId(e: EventMention, who: string | undefined, uri: string): string {
  if (!who) return `event:${e.type.toLowerCase()}:${uri}#${e.start}`;
  return `event:${e.type.toLowerCase()}:${who.replace(/^actor:/, '')}${e.topic ? `:${e.topic.replace(/\s+/g, '-')}` : ''}`;
}
