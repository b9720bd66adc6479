/**
 * Events: the passage's main predicate, typed in the spirit of the CAMEO codebook, with the
 * actor before it and the target after it. Modal and future auxiliaries ("would blacklist",
 * "will decide") are never triggers, and neither are infinitives that hang off another verb.
 */
import type { EventMention, EventType } from '../schema';
import { EVENT_NOUNS, EVENT_PHRASES, EVENT_VERBS } from '../lexicons/predicates';
import { SYNONYM_CLASSES } from '../lexicons/synonyms';
import { STOPWORDS } from '../lexicons/common';
import type { SentenceInfo } from './context';
import type { RawMention } from './actors';
import { rolesAround, type Salience } from './roles';
import { coerciveStep } from './threats';
import { stem, type Token } from '../tokens';

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

const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'can', 'shall', 'must', "won't", "wouldn't", 'to']);
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'being']);

const synonymOf = new Map<string, string>();
for (const cls of SYNONYM_CLASSES) for (const w of cls) synonymOf.set(stem(w), stem(cls[0]));

export interface Trigger { index: number; type: EventType; lemma: string; finite: boolean; token: Token }

/** Every event trigger of the sentence, in order. */
export function triggersOf(s: SentenceInfo): Trigger[] {
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
      const finite = v.finite && !/ing$/.test(t.lower) || (!!prev && AUX.has(prev));
      // Capitalised verb forms in the middle of a sentence are names ("Mark", "Bill").
      if (/^\p{Lu}/u.test(t.text) && i !== s.firstWord) continue;
      out.push({ index: i, type: v.type, lemma: v.lemma, finite, token: t });
      continue;
    }
    const n = EVENT_NOUNS[t.lower];
    if (n) out.push({ index: i, type: n, lemma: t.lower, finite: false, token: t });
  }
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

export function extractEvent(s: SentenceInfo, mentions: RawMention[], salience: Salience): EventMention | undefined {
  if (s.heading || s.text.trim().endsWith('?')) return undefined;
  const triggers = triggersOf(s);
  if (!triggers.length) return undefined;
  // The main predicate: the first finite trigger with an actor before it, else the first finite one
  // with a pronoun subject, else a nominal trigger owned by an actor ("Hegseth's ultimatum").
  let chosen: Trigger | undefined;
  let roles: { actor?: string; target?: string } = {};
  for (const t of triggers) {
    if (!t.finite) continue;
    const r = rolesAround(s, mentions, t.token.start, salience);
    if (r.actor) { chosen = t; roles = r; break; }
  }
  if (!chosen) {
    for (const t of triggers) {
      if (t.finite || !EVENT_NOUNS[t.lemma]) continue;
      const r = rolesAround(s, mentions, t.token.start, salience);
      if (r.actor) { chosen = t; roles = r; break; }
    }
  }
  if (!chosen) return undefined;
  let topic = '';
  if (chosen.type === 'THREATEN' || chosen.type === 'DESIGNATE' || chosen.type === 'SANCTION' || chosen.type === 'COERCE') {
    topic = coerciveStep(s.lower, chosen.token.start - s.start)?.step ?? coerciveStep(s.lower)?.step ?? '';
  } else if (chosen.type === 'COOPERATE' || chosen.type === 'AGREE' || chosen.type === 'OTHER') {
    topic = topicAfter(s, chosen.index);
  }
  return {
    start: s.start, end: s.end, type: chosen.type, actor: roles.actor, target: roles.target, topic,
    trigger: chosen.token.text, excerpt: excerptOf(s.text),
    why: { rule: `event.${chosen.type.toLowerCase()}`, words: [chosen.token.text], note: `main predicate "${chosen.lemma}"` },
  };
}

const EXCERPT_LENGTH = 160;
export function excerptOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXCERPT_LENGTH ? `${t.slice(0, EXCERPT_LENGTH - 1)}…` : t;
}
