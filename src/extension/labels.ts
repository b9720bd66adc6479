/** How tags read in the editor: the short names and titles the lenses, tree and hovers share. */
import type { CorpusSnapshot, Why } from '../core/schema';

export class Names {
  private readonly byId: Map<string, { canonical: string; aliases: string[] }>;
  constructor(snapshot: CorpusSnapshot) {
    this.byId = new Map(snapshot.actors.map((a) => [a.id, a]));
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
