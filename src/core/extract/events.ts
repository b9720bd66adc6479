/**
 * Events: the passage's main predicate, typed in the spirit of the CAMEO codebook, with the
 * actor before it and the target after it. Modal and future auxiliaries ("would blacklist",
 * "will decide") are never triggers, and neither are infinitives that hang off another verb.
 */
import type { EventMention, EventType } from '../schema';
import { EVENT_NOUNS, EVENT_PHRASES, EVENT_VERBS, THREAT_PATTERNS } from '../lexicons/predicates';
import { SYNONYM_CLASSES } from '../lexicons/synonyms';
import { HEDGES, STOPWORDS } from '../lexicons/common';
import { outsideQuotes, type SentenceInfo } from './context';
import type { RawMention } from './actors';
import { type Roles, rolesAround, type Salience } from './roles';
import { coerciveStep } from './threats';
import { isNameLike, isPossessive, stem, type Token } from '../tokens';
import { wordsInLists } from '../scan';

const verbForms = new Map<string, { type: EventType; lemma: string; finite: boolean }>();
for (const v of EVENT_VERBS) {
  const base = v.lemma;
  const forms = v.forms ?? [];
  const stemE = base.endsWith('e') ? base.slice(0, -1) : base;
  const dbl = /[^aeiou][aeiou][bdgmnprt]$/.test(base) && base.length <= 4 ? base + base.slice(-1) : base;
  const finite = [base + 's', base.endsWith('e') ? base + 'd' : (base.endsWith('y') && !/[aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : dbl + 'ed'), ...forms.filter((f) => !f.endsWith('ing'))];
  if (base.endsWith('y') && !/[aeiou]y$/.test(base)) finite[0] = base.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z)$/.test(base)) finite[0] = base + 'es';
  for (const f of finite) verbForms.set(f, { type: v.type, lemma: base, finite: true });
  for (const f of [stemE + 'ing', dbl + 'ing', ...forms.filter((f) => f.endsWith('ing'))]) verbForms.set(f, { type: v.type, lemma: base, finite: false });
  if (!verbForms.has(base)) verbForms.set(base, { type: v.type, lemma: base, finite: false });
}

const COERCIVE_TYPES = new Set<EventType>(['DESIGNATE', 'COERCE', 'SANCTION']);
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'can', 'shall', 'must', "won't", "wouldn't", 'to']);
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'being']);

const synonymOf = new Map<string, string>();
for (const cls of SYNONYM_CLASSES) for (const w of cls) synonymOf.set(stem(w), stem(cls[0]));

export interface Trigger { index: number; type: EventType; lemma: string; finite: boolean; token: Token }

const triggerCache = new WeakMap<SentenceInfo, Trigger[]>();

/** Every event trigger of the sentence, in order (computed once per sentence). */
export function triggersOf(s: SentenceInfo): Trigger[] {
  let cached = triggerCache.get(s);
  if (!cached) { cached = findTriggers(s); triggerCache.set(s, cached); }
  return cached;
}

/** Does a text contain any of the event phrases at all (most sentences do not)? */
const ANY_PHRASE = new RegExp(EVENT_PHRASES.map((p) => p.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

const HEDGE_LIST = [HEDGES];
/** An "if", "unless" or "whether" with no clause break between it and what follows. */
const CONDITION_BEFORE = /\b(?:if|unless|whether)\b[^,;:—–]*$/;

/** Event nouns as a map: a word such as "constructor" must not find what every object inherits. */
const EVENT_NOUN: ReadonlyMap<string, EventType> = new Map(Object.entries(EVENT_NOUNS));

function findTriggers(s: SentenceInfo): Trigger[] {
  const out: Trigger[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word) continue;
    const v = verbForms.get(t.lower);
    if (v) {
      const prev = toks[i - 1]?.lower;
      const prev2 = toks[i - 2]?.lower;
      if (prev && MODALS.has(prev)) continue;
      if (prev2 && MODALS.has(prev2) && toks[i - 1].word && /ly$/.test(prev ?? '')) continue;
      // A bare lemma counts only after "to" (excluded above) or as a plural-subject present; keep it weak.
      // "reforms demanded by the White House": a past participle after a noun and before "by" is a
      // reduced relative clause, which modifies the noun and is no main predicate.
      const reducedRelative = /(?:ed|en)$/.test(t.lower) && toks[i + 1]?.lower === 'by' && !!prev && !AUX.has(prev) && /^\p{Ll}/u.test(toks[i - 1].text) && toks[i - 1].word;
      const finite = !reducedRelative && (v.finite && !/ing$/.test(t.lower) || (!!prev && AUX.has(prev)));
      // Capitalised verb forms in the middle of a sentence are names ("Mark", "Bill").
      if (/^\p{Lu}/u.test(t.text) && i !== s.firstWord) continue;
      out.push({ index: i, type: v.type, lemma: v.lemma, finite, token: t });
      continue;
    }
    // An event noun counts when someone owns it: "the minister's ultimatum", "the US ban".
    const n = EVENT_NOUN.get(t.lower);
    if (n && (isPossessive(toks[i - 1]) || (toks[i - 1] && isNameLike(toks[i - 1]) && i - 1 !== s.firstWord))) out.push({ index: i, type: n, lemma: t.lower, finite: false, token: t });
  }
  if (!ANY_PHRASE.test(s.lower)) return out.sort((a, b) => a.index - b.index);
  for (const { pattern, type } of EVENT_PHRASES) {
    const at = s.lower.indexOf(pattern);
    if (at < 0) continue;
    const idx = toks.findIndex((t) => t.start - s.start >= at);
    if (idx >= 0) out.push({ index: idx, type, lemma: pattern, finite: true, token: toks[idx] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The word after the trigger that says what the event is about, folded to its synonym class. */
function topicAfter(s: SentenceInfo, index: number): string {
  for (let i = index + 1; i < Math.min(s.tokens.length, index + 6); i++) {
    const t = s.tokens[i];
    if (!t.word || STOPWORDS.has(t.lower) || /^\p{Lu}/u.test(t.text) || /^(a|an|to|its|their|his|her)$/.test(t.lower)) continue;
    const st = stem(t.lower);
    return synonymOf.get(st) ?? st;
  }
  return '';
}

/** Where a sentence joins two main clauses: ", and is considering…", "; the ministry…". */
const CLAUSE_BREAK = /,? and (?=(?:is|are|was|were|has|have|had|also|then|even|later)\b)|; |, but |, while |, and the |, and (?=\p{Lu})| or (?=\p{Ll}+ing\b)/gu;

function clausesOf(s: SentenceInfo): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = s.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s.text); m; m = CLAUSE_BREAK.exec(s.text)) {
    const at = s.start + m.index;
    if (at - from > 12) { out.push({ start: from, end: at }); from = at + m[0].length; }
  }
  out.push({ start: from, end: s.end });
  return out;
}

/** The events of a sentence: one per main clause whose predicate is an event trigger. */
export function extractEvents(s: SentenceInfo, mentions: RawMention[], salience: Salience): EventMention[] {
  if (s.heading || s.text.trim().endsWith('?')) return [];
  const all = triggersOf(s);
  if (!all.length) return [];
  const out: EventMention[] = [];
  let previousActor: string | undefined;
  for (const clause of clausesOf(s)) {
    const triggers = all.filter((t) => t.token.start >= clause.start && t.token.end <= clause.end);
    const pick = (accept: (t: Trigger) => boolean) => {
      for (const t of triggers) {
        if (!accept(t)) continue;
        const r = passiveRoles(s, t.index, mentions) ?? rolesAround(s, mentions, t.token.start, salience, clause.start);
        if (r.actor) return { t, r };
      }
      return undefined;
    };
    // The main predicate: a finite verb with a subject, else a participle ("acquiescing"),
    // else an event noun owned by an actor ("the minister's ultimatum").
    let found = pick((t) => t.finite) ?? pick((t) => /ing$/.test(t.token.lower)) ?? pick((t) => !t.finite && EVENT_NOUN.has(t.lemma));
    if (!found && previousActor) {
      const t = triggers.find((x) => x.finite || /ing$/.test(x.token.lower));
      if (t) found = { t, r: { actor: previousActor, target: mentions.find((m) => m.start >= t.token.start)?.key } };
    }
    if (!found) continue;
    const { t: chosen, r: roles } = found;
    // A predicate under a hedge ("We might see officials seize…", "it likely means they
    // wanted…") reports no event, only what the writer supposes; a statement is still one.
    const before = outsideQuotes(s.fullText.slice(clause.start, chosen.token.start).toLowerCase());
    if (chosen.type !== 'STATEMENT' && wordsInLists(before, HEDGE_LIST)) continue;
    // Nor does a predicate inside a condition or an open choice ("if they rally support",
    // "decide whether to accept the terms or cut ties").
    if (CONDITION_BEFORE.test(before)) continue;
    previousActor = roles.actor;
    const previousType = out.length ? out[out.length - 1].type : undefined;
    const clauseLower = s.fullText.slice(clause.start, clause.end).toLowerCase();
    // A coercive step that is only tried, considered or warned of is a threat, not the step
    // itself; a threat named after a step taken ("designated X a risk, effectively blacklisting
    // it") leaves the step as it is.
    const triggerEnd = chosen.token.end - clause.start;
    const threatened = THREAT_PATTERNS.some(({ pattern }) => { const m = pattern.exec(clauseLower); return !!m && m.index < triggerEnd; }) || previousType === 'THREATEN';
    const type = COERCIVE_TYPES.has(chosen.type) && threatened ? 'THREATEN' : chosen.type;
    let topic = '';
    if (type === 'THREATEN' || chosen.type === 'DESIGNATE' || chosen.type === 'SANCTION' || chosen.type === 'COERCE') {
      topic = coerciveStep(clauseLower, chosen.token.start - clause.start)?.step ?? coerciveStep(clauseLower)?.step ?? '';
    } else if (chosen.type === 'COOPERATE') {
      topic = topicAfter(s, chosen.index);
    }
    // A coordinated subject reports one event per actor ("Acme and Initech have agreed").
    for (const actor of roles.actors ?? [roles.actor]) {
      out.push({
        start: clause.start, end: clause.end, type, actor, target: roles.target, topic,
        trigger: chosen.token.text, excerpt: excerptOf(s.fullText.slice(clause.start, clause.end)),
        why: { rule: `event.${type.toLowerCase()}`, words: [chosen.token.text], note: `main predicate "${chosen.lemma}"` },
      });
    }
  }
  return out;
}

/** Forms of "be" that make a participle after them passive ("was ordered", "has been frozen"). */
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);

/**
 * Who did it in a passive clause: "X was ordered suspended by Judge Y" has Y for its actor and X
 * for its target. Undefined when the clause is active or names no agent after "by".
 */
function passiveRoles(s: SentenceInfo, index: number, mentions: RawMention[]): Roles | undefined {
  const toks = s.tokens;
  if (!BE.has(toks[index - 1]?.lower ?? '') || !/(?:ed|en|wn|ut)$/.test(toks[index].lower)) return undefined;
  for (let k = index + 1; k < Math.min(toks.length, index + 10); k++) {
    if (!toks[k].word && /^[.;:!?]$/.test(toks[k].text)) return undefined;
    if (toks[k].lower !== 'by') continue;
    const agent = mentions.find((m) => m.start >= toks[k].end && m.start - toks[k].end < 60);
    if (!agent) return undefined;
    const patient = [...mentions].reverse().find((m) => m.end <= toks[index].start && m.start >= s.start);
    return { actor: agent.key, target: patient && patient.key !== agent.key ? patient.key : undefined };
  }
  return undefined;
}

const EXCERPT_LENGTH = 160;
/** White space other than single spaces: what an excerpt folds. */
const FOLDED_SPACE = /[^\S ]| {2}/;

export function excerptOf(text: string): string {
  const t = (FOLDED_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return t.length > EXCERPT_LENGTH ? `${t.slice(0, EXCERPT_LENGTH - 1)}…` : t;
}
