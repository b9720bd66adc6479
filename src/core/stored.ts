/**
 * A document's analysis in the compact form the corpus index keeps: the parts the corpus-wide
 * steps read on every pass (events, what linking reads of the claims, people with an
 * affiliation, products and countries) stay readable; the actors, which only a full rebuild of
 * the actor tables reads, and the parts only a document's own view reads (mentions, threats,
 * red lines, passages, line starts, the claims' excerpts and reasons) are kept as deflated JSON.
 * The claims are a table: numbers in one typed array, names in one list, not an object and
 * four lists per claim (a corpus has hundreds of thousands of claims).
 * Unpacking gives back an analysis equal to the original, keys in the same order.
 */
import { deflateRawSync, inflateRawSync } from 'zlib';
import type { Claim, DocumentAnalysis, LocalActor } from './schema';

/** A claim without the parts only its document's view reads. */
export type LinkedClaim = Omit<Claim, 'excerpt' | 'why'>;

/**
 * Claims as a table. Per claim, WIDTH numbers in `nums`: start, end, polarity, stance and
 * predicate (their places in `names`, -1 for none), generic (0 absent, 1 true, 2 false), and how
 * many terms, actors, figures and stance takers it has. `names` holds, claim after claim, its
 * stance, its predicate, then its terms, actors, figures and stance takers.
 */
export interface ClaimTable { nums: Int32Array; names: string[] }
const WIDTH = 10;

export interface StoredAnalysis {
  uri: string;
  version: number;
  events: DocumentAnalysis['events'];
  claims: ClaimTable;
  /** People with an organisation tied to them by a title: what event grouping reads of the actors. */
  people: LocalActor[];
  products: string[];
  countries: string[];
  /** Deflated JSON: the actors. */
  actors: Uint8Array;
  /** Deflated JSON: the analysis's other parts, the claims' excerpts and reasons, and key orders. */
  rest: Uint8Array;
}

export function tableOf(claims: readonly LinkedClaim[]): ClaimTable {
  const nums = new Int32Array(claims.length * WIDTH);
  const names: string[] = [];
  claims.forEach((c, i) => {
    const o = i * WIDTH;
    nums[o] = c.start;
    nums[o + 1] = c.end;
    nums[o + 2] = c.polarity;
    nums[o + 3] = c.stance === undefined ? -1 : names.push(c.stance) - 1;
    nums[o + 4] = c.predicate === undefined ? -1 : names.push(c.predicate) - 1;
    nums[o + 5] = c.generic === undefined ? 0 : c.generic ? 1 : 2;
    nums[o + 6] = c.terms.length;
    nums[o + 7] = c.actors.length;
    nums[o + 8] = c.figures.length;
    nums[o + 9] = c.stanceOf.length;
    for (const list of [c.terms, c.actors, c.figures, c.stanceOf]) for (const x of list) names.push(x);
  });
  return { nums, names };
}

/** Each claim of a table, made as an object when it is reached, keys in the order the extractor gives them. */
export function* tableClaims(t: ClaimTable): Generator<LinkedClaim> {
  const { nums, names } = t;
  let at = 0;
  for (let o = 0; o < nums.length; o += WIDTH) {
    if (nums[o + 3] >= 0) at++;
    if (nums[o + 4] >= 0) at++;
    const list = (n: number) => { const out = names.slice(at, at + n); at += n; return out; };
    const c = { start: nums[o], end: nums[o + 1], terms: list(nums[o + 6]), actors: list(nums[o + 7]), figures: list(nums[o + 8]), polarity: nums[o + 2] } as LinkedClaim;
    if (nums[o + 3] >= 0) c.stance = names[nums[o + 3]];
    c.stanceOf = list(nums[o + 9]);
    if (nums[o + 4] >= 0) c.predicate = names[nums[o + 4]];
    if (nums[o + 5]) c.generic = nums[o + 5] === 1;
    yield c;
  }
}

/** A document's claims as linking reads them, stored or whole. */
export function linkedClaims(a: DocumentAnalysis | StoredAnalysis): Iterable<LinkedClaim> {
  return isStored(a) ? tableClaims(a.claims) : a.claims;
}

/** Each claim's span and predicate, in order, without making the claims. */
export function forEachClaimSpan(a: DocumentAnalysis | StoredAnalysis, each: (start: number, end: number, predicate: string | undefined) => void): void {
  if (!isStored(a)) { for (const c of a.claims) each(c.start, c.end, c.predicate); return; }
  const { nums, names } = a.claims;
  for (let o = 0; o < nums.length; o += WIDTH) each(nums[o], nums[o + 1], nums[o + 4] >= 0 ? names[nums[o + 4]] : undefined);
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
  const notes: Rest['claims'] = a.claims.map((c) => [claimKeys(c), c.excerpt, c.why]);
  const rest: Rest = { keys, parts, claims: notes };
  return {
    uri: a.uri, version: a.version, events: a.events.map((e) => ({ ...e, excerpt: narrow(e.excerpt) })), claims: tableOf(a.claims),
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
 * topics, triggers, rules, actor keys, the claims' names) for the copies `name` gives, and the
 * events' empty lists for the one shared empty list.
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
  const names = a.claims.names;
  for (let i = 0; i < names.length; i++) names[i] = name(names[i]);
}

export function storedActors(s: StoredAnalysis): LocalActor[] {
  return unpack<LocalActor[]>(s.actors);
}

/** The whole analysis back from its stored form. */
export function loadAnalysis(s: StoredAnalysis): DocumentAnalysis {
  const rest = unpack<Rest>(s.rest);
  const claims: Claim[] = [];
  for (const linked of tableClaims(s.claims)) {
    const [keys, excerpt, why] = rest.claims[claims.length];
    const c: Record<string, unknown> = {};
    for (const k of keys) c[k] = k === 'excerpt' ? excerpt : k === 'why' ? why : (linked as Record<string, unknown>)[k];
    claims.push(c as Claim);
  }
  const kept: Record<string, unknown> = {
    uri: s.uri, version: s.version, events: s.events, claims, products: s.products, countries: s.countries, actors: storedActors(s),
  };
  const out: Record<string, unknown> = {};
  for (const k of rest.keys) out[k] = KEPT.has(k) ? kept[k] : rest.parts[k];
  return out as DocumentAnalysis;
}
