/**
 * How tags read to a person, independent of any editor: actor names (full and short), the
 * titles of the lenses above each passage, and the explanation of why a tag fired.
 */
import type { Actor, DocumentAnalysis, Why } from './schema';

export class Names {
  private readonly byId: Map<string, { canonical: string; aliases: string[] }>;
  constructor(corpus: { actors: readonly Actor[] }) {
    this.byId = new Map(corpus.actors.map((a) => [a.id, a]));
  }
  full(id: string | undefined): string {
    return (id && this.byId.get(id)?.canonical) || '?';
  }
  /** The shortest acronym among an actor's aliases when it has one ("DoD"), else its full name. */
  short(id: string | undefined): string {
    const a = id ? this.byId.get(id) : undefined;
    if (!a) return '?';
    // Among same-length forms, the one with lower-case letters is the conventional spelling ("DoD", not "DOD").
    const acronym = a.aliases.filter((x) => /^[A-Z][A-Za-z]{1,5}$/.test(x) && /[A-Z].*[A-Z]/.test(x))
      .sort((x, y) => x.length - y.length || Number(/[a-z]/.test(y)) - Number(/[a-z]/.test(x)) || x.localeCompare(y))[0];
    return acronym ?? a.canonical;
  }
}

export function explainWhy(why: Why): string {
  const words = why.words.length ? ` on “${why.words.join('”, “')}”` : '';
  return `rule ${why.rule}${words}${why.note ? ` (${why.note})` : ''}`;
}

export type LensKind = 'actors' | 'threat' | 'red-line';

export interface LensModel {
  /** Where the passage starts: the lens stands above it. */
  offset: number;
  kind: LensKind;
  title: string;
  /** The title without its kind: what an editor puts after its own (translated) kind. */
  body: string;
  tooltip: string;
  /** The tagged item's span and rule: what identifies it to confirm or reject it. */
  itemStart: number;
  itemEnd: number;
  rule: string;
}

/** The lenses of a document: per passage, its actors, then each threat and red line. */
export function tagLenses(corpus: { actors: readonly Actor[] }, a: DocumentAnalysis): LensModel[] {
  const names = new Names(corpus);
  const out: LensModel[] = [];
  let m = 0;
  let t = 0;
  let r = 0;
  // Mentions, threats and red lines are in text order, as are the passages: one pass over each.
  for (const [start, end] of a.passages) {
    const actors: string[] = [];
    while (m < a.actorMentions.length && a.actorMentions[m].start < start) m++;
    for (; m < a.actorMentions.length && a.actorMentions[m].start < end; m++) {
      if (!actors.includes(a.actorMentions[m].key)) actors.push(a.actorMentions[m].key);
    }
    if (actors.length) {
      const body = actors.map((id) => names.full(id)).join(' · ');
      out.push({ offset: start, kind: 'actors', itemStart: start, itemEnd: end, rule: 'actors', title: `Actors: ${body}`, body, tooltip: 'Actors named in this passage' });
    }
    while (t < a.threats.length && a.threats[t].start < start) t++;
    for (; t < a.threats.length && a.threats[t].start < end; t++) {
      const x = a.threats[t];
      const body = `${names.short(x.actor)}${x.target ? ` → ${names.short(x.target)}` : ''}: ${x.what}`;
      out.push({ offset: start, kind: 'threat', itemStart: x.start, itemEnd: x.end, rule: x.why.rule, title: `Threat: ${body}`, body, tooltip: explainWhy(x.why) });
    }
    while (r < a.redLines.length && a.redLines[r].start < start) r++;
    for (; r < a.redLines.length && a.redLines[r].start < end; r++) {
      const x = a.redLines[r];
      const body = `${names.full(x.holder)}${x.what ? `: ${x.what}` : ''}`;
      out.push({ offset: start, kind: 'red-line', itemStart: x.start, itemEnd: x.end, rule: x.why.rule, title: `Red line: ${body}`, body, tooltip: explainWhy(x.why) });
    }
  }
  return out;
}
