/**
 * Resolves the actor candidates of every document into one identity per actor across the
 * corpus: full names meet their surnames, acronyms their expansions, metonyms their
 * institutions, and generic references ("the military") the body they stand for. Each actor's
 * canonical name is its fullest form.
 */
import type { Actor, ActorKind, DocumentAnalysis, LocalActor } from './schema';
import { COUNTRIES, INSTITUTIONS } from './lexicons/gazetteer';
import { NOT_NAMES } from './lexicons/common';
import { COMPANY_SUFFIXES, GOVERNMENT_HEADS, ORGANIZATION_HEADS } from './lexicons/organizations';

/** What the actor tables read of a document's analysis. */
export type ActorSource = Pick<DocumentAnalysis, 'uri' | 'actors' | 'products' | 'countries'>;

export interface Resolution {
  actors: Actor[];
  /** A document's local key -> actor id (absent: not an actor after all), computed when asked. */
  idsFor(uri: string): Map<string, string>;
  byId: Map<string, Actor>;
}

interface Group {
  names: Map<string, number>; kind: ActorKind; gazetteer?: string; docs: Set<string>; aliases: Set<string>;
  /** What the actor made of this group shows, kept until the group changes. */
  shown?: { canonical: string; slug: string; aliases: string[]; docs: string[] };
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

/**
 * The actor tables of a corpus, built document by document: adding a document resolves its
 * candidates against what the others established, so that an edited document is resolved
 * without revisiting the rest. Known shortcut: what a removed document contributed to a group's
 * aliases stays until the next full build.
 */
export class ActorResolver {
  private readonly uf = new UnionFind();
  private readonly products = new Set<string>();
  private readonly nonInitial = new Set<string>();
  /** Acronyms seen acting somewhere in the corpus ("ZTE said"): actors wherever they appear. */
  private readonly actingAcronyms = new Set<string>();
  private readonly surnames = new Map<string, Set<string>>();
  /** A company's own name without the word for its trade or legal form ("Velta" of "Velta Rail") -> its groups. */
  private readonly shortNames = new Map<string, Set<string>>();
  private readonly groups = new Map<string, Group>();
  /** uri -> local key -> group root. */
  private readonly rootOf = new Map<string, Map<string, string>>();
  private readonly namesOf = new Map<string, [string, string][]>();
  private readonly gazetteerCanonical = new Set(INSTITUTIONS.map((i) => i.canonical));
  /** The groups in the order of their roots, kept until a group comes or goes. */
  private ordered: [string, Group][] | undefined;

  /** Groups that a later union joined are merged under their new root. */
  private mergeGroups(): void {
    for (const [key, g] of [...this.groups]) {
      const root = this.uf.find(key);
      if (root === key) continue;
      this.groups.delete(key);
      this.ordered = undefined;
      const into = this.groups.get(root);
      if (!into) { this.groups.set(root, g); continue; }
      into.shown = undefined;
      for (const [n, c] of g.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
      g.docs.forEach((d) => into.docs.add(d));
      g.aliases.forEach((a) => into.aliases.add(a));
      into.gazetteer = into.gazetteer ?? g.gazetteer;
      if (g.kind === 'person') into.kind = 'person';
    }
  }

  /** Adds (or replaces) documents: first every firm name, then what depends on them. */
  addDocs(docs: readonly ActorSource[]): void {
    for (const d of docs) this.forget(d.uri);
    for (const d of docs) {
      d.products.forEach((p) => this.products.add(p));
      for (const a of d.actors) {
        if (!a.initialOnly) this.nonInitial.add(a.matchKeys[0]);
        if (a.key.startsWith('acronym:') && a.sure) this.actingAcronyms.add(a.matchKeys[0]);
        if (!firm(a)) continue;
        const first = `k:${a.matchKeys[0]}`;
        for (const k of a.matchKeys) this.uf.union(first, `k:${k}`);
        const short = shortNameOf(a);
        if (short) {
          if (!this.shortNames.has(short)) this.shortNames.set(short, new Set());
          this.shortNames.get(short)!.add(first);
        }
        if (a.kind === 'person') {
          const parts = a.canonical.split(/\s+/);
          if (parts.length >= 2) {
            const sn = parts[parts.length - 1].toLowerCase();
            if (!this.surnames.has(sn)) this.surnames.set(sn, new Set());
            this.surnames.get(sn)!.add(first);
          }
        }
      }
    }
    this.mergeGroups();
    for (const d of docs) for (const a of d.actors) {
      if (firm(a)) this.attach(d.uri, a, this.uf.find(`k:${a.matchKeys[0]}`), a.kind, this.gazetteerCanonical.has(a.canonical) ? a.canonical : undefined);
    }
    for (const d of docs) {
      const localPeople = d.actors.filter((a) => a.kind === 'person' && firm(a));
      for (const a of d.actors) {
        if (firm(a)) continue;
        const root = this.resolveLoose(d, a, localPeople);
        if (root) this.attach(d.uri, a, root, this.groups.get(this.uf.find(root))?.kind ?? a.kind);
      }
    }
  }

  /** Removes what a document contributed to the groups' documents and names. */
  forget(uri: string): void {
    for (const [root, name] of this.namesOf.get(uri) ?? []) {
      const g = this.groups.get(this.uf.find(root));
      if (!g) continue;
      g.shown = undefined;
      const n = (g.names.get(name) ?? 1) - 1;
      if (n > 0) g.names.set(name, n); else g.names.delete(name);
    }
    for (const root of this.rootOf.get(uri)?.values() ?? []) {
      const g = this.groups.get(this.uf.find(root));
      if (g) { g.docs.delete(uri); g.shown = undefined; }
    }
    this.rootOf.delete(uri);
    this.namesOf.delete(uri);
  }

  private attach(uri: string, a: LocalActor, root: string, kind: ActorKind, gazetteer?: string): void {
    root = this.uf.find(root);
    if (!this.rootOf.has(uri)) this.rootOf.set(uri, new Map());
    this.rootOf.get(uri)!.set(a.key, root);
    let g = this.groups.get(root);
    if (!g) { g = { names: new Map(), kind, docs: new Set(), aliases: new Set() }; this.groups.set(root, g); this.ordered = undefined; }
    g.shown = undefined;
    if (gazetteer) g.gazetteer = gazetteer;
    if (!a.single && !a.roleOf) {
      g.names.set(a.canonical, (g.names.get(a.canonical) ?? 0) + 1);
      if (!this.namesOf.has(uri)) this.namesOf.set(uri, []);
      this.namesOf.get(uri)!.push([root, a.canonical]);
    }
    if (kind === 'person') g.kind = 'person';
    g.docs.add(uri);
    a.aliases.forEach((x) => g!.aliases.add(x));
  }

  private resolveLoose(d: ActorSource, a: LocalActor, localPeople: LocalActor[]): string | undefined {
    if (a.roleOf) return this.resolveRole(d, a.roleOf);
    const mk = a.matchKeys[0];
    const word = mk.split(' ').pop()!;
    // A surname: the person named in full in this document, else the only one in the corpus.
    const local = localPeople.filter((p) => p.canonical.toLowerCase().split(/\s+/).pop() === word);
    if (local.length === 1) return this.uf.find(`k:${local[0].matchKeys[0]}`);
    const corpus = this.surnames.get(word);
    if (corpus) {
      const roots = new Set([...corpus].map((r) => this.uf.find(r)));
      if (roots.size === 1) return [...roots][0];
    }
    // A name another document defines ("DoD" defined as "Department of Defense (DoD)").
    const known = this.uf.find(`k:${mk}`);
    if (this.groups.has(known)) return known;
    // A company by its own name alone: "Velta" for the only "Velta Rail" (or "Velta Inc.") there is.
    const companies = a.kind !== 'person' && !mk.includes(' ') ? this.shortNames.get(mk) : undefined;
    if (companies) {
      const roots = new Set([...companies].map((r) => this.uf.find(r)));
      if (roots.size === 1) return [...roots][0];
    }
    if (a.key.startsWith('acronym:')) return a.sure || this.actingAcronyms.has(mk) ? `k:${mk}` : undefined;
    if (a.kind === 'person') return `k:${mk}`;
    if (this.products.has(mk) || NOT_NAMES.has(mk)) return undefined;
    if (!this.nonInitial.has(mk)) return undefined;
    return `k:${mk}`;
  }

  private resolveRole(d: ActorSource, role: string): string | undefined {
    if (role === 'defense') {
      const mine = d.actors.filter((x) => firm(x) && x.kind === 'government' && DEFENSE.test(x.canonical));
      if (mine.length) return this.uf.find(`k:${mine[0].matchKeys[0]}`);
      for (const [root, g] of this.groups) if (g.kind === 'government' && [...g.names.keys()].some((n) => DEFENSE.test(n))) return root;
      return undefined;
    }
    const country = d.countries[0];
    if (!country) return undefined;
    const name = `${shortCountry(country)} government`;
    const root = this.uf.find(`k:${name.toLowerCase()}`);
    if (!this.groups.has(root)) {
      this.groups.set(root, { names: new Map(), kind: 'government', gazetteer: name, docs: new Set(), aliases: new Set([name]) });
      this.ordered = undefined;
    }
    return root;
  }

  /** The actors as they stand, with each document's local keys mapped to actor ids. */
  resolution(): Resolution {
    this.mergeGroups();
    const actors: Actor[] = [];
    const byRoot = new Map<string, Actor>();
    const usedIds = new Set<string>();
    this.ordered ??= [...this.groups].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    for (const [root, g] of this.ordered) {
      if (!g.docs.size) continue;
      if (!g.shown) {
        const names = [...g.names.keys()];
        const canonical = g.gazetteer ?? (names.length ? names.sort((x, y) => y.length - x.length || (g.names.get(y)! - g.names.get(x)!) || x.localeCompare(y))[0] : [...g.aliases][0]);
        g.shown = { canonical, slug: slug(canonical), aliases: [...g.aliases].sort(), docs: [...g.docs].sort() };
      }
      const { canonical, aliases, docs } = g.shown;
      let id = `actor:${g.shown.slug}`;
      for (let n = 2; usedIds.has(id); n++) id = `actor:${g.shown.slug}-${n}`;
      usedIds.add(id);
      const actor: Actor = { id, canonical, kind: g.kind, aliases, docs };
      actors.push(actor);
      byRoot.set(root, actor);
    }
    // The documents asked for last are remembered (a view asks several times), not every document.
    const cache = new Map<string, Map<string, string>>();
    const idsFor = (uri: string) => {
      let m = cache.get(uri);
      if (m) return m;
      m = new Map<string, string>();
      for (const [key, root] of this.rootOf.get(uri) ?? []) {
        const actor = byRoot.get(this.uf.find(root));
        if (actor) m.set(key, actor.id);
      }
      if (cache.size >= IDS_CACHED) cache.clear();
      cache.set(uri, m);
      return m;
    };
    return { actors, idsFor, byId: new Map(actors.map((a) => [a.id, a])) };
  }

  /** A document's local key -> a group key that stays put while the corpus grows, for linking. */
  stableKey(uri: string, key: string): string | undefined {
    const root = this.rootOf.get(uri)?.get(key);
    return root === undefined ? undefined : this.uf.find(root);
  }
}

/** How many documents' actor ids a resolution remembers. */
const IDS_CACHED = 256;

const firm = (a: LocalActor) => a.sure && !a.single && !a.roleOf;

/**
 * The short name of a two-word organisation name whose second word is its trade or legal form
 * ("Velta Rail", "Orvane Inc."), lower case; none for other names.
 */
function shortNameOf(a: LocalActor): string | undefined {
  if (a.kind !== 'organization') return undefined;
  const parts = a.canonical.split(/\s+/);
  if (parts.length !== 2) return undefined;
  const [name, form] = parts.map((p) => p.toLowerCase());
  if (!(ORGANIZATION_HEADS.has(form) || COMPANY_SUFFIXES.has(form)) || GOVERNMENT_HEADS.has(name) || ORGANIZATION_HEADS.has(name)) return undefined;
  return name;
}
