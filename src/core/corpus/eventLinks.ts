/** The links between claims that event grouping implies. */
import type { ClaimLink } from '../schema';
import { forEachClaimSpan } from '../stored';
import type { Grouped } from './events';

/** Claims reporting one event corroborate each other; each is tied to at most this many others. */
const EVENT_LINKS_PER_CLAIM = 3;
const EVENT_LINK_SCORE = 0.5;

/**
 * Claims that report one real-world event (other than a speaker's statements, which gather many
 * different propositions) corroborate each other whatever their wording. Each claim is tied to
 * the first claims of a few (EVENT_LINKS_PER_CLAIM) other documents that report the event: a
 * claim to the first claim of each of the next documents in the event's list whose key comes
 * after its own. The links are made when a document's view asks for them; what is kept is the
 * claims of each event, document by document, and which claims have a link.
 */
export class EventLinks {
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
