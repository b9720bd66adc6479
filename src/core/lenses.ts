/**
 * The titles of the lenses above a passage, short enough to read at a glance: one lens per
 * kind (actors, threats, red lines, claim links), each at most `MAX_LENS_TITLE` characters,
 * the rest in its tooltip. A threat or a red line is named by who holds it and what it is
 * about ("Red line · Anthropic: no mass surveillance"), the object taken from the passage's own
 * words and cut only where a phrase ends; an actor not resolved is left out.
 */
import type { DocumentView, PassageRef, RedLine, Threat } from './schema';
import { explainWhy, type LensModel, type Names } from './present';
import { clean, phraseAt, subjectBefore } from './phrase';

export const MAX_LENS_TITLE = 60;

/** What each kind's title starts with, in English (the editor translates it). */
export const LENS_PREFIX = { actors: 'Actors: ', threat: 'Threat · ', 'red-line': 'Red line · ' } as const;

export interface LensLabel {
  /** The title without its kind: what an editor puts after its own (translated) kind. */
  body: string;
  /** The English title: the kind's prefix and the body. */
  title: string;
  /** Every item of the lens in full, one a line. */
  tooltip: string;
}

/** The title, tooltip and body of one lens. `text` is the document's text (the items' offsets are into it). */
export function lensLabel(model: LensModel, names: Names, text: string): LensLabel | undefined {
  const prefix = LENS_PREFIX[model.kind];
  const budget = MAX_LENS_TITLE - prefix.length;
  if (model.kind === 'actors') {
    const named = model.actors.map((id) => names.known(id)).filter((n): n is string => !!n);
    if (!named.length) return undefined;
    const body = listWithin(named, ' · ', budget);
    return { body, title: prefix + body, tooltip: `Actors named in this passage: ${named.join(', ')}` };
  }
  const items = model.kind === 'threat' ? model.items.map((x) => threatBody(x, names, text, budget - more(model.items.length)))
    : model.items.map((x) => redLineBody(x, names, text, budget - more(model.items.length)));
  const body = items[0].short + (items.length > 1 ? ` +${items.length - 1}` : '');
  const whys = model.items.map((x) => x.why);
  return { body, title: prefix + body, tooltip: items.map((x, i) => `${prefix}${x.full} (${explainWhy(whys[i])})`).join('\n') };
}

/** The room a " +N" (more items in the passage) takes. */
const more = (n: number) => (n > 1 ? ` +${n - 1}`.length : 0);

/** Names joined while they fit, then how many more there are ("A · B +3"). */
function listWithin(names: string[], sep: string, budget: number): string {
  for (let k = names.length; k >= 1; k--) {
    const s = names.slice(0, k).join(sep) + (k < names.length ? ` +${names.length - k}` : '');
    if (s.length <= budget || k === 1) return s.length <= budget ? s : `${names[0].slice(0, budget - 1)}…`;
  }
  return '';
}

interface ItemBody { short: string; full: string }

/** Makes the object of an item's title: the longest that `fits` accepts (with `whole`, uncut only). */
type ObjectOf = (fits: (o: string) => boolean, whole: boolean) => string | undefined;

/**
 * Who and what, fitted within `budget`: the whole object with full names, then with brief
 * names ("DoD", "Trump"), then the object cut shorter, then `fallback` (the step's class, the
 * refusal alone), or without one the holder alone.
 */
function fitted(whos: (string | undefined)[], object: ObjectOf | undefined, fallback: string | undefined, budget: number): string {
  const with_ = (who: string | undefined, what: string) => (who ? `${who}: ${what}` : what);
  // With no room for a name, the object alone (the names stay in the tooltip): a holder alone says nothing of the limit.
  for (const whole of [true, false]) {
    for (const who of [...unique(whos), undefined]) {
      const room = budget - (who ? who.length + 2 : 0);
      const o = room >= 8 ? object?.((x) => x.length <= room, whole) : undefined;
      if (o) return with_(who, o);
    }
  }
  for (const who of unique(whos)) {
    const s = fallback === undefined ? who : with_(who, fallback);
    if (s && s.length <= budget) return s;
  }
  return fallback ?? whos.find((w) => w) ?? '';
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** "DoD → Anthropic", "DoD", "against Anthropic" or nothing, as the actors are known. */
function whoOf(actor: string | undefined, target: string | undefined): string | undefined {
  if (actor && target && actor !== target) return `${actor} → ${target}`;
  if (actor) return actor;
  return target ? `against ${target}` : undefined;
}

function threatBody(x: Threat, names: Names, text: string, budget: number): ItemBody {
  const sentence = text.slice(x.start, x.end);
  const found = threatObjectStart(x, sentence);
  const { at, lead } = typeof found === 'number' ? { at: found, lead: '' } : found ?? { at: -1, lead: '' };
  const object: ObjectOf | undefined = at < 0 ? undefined : (fits, uncut) => {
    const p = phraseAt(sentence, at, (o) => fits(lead + o), uncut);
    return p ? lead + p.text : undefined;
  };
  const whole = object?.(() => true, true) ?? object?.(() => true, false) ?? classOf(x);
  // A target the object names already ("designate Anthropic a risk") is not said twice.
  const named = (id: string | undefined) => !!id && [names.known(id), names.brief(id)].some((n) => n && whole.includes(n));
  const target = named(x.target) ? undefined : x.target;
  // Threats name their parties by acronym when they have one ("DoD → Anthropic"), as the Events tree does.
  const short = (id: string | undefined) => (names.known(id) ? names.short(id) : undefined);
  const whos = [whoOf(short(x.actor), short(target)), whoOf(names.brief(x.actor), names.brief(target)), whoOf(names.brief(x.actor), undefined)];
  const fullWho = whoOf(names.known(x.actor), names.known(x.target));
  return { short: fitted(whos, object, classOf(x), budget), full: fullWho ? `${fullWho}: ${whole}` : whole };
}

/** What a compulsion rule's threat is, when its own words do not fit a lens. */
const COMPULSION_CLASS: Record<string, string> = {
  'threat.measure': 'measure taken', 'threat.measure-passive': 'measure taken', 'threat.measure-announced': 'measure announced',
  'threat.order': 'order served', 'threat.period': 'deadline set', 'threat.face': 'penalty faced', 'threat.until': 'until compliance',
  'threat.if-then': 'conditional step', 'threat.keep-means': 'means on terms', 'threat.contingent': 'means on terms',
  'threat.lose-means': 'loss of means', 'threat.harm': 'harm promised',
};

/** The step a threat names, as its class ("designation"), or the trigger when it names none. */
function classOf(x: Threat): string {
  if (x.what !== 'threat') return x.what;
  const trigger = clean(x.why.words[0] ?? x.what).toLowerCase();
  // A long trigger ("ordered the “immediate … suspension”") is named by its rule's class instead.
  return trigger.length <= 24 ? trigger : COMPULSION_CLASS[x.why.rule] ?? x.why.rule.replace(/^threat\./, '').replace(/-/g, ' ');
}

/** Where in its sentence the object of a threat starts, by the rule that found it; undefined: its class names it. */
function threatObjectStart(x: Threat, sentence: string): number | { at: number; lead: string } | undefined {
  const trigger = x.why.words[0] ?? '';
  const at = sentence.indexOf(trigger);
  if (at < 0) return undefined;
  const after = at + trigger.length;
  const rest = sentence.slice(after);
  const skip = (re: RegExp, from: number) => { const m = re.exec(sentence.slice(from)); return m ? from + m[0].length : undefined; };
  switch (x.why.rule) {
    case 'threat.verb': {
      // "threatened to cancel X", "threatened X with suspension", "threatened severe consequences".
      const to = skip(/^\s+to\s+/, after);
      if (to !== undefined) return to;
      const withAt = /^\s+(?:[^\s,;.]+\s+){1,6}?with\s+/.exec(rest);
      if (withAt) return after + withAt[0].length;
      // "threaten Brazilian agencies" with no step named: what is threatened, not the threat.
      const object = skip(/^\s+/, after);
      return object !== undefined && x.what === 'threat' ? { at: object, lead: 'to ' } : object;
    }
    case 'threat.warn': {
      const could = /\bcould be (?=\w+ed\b)/.exec(sentence.slice(after));
      return could ? after + could.index + could[0].length : undefined;
    }
    case 'threat.could-be': return at + 'could be '.length;
    case 'threat.consider-step': return skip(/^\S+\s+/, at);
    case 'threat.force': return skip(/^.*?\bto\s+/, at);
    case 'threat.or-else': return /^or (?:face|risk)\b/i.test(trigger) ? at + 3 : skip(/^\s*(?:we\s+will\s+)?/, after);
    case 'threat.step-or': return at + 3;
    case 'threat.legal': return skip(/^(?:threatened|vowed|pledged)\s+to\s+/i, at) ?? at;
    case 'threat.conditional': return skip(/^(?:would|will|could|might)\s+(?:\w+\s+)?(?=\w)/i, at);
    case 'threat.blacklist': case 'threat.cut-off': case 'threat.imposed': case 'threat.ban': case 'threat.deadline': return at;
    // Compulsion: the measure, order or condition as the passage words it, from its trigger.
    case 'threat.measure': case 'threat.measure-passive': case 'threat.measure-announced': case 'threat.order': case 'threat.period':
    case 'threat.face': case 'threat.until': case 'threat.keep-means': case 'threat.contingent': case 'threat.lose-means': case 'threat.harm': return at;
    case 'threat.if-then': return skip(/^.*?,\s+/, at);
    default: return undefined;
  }
}

function redLineBody(x: RedLine, names: Names, text: string, budget: number): ItemBody {
  const sentence = text.slice(x.start, x.end);
  const { object, alone } = redLineObject(x, sentence);
  const holder = names.known(x.holder);
  // With no object that fits, the holder alone: a verb cut from its object would say something else.
  const fallback = alone ?? (object && holder ? undefined : clean(x.why.words[0] ?? '').replace(/:$/, '').toLowerCase());
  const whole = object?.(() => true, true) ?? object?.(() => true, false) ?? fallback ?? '';
  return { short: fitted([holder, names.brief(x.holder)], object, fallback, budget), full: [holder, whole].filter(Boolean).join(': ') };
}

/**
 * The object of a red line as the rule that found it reads it: the refused action ("won't
 * accept the agreement"), the limited use ("no use for mass surveillance"), the limit a list
 * names in its head; `alone` is what to say when no object fits ("won't back down").
 */
function redLineObject(x: RedLine, sentence: string): { object?: ObjectOf; alone?: string } {
  const fixed = (s: string): { object: ObjectOf } => ({ object: (fits) => (fits(s) ? s : undefined) });
  // A list of limits: "No fully autonomous lethal weapons: …" names its limit in its head.
  const head = /^\s*(no [^:]{3,80}):/i.exec(sentence);
  if (head) return fixed(clean(head[1]).replace(/^No\b/, 'no'));
  const trigger = x.why.words[0] ?? '';
  const at = sentence.indexOf(trigger);
  if (at < 0) return {};
  const after = at + trigger.length;
  const led = (lead: string, from: number): ObjectOf => (fits, whole) => {
    const p = phraseAt(sentence, from, (o) => fits(lead + o), whole);
    return p ? lead + p.text : undefined;
  };
  const verbOf = (re: RegExp) => trigger.replace(re, '').trim().toLowerCase();
  switch (x.why.rule) {
    case 'redline.conscience': return { object: led('cannot ', skipSpace(sentence, after)) };
    case 'redline.refuse-to-allow': case 'redline.will-not': {
      const verb = verbOf(/^(?:refus\w+\s+to|will not|won't|would never|will never|shall not)\s+/i);
      // "refusing to allow its models to be used for X": what is refused is the use for X.
      const use = /^\s+(?:[^\s,;.]+\s+){1,5}?(?:to\s+be\s+)?used\s+(for|in|as)\s+/i.exec(sentence.slice(after));
      if (/^(?:allow|permit|let)$/.test(verb) && use) return { object: led(`no use ${use[1].toLowerCase()} `, after + use[0].length) };
      // The refusal alone when nothing follows it ("refused to back down."), never a verb without its object.
      const alone = phraseAt(sentence, skipSpace(sentence, after)) ? undefined : `won't ${verb}`;
      return { object: led(`won't ${verb} `, skipSpace(sentence, after)), alone };
    }
    case 'redline.refusal': case 'redline.refuse-to-yield': {
      // "would not surrender its independence": the refused verb, then its object.
      const verb = (/([\p{L}-]+)$/u.exec(trigger.replace(/[“"‘]/g, ''))?.[1] ?? '').toLowerCase();
      const alone = phraseAt(sentence, skipSpace(sentence, after)) ? undefined : `won't ${verb}`;
      return { object: led(`won't ${verb} `, skipSpace(sentence, after)), alone };
    }
    case 'redline.not-without': {
      const m = /^(?:will not|won't|would not|wouldn't|will never|would never|shall not)\s+/i.exec(trigger);
      return { object: led("won't ", at + (m ? m[0].length : 0)) };
    }
    case 'redline.reject-use': return { object: led(`no use ${(/(for|of|in)$/i.exec(trigger)?.[1] ?? 'for').toLowerCase()} `, skipSpace(sentence, after)) };
    case 'redline.prohibits': return { object: led('no use ', skipSpace(sentence, after)) };
    case 'redline.no-circumstances': {
      const m = /^\s*,?\s*(?:will|would|shall|can|could|must|should|do|does|did)\s+(?:not\s+)?\S+\s+/i.exec(sentence.slice(after));
      return m ? { object: led('never ', after + m[0].length) } : {};
    }
    case 'redline.phrase': case 'redline.non-negotiable': {
      const subject = subjectBefore(sentence, at);
      if (subject) return fixed(subject);
      // "two specific “red lines”": the words that count or qualify the lines.
      const before = sentence.slice(0, at).replace(/[“"‘]$/, '').trimEnd().split(/\s+/);
      let k = before.length;
      while (k > 0 && LINE_QUALIFIERS.has(before[k - 1].toLowerCase())) k--;
      return k < before.length ? fixed(`${before.slice(k).join(' ').toLowerCase()} ${trigger.replace(/[“"‘”’]/g, '')}`) : {};
    }
    case 'redline.position': return { object: led('', at) };
    case 'redline.firm': return /against$/i.test(trigger) ? { object: led('against ', skipSpace(sentence, after)) } : {};
    case 'redline.safeguards': return fixed(`only with ${trigger.split(/\s+/)[0].toLowerCase()} in place`);
    default: return { object: led('', at) };
  }
}

/** Words that count or qualify red lines ("two specific red lines"). */
const LINE_QUALIFIERS = new Set(['two', 'three', 'four', 'several', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'specific', 'clear', 'firm', 'absolute', 'bright', 'own']);

const skipSpace = (s: string, at: number) => at + (/^\s*/.exec(s.slice(at))?.[0].length ?? 0);

/** The claim-links lens of a passage: its claims that other documents corroborate or contradict. */
export interface ClaimLensModel {
  offset: number;
  end: number;
  claims: { start: number; end: number; corroborating: PassageRef[]; contradicting: PassageRef[] }[];
}

/** One claim-links lens per passage that has linked claims, at the passage's start. */
export function claimLenses(view: DocumentView): ClaimLensModel[] {
  const passages = view.analysis.passages;
  const out: ClaimLensModel[] = [];
  let p = 0;
  for (const c of view.claims) {
    if (!c.links.length) continue;
    const here = (r: PassageRef) => r.uri === c.uri && r.start === c.start;
    const corroborating: PassageRef[] = [];
    const contradicting: PassageRef[] = [];
    for (const i of c.links) {
      const l = view.links[i];
      const other = here(l.a) ? l.b : l.a;
      const list = l.kind === 'contradicts' ? contradicting : corroborating;
      if (!list.some((r) => r.uri === other.uri && r.start === other.start)) list.push(other);
    }
    while (p < passages.length && passages[p][1] <= c.start) p++;
    const [start, end] = p < passages.length && passages[p][0] <= c.start ? passages[p] : [c.start, c.end];
    const last = out[out.length - 1];
    const lens = last && last.offset === start ? last : (out.push({ offset: start, end, claims: [] }), out[out.length - 1]);
    lens.claims.push({ start: c.start, end: c.end, corroborating, contradicting });
  }
  return out;
}

/** Every other passage a lens's claims are linked to, once each, corroborating then contradicting. */
export function linkedOf(model: ClaimLensModel): { corroborating: PassageRef[]; contradicting: PassageRef[] } {
  const key = (r: PassageRef) => `${r.uri}#${r.start}`;
  const gather = (pick: (c: ClaimLensModel['claims'][number]) => PassageRef[]) => [...new Map(model.claims.flatMap(pick).map((r) => [key(r), r])).values()];
  return { corroborating: gather((c) => c.corroborating), contradicting: gather((c) => c.contradicting) };
}

/** "Corroborated by 3 · contradicted by 1", and per claim its first words and counts in the tooltip. */
export function claimLensLabel(model: ClaimLensModel, text: string): { title: string; tooltip: string; corroborated: number; contradicted: number } {
  const { corroborating, contradicting } = linkedOf(model);
  const title = [corroborating.length ? `Corroborated by ${corroborating.length}` : '', contradicting.length ? `${corroborating.length ? 'contradicted' : 'Contradicted'} by ${contradicting.length}` : ''].filter(Boolean).join(' · ');
  const tooltip = model.claims.map((c) => `“${firstWords(text.slice(c.start, c.end))}”: ${[c.corroborating.length ? `corroborated by ${c.corroborating.length}` : '', c.contradicting.length ? `contradicted by ${c.contradicting.length}` : ''].filter(Boolean).join(', ')}`).join('\n');
  return { title, tooltip, corroborated: corroborating.length, contradicted: contradicting.length };
}

/** The first few words of a passage, to tell one claim from another. */
export function firstWords(text: string, words = 6): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
