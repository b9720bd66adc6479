/**
 * A document's analysis in the compact form the corpus index keeps: the parts the corpus-wide
 * steps read (events, what linking reads of the claims, the actors, people with an affiliation,
 * products and countries) stay readable; the parts only a document's own view reads (mentions,
 * threats, red lines, passages, line starts, the claims' excerpts and reasons) are kept as
 * deflated JSON. Claims and actors are tables: numbers in one typed array, names in one list,
 * not an object and several lists each (a corpus has hundreds of thousands of them).
 * Unpacking gives back an analysis equal to the original, keys in the same order.
 */
import { deflateRawSync, inflateRawSync } from 'zlib';
import type { Claim, DocumentAnalysis, EventMention, LocalActor } from './schema';
import { narrow } from './strings';

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
  events: EventTable;
  claims: ClaimTable;
  /** People with an organisation tied to them by a title: what event grouping reads of the actors. */
  people: LocalActor[];
  products: string[];
  countries: string[];
  actors: ActorTable;
  /** Deflated JSON: the analysis's other parts, the claims' excerpts and reasons, and key orders. */
  rest: Uint8Array;
}

/**
 * Events as a table. Per event, EVENT_WIDTH numbers in `nums`: start, end, flags (has an actor 1,
 * a target 2, a note to its reason 4, an event id 8) and how many words its reason names.
 * `names` holds, event after event, its type, actor, target, topic, trigger, rule, note and
 * event id (those it has), then its reason's words; `excerpts` its excerpt (kept apart: they are
 * not shared between documents as the names are).
 */
export interface EventTable { nums: Int32Array; names: string[]; excerpts: string[] }
const EVENT_WIDTH = 4;

function eventTableOf(events: readonly EventMention[]): EventTable {
  const nums = new Int32Array(events.length * EVENT_WIDTH);
  const names: string[] = [];
  const excerpts: string[] = [];
  events.forEach((e, i) => {
    const o = i * EVENT_WIDTH;
    nums[o] = e.start;
    nums[o + 1] = e.end;
    nums[o + 2] = (e.actor !== undefined ? 1 : 0) | (e.target !== undefined ? 2 : 0) | (e.why.note !== undefined ? 4 : 0) | (e.eventId !== undefined ? 8 : 0);
    nums[o + 3] = e.why.words.length;
    names.push(e.type);
    if (e.actor !== undefined) names.push(e.actor);
    if (e.target !== undefined) names.push(e.target);
    names.push(e.topic, e.trigger, e.why.rule);
    if (e.why.note !== undefined) names.push(e.why.note);
    if (e.eventId !== undefined) names.push(e.eventId);
    for (const w of e.why.words) names.push(w);
    excerpts.push(narrow(e.excerpt));
  });
  return { nums, names, excerpts };
}

/** Each event of a table, made as an object when it is reached (keys in the order the extractor gives them). */
function* tableEvents(t: EventTable): Generator<EventMention> {
  const { nums, names, excerpts } = t;
  let at = 0;
  for (let o = 0, i = 0; o < nums.length; o += EVENT_WIDTH, i++) {
    const flags = nums[o + 2];
    const type = names[at++] as EventMention['type'];
    const actor = flags & 1 ? names[at++] : undefined;
    const target = flags & 2 ? names[at++] : undefined;
    const topic = names[at++];
    const trigger = names[at++];
    const rule = names[at++];
    const note = flags & 4 ? names[at++] : undefined;
    const eventId = flags & 8 ? names[at++] : undefined;
    const words = names.slice(at, at += nums[o + 3]);
    const why: EventMention['why'] = note === undefined ? { rule, words } : { rule, words, note };
    const e: EventMention = { start: nums[o], end: nums[o + 1], type, actor, target, topic, trigger, excerpt: excerpts[i], why };
    if (eventId !== undefined) e.eventId = eventId;
    yield e;
  }
}

/** A document's events, stored or whole. */
export function eventsOf(a: DocumentAnalysis | StoredAnalysis): Iterable<EventMention> {
  return isStored(a) ? tableEvents(a.events) : a.events;
}

/**
 * Actors as a table. Per actor, ACTOR_WIDTH numbers in `nums`: flags (sure 1, seen only at the
 * start of sentences 2, a single word 4, has an affiliation 8, stands for a role 16) and how many
 * aliases and match keys it has. `names` holds, actor after actor, its key, canonical name and
 * kind, its affiliation and role when it has them, then its aliases and match keys.
 */
export interface ActorTable { nums: Int32Array; names: string[] }
const ACTOR_WIDTH = 3;

function actorTableOf(actors: readonly LocalActor[]): ActorTable {
  const nums = new Int32Array(actors.length * ACTOR_WIDTH);
  const names: string[] = [];
  actors.forEach((a, i) => {
    const o = i * ACTOR_WIDTH;
    nums[o] = (a.sure ? 1 : 0) | (a.initialOnly ? 2 : 0) | (a.single ? 4 : 0) | (a.affiliation !== undefined ? 8 : 0) | (a.roleOf !== undefined ? 16 : 0);
    nums[o + 1] = a.aliases.length;
    nums[o + 2] = a.matchKeys.length;
    names.push(a.key, a.canonical, a.kind);
    if (a.affiliation !== undefined) names.push(a.affiliation);
    if (a.roleOf !== undefined) names.push(a.roleOf);
    for (const x of a.aliases) names.push(x);
    for (const x of a.matchKeys) names.push(x);
  });
  return { nums, names };
}

/** A stored analysis's actors, made as objects (keys in the order the extractor gives them). */
export function storedActors(s: StoredAnalysis): LocalActor[] {
  const { nums, names } = s.actors;
  const out: LocalActor[] = [];
  let at = 0;
  for (let o = 0; o < nums.length; o += ACTOR_WIDTH) {
    const flags = nums[o];
    const key = names[at++];
    const canonical = names[at++];
    const kind = names[at++] as LocalActor['kind'];
    const affiliation = flags & 8 ? names[at++] : undefined;
    const roleOf = flags & 16 ? names[at++] : undefined;
    const aliases = names.slice(at, at += nums[o + 1]);
    const matchKeys = names.slice(at, at += nums[o + 2]);
    const a: LocalActor = { key, canonical, kind, aliases, matchKeys, sure: !!(flags & 1), initialOnly: !!(flags & 2), single: !!(flags & 4) };
    if (affiliation !== undefined) a.affiliation = affiliation;
    if (roleOf !== undefined) a.roleOf = roleOf;
    out.push(a);
  }
  return out;
}

function claimTableOf(claims: readonly LinkedClaim[]): ClaimTable {
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
function* tableClaims(t: ClaimTable): Generator<LinkedClaim> {
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

/** How many claims a document has, and at most how many features (terms, actors, figures) they have. */
export function claimSizes(a: DocumentAnalysis | StoredAnalysis): { claims: number; features: number } {
  let features = 0;
  if (!isStored(a)) {
    for (const c of a.claims) features += c.terms.length + c.actors.length + c.figures.length;
    return { claims: a.claims.length, features };
  }
  const { nums } = a.claims;
  for (let o = 0; o < nums.length; o += WIDTH) features += nums[o + 6] + nums[o + 7] + nums[o + 8];
  return { claims: nums.length / WIDTH, features };
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
  /** The distinct key orders of the events, and each event's. */
  eventKeys: string[][];
  eventOrder: number[];
}

/** Kept readable in a stored analysis (the actors as a table of their own). */
const KEPT = new Set(['uri', 'version', 'events', 'claims', 'products', 'countries', 'actors']);

export function isStored(a: DocumentAnalysis | StoredAnalysis): a is StoredAnalysis {
  return (a as StoredAnalysis).rest instanceof Uint8Array;
}

const pack = (value: unknown): Uint8Array => new Uint8Array(deflateRawSync(JSON.stringify(value), { level: 3 }));
const unpack = <T>(bytes: Uint8Array): T => JSON.parse(inflateRawSync(bytes).toString('utf8')) as T;

export function storeAnalysis(a: DocumentAnalysis): StoredAnalysis {
  const keys = Object.keys(a);
  const parts: Record<string, unknown> = {};
  for (const k of keys) if (!KEPT.has(k)) parts[k] = (a as Record<string, unknown>)[k];
  const notes: Rest['claims'] = a.claims.map((c) => [claimKeys(c), c.excerpt, c.why]);
  const eventKeys: string[][] = [];
  const orders = new Map<string, number>();
  const eventOrder = a.events.map((e) => {
    const k = Object.keys(e);
    const id = k.join(',');
    let n = orders.get(id);
    if (n === undefined) { n = eventKeys.push(k) - 1; orders.set(id, n); }
    return n;
  });
  const rest: Rest = { keys, parts, claims: notes, eventKeys, eventOrder };
  return {
    uri: a.uri, version: a.version, events: eventTableOf(a.events), claims: claimTableOf(a.claims),
    people: a.actors.filter((x) => x.kind === 'person' && x.affiliation),
    products: a.products, countries: a.countries, actors: actorTableOf(a.actors), rest: pack(rest),
  };
}

const keyOrders = new Map<string, string[]>();
/** A claim's keys, one shared array per distinct order. */
function claimKeys(c: Claim): string[] {
  const keys = Object.keys(c);
  const id = keys.join(',');
  let shared = keyOrders.get(id);
  if (!shared) { shared = keys; keyOrders.set(id, shared); }
  return shared;
}

/**
 * Swaps the short strings of a stored analysis that recur across documents (the names of its
 * events, claims and actors: types, topics, rules, terms, actor keys…) for the copies `name` gives.
 */
export function shareStrings(a: StoredAnalysis, name: (s: string) => string): void {
  for (const names of [a.events.names, a.claims.names, a.actors.names]) for (let i = 0; i < names.length; i++) names[i] = name(names[i]);
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
  const events: EventMention[] = [];
  for (const made of tableEvents(s.events)) {
    const e: Record<string, unknown> = {};
    for (const k of rest.eventKeys[rest.eventOrder[events.length]]) e[k] = (made as Record<string, unknown>)[k];
    events.push(e as EventMention);
  }
  const kept: Record<string, unknown> = {
    uri: s.uri, version: s.version, events, claims, products: s.products, countries: s.countries, actors: storedActors(s),
  };
  const out: Record<string, unknown> = {};
  for (const k of rest.keys) out[k] = KEPT.has(k) ? kept[k] : rest.parts[k];
  return out as DocumentAnalysis;
}
