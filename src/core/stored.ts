/**
 * A document's analysis in the compact form the corpus index keeps: the parts the corpus-wide
 * steps read on every pass (events, the claims' link features, people with an affiliation,
 * products and countries) stay as objects; the actors, which only a full rebuild of the actor
 * tables reads, and the parts only a document's own view reads (mentions, threats, red lines,
 * passages, line starts, the claims' excerpts and reasons) are kept as deflated JSON.
 * Unpacking gives back an analysis equal to the original, keys in the same order.
 */
import { deflateRawSync, inflateRawSync } from 'zlib';
import type { Claim, DocumentAnalysis, LocalActor } from './schema';

/** A claim without the parts only its document's view reads. */
export type LinkedClaim = Omit<Claim, 'excerpt' | 'why'>;

export interface StoredAnalysis {
  uri: string;
  version: number;
  events: DocumentAnalysis['events'];
  claims: LinkedClaim[];
  /** People with an organisation tied to them by a title: what event grouping reads of the actors. */
  people: LocalActor[];
  products: string[];
  countries: string[];
  /** Deflated JSON: the actors. */
  actors: Uint8Array;
  /** Deflated JSON: the analysis's other parts, the claims' excerpts and reasons, and key orders. */
  rest: Uint8Array;
}

interface Rest {
  /** The analysis's keys in order. */
  keys: string[];
  /** Its parts not kept as objects, by key. */
  parts: Record<string, unknown>;
  /** Per claim: its keys in order, its excerpt and its reason. */
  claims: [string[], Claim['excerpt'], Claim['why']][];
}

/** Kept as objects in a stored analysis (the actors are packed on their own). */
const KEPT = new Set(['uri', 'version', 'events', 'claims', 'products', 'countries', 'actors']);

export function isStored(a: DocumentAnalysis | StoredAnalysis): a is StoredAnalysis {
  return a.actors instanceof Uint8Array;
}

const pack = (value: unknown): Uint8Array => new Uint8Array(deflateRawSync(JSON.stringify(value), { level: 3 }));
const unpack = <T>(bytes: Uint8Array): T => JSON.parse(inflateRawSync(bytes).toString('utf8')) as T;

export function storeAnalysis(a: DocumentAnalysis): StoredAnalysis {
  const keys = Object.keys(a);
  const parts: Record<string, unknown> = {};
  for (const k of keys) if (!KEPT.has(k)) parts[k] = (a as Record<string, unknown>)[k];
  const claims: LinkedClaim[] = [];
  const notes: Rest['claims'] = [];
  for (const c of a.claims) {
    const { excerpt, why, ...linked } = c;
    claims.push(linked);
    notes.push([claimKeys(c), excerpt, why]);
  }
  const rest: Rest = { keys, parts, claims: notes };
  return {
    uri: a.uri, version: a.version, events: a.events.map((e) => ({ ...e, excerpt: narrow(e.excerpt) })), claims,
    people: a.actors.filter((x) => x.kind === 'person' && x.affiliation),
    products: a.products, countries: a.countries, actors: pack(a.actors), rest: pack(rest),
  };
}

/**
 * The same string stored one byte per character when every character fits: a piece cut from a
 * text that has any character past U+00FF anywhere (a curly quotation mark) is otherwise kept,
 * and copied to other threads, at two bytes per character.
 */
export function narrow(s: string): string {
  return WIDE.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1');
}
const WIDE = /[^\u0000-\u00ff]/;

const keyOrders = new Map<string, string[]>();
/** A claim's keys, one shared array per distinct order. */
function claimKeys(c: Claim): string[] {
  const keys = Object.keys(c);
  const id = keys.join(',');
  let shared = keyOrders.get(id);
  if (!shared) { shared = keys; keyOrders.set(id, shared); }
  return shared;
}

/** The one empty list that stored analyses share: frozen, so that adding to it fails loudly. */
export const NO_STRINGS = Object.freeze([]) as unknown as string[];

/**
 * Swaps the short strings of a stored analysis that recur across documents (event types,
 * topics, triggers, rules, actor keys, the claims' terms, figures, stances and predicates) for
 * the copies `name` gives, and empty lists for the one shared empty list.
 */
export function shareStrings(a: StoredAnalysis, name: (s: string) => string): void {
  const none = (list: string[]) => (list.length ? list : NO_STRINGS);
  for (const e of a.events) {
    e.type = name(e.type) as typeof e.type;
    e.topic = name(e.topic);
    e.trigger = name(e.trigger);
    if (e.actor !== undefined) e.actor = name(e.actor);
    if (e.target !== undefined) e.target = name(e.target);
    e.why.rule = name(e.why.rule);
    for (let i = 0; i < e.why.words.length; i++) e.why.words[i] = name(e.why.words[i]);
    e.why.words = none(e.why.words);
    if (e.why.note !== undefined) e.why.note = name(e.why.note);
  }
  for (const c of a.claims) {
    for (let i = 0; i < c.terms.length; i++) c.terms[i] = name(c.terms[i]);
    for (let i = 0; i < c.figures.length; i++) c.figures[i] = name(c.figures[i]);
    for (let i = 0; i < c.actors.length; i++) c.actors[i] = name(c.actors[i]);
    for (let i = 0; i < c.stanceOf.length; i++) c.stanceOf[i] = name(c.stanceOf[i]);
    c.terms = none(c.terms);
    c.figures = none(c.figures);
    c.actors = none(c.actors);
    c.stanceOf = none(c.stanceOf);
    if (c.stance !== undefined) c.stance = name(c.stance);
    if (c.predicate !== undefined) c.predicate = name(c.predicate);
  }
}

export function storedActors(s: StoredAnalysis): LocalActor[] {
  return unpack<LocalActor[]>(s.actors);
}

/** The whole analysis back from its stored form. */
export function loadAnalysis(s: StoredAnalysis): DocumentAnalysis {
  const rest = unpack<Rest>(s.rest);
  const claims = s.claims.map((linked, i): Claim => {
    const [keys, excerpt, why] = rest.claims[i];
    const c: Record<string, unknown> = {};
    for (const k of keys) c[k] = k === 'excerpt' ? excerpt : k === 'why' ? why : (linked as Record<string, unknown>)[k];
    return c as Claim;
  });
  const kept: Record<string, unknown> = {
    uri: s.uri, version: s.version, events: s.events, claims, products: s.products, countries: s.countries, actors: storedActors(s),
  };
  const out: Record<string, unknown> = {};
  for (const k of rest.keys) out[k] = KEPT.has(k) ? kept[k] : rest.parts[k];
  return out as DocumentAnalysis;
}
