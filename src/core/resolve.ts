/**
 * Resolves the actor candidates of every document into one identity per actor across the
 * corpus: full names meet their surnames, acronyms their expansions, metonyms their
 * institutions, and generic references ("the military") the body they stand for. Each actor's
 * canonical name is its fullest form.
 */
import type { Actor, ActorKind, DocumentAnalysis, LocalActor } from './schema';
import { COUNTRIES, INSTITUTIONS } from './lexicons/gazetteer';
import { NOT_NAMES } from './lexicons/common';

export interface Resolution {
  actors: Actor[];
  /** uri -> local key -> actor id (absent: not an actor after all). */
  idOf: Map<string, Map<string, string>>;
  byId: Map<string, Actor>;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x);
    if (p === undefined) { this.parent.set(x, x); return x; }
    while (p !== x) {
      const up: string = this.parent.get(p)!;
      this.parent.set(x, up);
      x = p;
      p = up;
    }
    return x;
  }
  union(a: string, b: string): void {
    const ra = this.find(a); const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

const DEFENSE = /\b(?:defen[cs]e|military|war)\b/i;
const shortCountry = (name: string) => name === 'United States' ? 'U.S.' : name === 'United Kingdom' ? 'UK' : (COUNTRIES.find((c) => c.name === name)?.demonyms[0] ?? name);
const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

export function resolveActors(docs: readonly DocumentAnalysis[]): Resolution {
  const uf = new UnionFind();
  const firm = (a: LocalActor) => a.sure && !a.single && !a.roleOf;
  const products = new Set<string>();
  const nonInitial = new Set<string>();
  for (const d of docs) {
    d.products.forEach((p) => products.add(p));
    for (const a of d.actors) {
      if (!a.initialOnly) nonInitial.add(a.matchKeys[0]);
      if (!firm(a)) continue;
      const first = `k:${a.matchKeys[0]}`;
      for (const k of a.matchKeys) uf.union(first, `k:${k}`);
    }
  }
  // Surnames of people named in full anywhere.
  const surnames = new Map<string, Set<string>>();
  for (const d of docs) for (const a of d.actors) {
    if (a.kind !== 'person' || !firm(a)) continue;
    const parts = a.canonical.split(/\s+/);
    if (parts.length < 2) continue;
    const sn = parts[parts.length - 1].toLowerCase();
    if (!surnames.has(sn)) surnames.set(sn, new Set());
    surnames.get(sn)!.add(uf.find(`k:${a.matchKeys[0]}`));
  }

  const groupOf = new Map<string, string>(); // `${uri}\0${key}` -> group root
  const groupMeta = new Map<string, { names: Map<string, number>; kind: ActorKind; gazetteer?: string; docs: Set<string>; aliases: Set<string> }>();
  const attach = (uri: string, a: LocalActor, root: string, kind: ActorKind, gazetteer?: string) => {
    groupOf.set(`${uri}\0${a.key}`, root);
    let g = groupMeta.get(root);
    if (!g) { g = { names: new Map(), kind, docs: new Set(), aliases: new Set() }; groupMeta.set(root, g); }
    if (gazetteer) g.gazetteer = gazetteer;
    if (!a.single && !a.roleOf) g.names.set(a.canonical, (g.names.get(a.canonical) ?? 0) + 1);
    if (kind === 'person') g.kind = 'person';
    g.docs.add(uri);
    a.aliases.forEach((x) => g!.aliases.add(x));
  };

  const gazetteerCanonical = new Set(INSTITUTIONS.map((i) => i.canonical));
  // First pass: firm actors; then singles, acronyms and references, which need the firm ones.
  for (const d of docs) for (const a of d.actors) {
    if (firm(a)) attach(d.uri, a, uf.find(`k:${a.matchKeys[0]}`), a.kind, gazetteerCanonical.has(a.canonical) ? a.canonical : undefined);
  }
  for (const d of docs) {
    const localPeople = d.actors.filter((a) => a.kind === 'person' && firm(a));
    for (const a of d.actors) {
      if (firm(a)) continue;
      const root = resolveLoose(d, a, localPeople);
      if (root) attach(d.uri, a, root, groupMeta.get(root)?.kind ?? a.kind);
    }
  }

  function resolveLoose(d: DocumentAnalysis, a: LocalActor, localPeople: LocalActor[]): string | undefined {
    if (a.roleOf) return resolveRole(d, a.roleOf);
    const mk = a.matchKeys[0];
    const word = mk.split(' ').pop()!;
    // A surname: the person named in full in this document, else the only one in the corpus.
    const local = localPeople.filter((p) => p.canonical.toLowerCase().split(/\s+/).pop() === word);
    if (local.length === 1) return uf.find(`k:${local[0].matchKeys[0]}`);
    const corpus = surnames.get(word);
    if (corpus && corpus.size === 1) return [...corpus][0];
    // A name another document defines ("DoD" defined as "Department of Defense (DoD)").
    const known = uf.find(`k:${mk}`);
    if (groupMeta.has(known)) return known;
    if (a.key.startsWith('acronym:')) return undefined;
    if (a.kind === 'person') { const r = `k:${mk}`; return r; }
    if (products.has(mk) || NOT_NAMES.has(mk)) return undefined;
    if (!nonInitial.has(mk)) return undefined;
    return `k:${mk}`;
  }

  function resolveRole(d: DocumentAnalysis, role: string): string | undefined {
    if (role === 'defense') {
      const mine = d.actors.filter((x) => firm(x) && x.kind === 'government' && DEFENSE.test(x.canonical));
      if (mine.length) return uf.find(`k:${mine[0].matchKeys[0]}`);
      for (const [root, g] of groupMeta) if (g.kind === 'government' && [...g.names.keys()].some((n) => DEFENSE.test(n))) return root;
      return undefined;
    }
    const country = d.countries[0];
    if (!country) return undefined;
    const name = `${shortCountry(country)} government`;
    const root = uf.find(`k:${name.toLowerCase()}`);
    if (!groupMeta.has(root)) groupMeta.set(root, { names: new Map([[name, 1]]), kind: 'government', gazetteer: name, docs: new Set(), aliases: new Set([name]) });
    return root;
  }

  const actors: Actor[] = [];
  const byRoot = new Map<string, Actor>();
  const usedIds = new Set<string>();
  for (const [root, g] of [...groupMeta].sort((x, y) => x[0].localeCompare(y[0]))) {
    if (!g.docs.size) continue;
    const names = [...g.names.keys()];
    const canonical = g.gazetteer ?? (names.length ? names.sort((x, y) => y.length - x.length || (g.names.get(y)! - g.names.get(x)!) || x.localeCompare(y))[0] : [...g.aliases][0]);
    let id = `actor:${slug(canonical)}`;
    for (let n = 2; usedIds.has(id); n++) id = `actor:${slug(canonical)}-${n}`;
    usedIds.add(id);
    const actor: Actor = { id, canonical, kind: g.kind, aliases: [...g.aliases].sort(), docs: [...g.docs].sort() };
    actors.push(actor);
    byRoot.set(root, actor);
  }
  const idOf = new Map<string, Map<string, string>>();
  for (const [k, root] of groupOf) {
    const [uri, key] = k.split('\0');
    const actor = byRoot.get(root);
    if (!actor) continue;
    if (!idOf.has(uri)) idOf.set(uri, new Map());
    idOf.get(uri)!.set(key, actor.id);
  }
  return { actors, idOf, byId: new Map(actors.map((a) => [a.id, a])) };
}
