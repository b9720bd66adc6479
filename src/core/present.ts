/**
 * How tags read to a person, independent of any editor: actor names (full and short), the
 * lenses above each passage (their titles are in `lenses.ts`), and the explanation of why a tag fired.
 */
import type { Actor, DocumentAnalysis, RedLine, Threat, Why } from './schema';

export class Names {
  private readonly byId: Map<string, { canonical: string; kind: string; aliases: string[] }>;
  constructor(corpus: { actors: readonly Actor[] }) {
    this.byId = new Map(corpus.actors.map((a) => [a.id, a]));
  }
  /** The actor's name, or undefined for an actor not resolved: a label leaves it out. */
  known(id: string | undefined): string | undefined {
    return (id && this.byId.get(id)?.canonical) || undefined;
  }
  full(id: string | undefined): string {
    return this.known(id) ?? '?';
  }
  /** The shortest acronym among an actor's aliases when it has one ("DoD"), else its full name. */
  short(id: string | undefined): string {
    return this.acronym(id) ?? this.full(id);
  }
  /** As short as the actor is known by: its acronym, a person's surname ("Trump"), a shorter proper name, else its full name. */
  brief(id: string | undefined): string | undefined {
    const a = id ? this.byId.get(id) : undefined;
    if (!a) return undefined;
    const acronym = this.acronym(id);
    if (acronym) return acronym;
    if (a.kind === 'person') {
      const surname = a.aliases.filter((x) => x.length >= 4 && x !== a.canonical && a.canonical.endsWith(` ${x}`)).sort((x, y) => x.length - y.length)[0];
      return surname ?? a.canonical;
    }
    // A shorter proper name the body goes by ("White House" for "U.S. government"), never a common noun ("the government").
    const proper = (x: string) => !x.startsWith('The ') && x.split(' ').every((w) => /^\p{Lu}[\p{L}.]*$/u.test(w));
    const name = a.aliases.filter((x) => x.length >= 4 && x.length < a.canonical.length && proper(x))
      .sort((x, y) => x.length - y.length || x.localeCompare(y))[0];
    return name ?? a.canonical;
  }
  private acronym(id: string | undefined): string | undefined {
    const a = id ? this.byId.get(id) : undefined;
    if (!a) return undefined;
    // Among same-length forms, the one with lower-case letters is the conventional spelling ("DoD", not "DOD").
    return a.aliases.filter((x) => /^[A-Z][A-Za-z]{1,5}$/.test(x) && /[A-Z].*[A-Z]/.test(x))
      .sort((x, y) => x.length - y.length || Number(/[a-z]/.test(y)) - Number(/[a-z]/.test(x)) || x.localeCompare(y))[0];
  }
}

export function explainWhy(why: Why): string {
  const words = why.words.length ? ` on “${why.words.join('”, “')}”` : '';
  return `rule ${why.rule}${words}${why.note ? ` (${why.note})` : ''}`;
}

export type LensKind = 'actors' | 'threat' | 'red-line';

/** One lens of a passage: one kind of tag, with every item of that kind in the passage. */
export type LensModel =
  | { kind: 'actors'; offset: number; end: number; actors: string[] }
  | { kind: 'threat'; offset: number; end: number; items: Threat[] }
  | { kind: 'red-line'; offset: number; end: number; items: RedLine[] };

/**
 * The lenses of a document: per passage, one for its actors, one for its threats and one for
 * its red lines. Only spans and items: the titles are made when the editor shows a lens (`lensLabel`).
 */
export function tagLenses(a: DocumentAnalysis): LensModel[] {
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
    if (actors.length) out.push({ kind: 'actors', offset: start, end, actors });
    while (t < a.threats.length && a.threats[t].start < start) t++;
    const threats: Threat[] = [];
    for (; t < a.threats.length && a.threats[t].start < end; t++) threats.push(a.threats[t]);
    if (threats.length) out.push({ kind: 'threat', offset: start, end, items: threats });
    while (r < a.redLines.length && a.redLines[r].start < start) r++;
    const redLines: RedLine[] = [];
    for (; r < a.redLines.length && a.redLines[r].start < end; r++) redLines.push(a.redLines[r]);
    if (redLines.length) out.push({ kind: 'red-line', offset: start, end, items: redLines });
  }
  return out;
}
