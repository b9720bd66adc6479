/**
 * Claims: checkable propositions — who did what, when, how many, and attributed statements.
 * Questions, hedged speculation, predictions and first- or second-person opinion outside a
 * quotation are not claims. A sentence that joins two assertions with a semicolon gives two.
 */
import { forEachTermWord, forEachWordRun, isUpperAt, startsWithLetter, wordsInLists } from '../scan';
import type { Claim } from '../schema';
import { CONDITIONALS, EVALUATIVE_ADJECTIVES, HEDGES, INTERPRETIVE_VERBS, OPINION_MARKERS, PERSONAL_OPINION_MARKERS, STOPWORDS } from '../lexicons/common';
import { EVENT_VERBS, STANCES } from '../lexicons/predicates';
import { TITLE_HEADS } from '../lexicons/titles';
import { OPPOSITE_CLASSES, SYNONYM_CLASSES } from '../lexicons/synonyms';
import { stem } from '../tokens';
import { outsideQuotes, type SentenceInfo } from './context';
import type { RawMention } from './actors';
import { excerptOf, triggersOf, type Trigger } from './events';
import { memoize } from '../strings';

const synonymOf = new Map<string, string>();
const classWords = new Set<string>();
for (const cls of SYNONYM_CLASSES) for (const w of cls) { synonymOf.set(stem(w), stem(cls[0])); classWords.add(w); }
/**
 * Past and participle forms of the verbs of saying ("argued", "pointed", "noting"): the frame of
 * an attributed statement, not its content, so not a term two passages should meet on.
 */
const SAYING_FORMS = new Set<string>();
for (const v of EVENT_VERBS) {
  if (v.type !== 'STATEMENT') continue;
  const base = v.lemma.replace(/e$/, '');
  for (const f of [`${base}ed`, `${base}ing`, `${v.lemma}d`, ...(v.forms ?? []).filter((x) => !/s$/.test(x))]) SAYING_FORMS.add(f);
}
/** Derivational endings the stemmer strips: "department" must not fold into the class of "depart". */
const DERIVED = /(?:ment|al|ly)$/;

const MIN_WORDS = 2;
/** A subject, a form of "be" and no participle after it: a description, not a report. */
const COPULAR = /^[^,;]{0,60}?\b(?:is|are|was|were|(?:is|are|was|were)n['’]t|remains|'s|’s|(?:has|have|had) been(?!\s+(?:\w+ly\s+)?\w+(?:ed|ing)\b))\s+(?!\w+ed\b)(?:not\s+)?(?:a|an|the|in|on|just|now|also|technical|\w+ly)\b/;
/** "is going to": a prediction, like "will". */
const GOING_TO = /\b(?:is|are|am|was|were|'s|’s|'re|’re)\s+going\s+to\b/;
/**
 * A sentence-opening discourse adverbial ("However,", "Technically,", "In short,"), set aside
 * before the subject is looked for. Source: the linking adverbials of the Longman Grammar of
 * Spoken and Written English (Biber et al. 1999, 10.3), with stance adverbs in -ly.
 */
const OPENING_ADVERBIAL = /^(?:however|moreover|meanwhile|still|yet|instead|nevertheless|nonetheless|indeed|in short|in fact|in other words|ultimately|\w+ly),\s+/;
/**
 * Where a sentence that asserts two things is cut into clauses: a coordinated or contrasted
 * clause with its own subject or verb (", but the company admitted", " and promised"), a
 * non-restrictive relative clause (", which would…"), a participial clause after a comma
 * (", stating that…", ", effectively blacklisting…"), a dash, and a clause of time ("after",
 * "when") that reports a second event. Each side must keep MIN_CLAUSE_WORDS words.
 */
const PARTICIPLE_CUT = /,[’”"]?\s+(?=(?:\w+ly\s+)?(?!including\b|according\b|during\b|following\b|regarding\b|concerning\b|notwithstanding\b)\w{2,}ing\b)/gu;
const BUT_CUT = /(?:,[’”"]?\s+|\s+)(?=but\s+(?:\p{Lu}|(?:he|she|they|it|we|the|its|their)\b|(?:also\s+)?\w{3,}(?:ed|s)\b))/gu;
const AND_CUT = /,[’”"]?\s+(?=and\s+(?:(?:the|a|an|its|their|his|her|this|these)\s+\p{L}|\p{Lu}|(?:he|she|they|it|is|was|has|had|have|are|were)\b|(?:\w+ly\s+|even\s+|also\s+)?\w+ed\b))/gu;
/** A colon that introduces a quotation: "X's statement was short: 'We cannot…'". */
const QUOTE_CUT = /:\s+(?=[“"‘])/gu;
/** A concessive clause set off inside a sentence: "Y, despite X, did Z" (its closing comma is a cut too). */
const CONCESSIVE_CUT = /,[’”"]?\s+(?=(?:despite|although|though|whereas)\b)/giu;
const TIME_CUT = /\s+(?=(?:after|when)\s+(?:\p{Lu}|(?:the|a|an|its|their|his|her|previous|earlier)\b))/gu;
const CLAUSE_CUTS = [
  BUT_CUT,
  AND_CUT,
  /\s+(?=and\s+(?:that\b|(?:\w+ly\s+|even\s+|also\s+)?\w+ed\b))/gu,
  /(?:,[’”"]?|[—–])\s*(?=which\s)/gu,
  PARTICIPLE_CUT,
  /\s*(?:[—–]|\s--\s)\s*/gu,
  TIME_CUT,
  QUOTE_CUT,
  CONCESSIVE_CUT,
];
/** A concessive clause at the head of a sentence: "Despite X, Y did Z". */
const CONCESSIVE_HEAD = /^(?:despite|although|though|whereas)\b[^,]*(,\s+)/iu;
/**
 * A verb plainly in a finite form: a coordinated clause after "and" or "but" must have one of
 * its own, and so must the clause a participial clause follows ("For a bank holding deposits,
 * using X is risky" has no clause before its comma).
 */
const STRICT_FINITE = /\b(?:\w{3,}ed|is|are|was|were|has|have|had|does|did|will|would|could|can|says|said|\w+s\s+(?:that|to)\b)/;
/** A verb in the finite form, roughly: the clause before a clause of time must report something itself. */
const FINITE_VERB = /\b(?:\w{3,}ed|is|are|was|were|has|have|had|does|did|will|would|could|can|\w{2,}[^\Ws]s)\b/;
/** The clause before a comma is itself one of a list of gerunds ("from writing X, designing Y"). */
const GERUND_BEFORE = /(?:(?:^|,)\s*(?:\w+ly\s+)?(?!including\b)|\b(?:from|of|by|in|about|for|without|at)\s+)\w{2,}ing\b[^,]*$/;
const MIN_CLAUSE_WORDS = 4;
/** A quick test for any interpreting verb, before the clause is read word by word. */
const ANY_INTERPRETIVE = new RegExp(`\\b(?:${[...INTERPRETIVE_VERBS].join('|')})\\b`);

/**
 * A clause whose verb interprets ("It shows that…", "This reversal highlights…") with no named
 * actor as its subject: commentary, not a report. An actor that only owns the subject
 * ("Acme’s refusal highlights…") is not the subject.
 */
export function interpretsOnly(text: string, actors: readonly { start: number; end: number }[]): boolean {
  if (!ANY_INTERPRETIVE.test(text.toLowerCase())) return false;
  const bare = outsideQuotes(text.toLowerCase());
  const lead = OPENING_ADVERBIAL.exec(bare)?.[0].length ?? 0;
  for (const m of bare.matchAll(/[\p{L}]+/gu)) {
    if (!INTERPRETIVE_VERBS.has(m[0])) continue;
    const subject = bare.slice(lead, m.index).trim();
    // What a source is reported as saying is a report: "the ministry said the audit showed…".
    if (ATTRIBUTION.test(subject)) return false;
    // A participial clause with no subject at all: ", signaling a rift".
    if (!subject) return true;
    // A pronoun or demonstrative subject: "It shows…", "This reversal highlights…".
    if (/^(?:it|this|that|these|those)\b/.test(subject)) return true;
    // An actor that only owns the subject: "Acme’s refusal highlights…".
    const owner = actors.find((a) => a.start <= lead + 1 && a.end <= m.index!);
    return !!owner && /^['’]s?\s/.test(text.slice(owner.end)) && !actors.some((a) => a !== owner && a.end <= m.index!);
  }
  return false;
}

/**
 * "If X, Y" where Y reports something without a modal ("If the board objects, the firm has
 * promised a refund"): the condition does not make the main clause speculative.
 */
export function realisAfterCondition(lower: string): boolean {
  const m = /^(?:[^,]*,\s+)?if\b[^,]*,\s+(.+)$/.exec(lower.trim());
  return !!m && PAST_OR_PERFECT.test(m[1]) && !m[1].split(/[^\p{L}'’]+/u).some((w) => CONDITIONALS.has(w) || HEDGES.has(w));
}
/**
 * "If X, Y will/would Z": a consequence foreseen, whatever past tense the condition holds ("If
 * the board grants what the union refused, it will…"), unless the main clause reports a source.
 */
export function speculativeAfterCondition(lower: string): boolean {
  const m = /^(?:[^,]*,\s+)?if\b[^,]*,\s+(.+)$/.exec(lower.trim());
  return !!m && !ATTRIBUTION.test(m[1]) && (m[1].split(/[^\p{L}'’]+/u).some((w) => CONDITIONALS.has(w) || HEDGES.has(w)) || GOING_TO.test(m[1]));
}
const PAST_OR_PERFECT = /\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?\w+|\w{3,}ed|said|told|made|took|gave|met|sought|was|were)\b/;

/** How far around a cut (in UTF-16 units) its conditions are looked for: the clause on either side. */
const CLAUSE_REACH = 200;

/** What lies inside a quotation, as a test by offset (nothing when the text has no quotation mark). */
function quoteMask(text: string): { [at: number]: number } {
  if (!/[“"]/.test(text)) return [];
  const mask = new Uint8Array(text.length + 1);
  for (const m of text.matchAll(/[“"][^“”"]*[”"]/g)) mask.fill(1, m.index! + 1, m.index! + m[0].length);
  return mask;
}

/** Clause boundaries of a sentence, as [start, end) ranges of its text, in order. */
export function clausesOf(text: string): { start: number; end: number }[] {
  const cuts = new Map<number, number>();
  // A quotation is one attributed statement: no cut inside it.
  const inQuote = quoteMask(text);
  const before = (at: number) => text.slice(Math.max(0, at - CLAUSE_REACH), at);
  const after = (at: number) => text.slice(at, at + CLAUSE_REACH);
  for (const re of CLAUSE_CUTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].length) { re.lastIndex++; continue; }
      // A comma set inside the closing quotation mark ("a ‘rogue state,’ effectively…") ends
      // the quotation: whether the cut is inside a quotation is asked after the mark.
      if (inQuote[/^,[’”"]/.test(m[0]) ? m.index + 2 : m.index]) continue;
      if (re === TIME_CUT && !FINITE_VERB.test(before(m.index).toLowerCase())) continue;
      if ((re === AND_CUT || re === BUT_CUT) && !STRICT_FINITE.test(after(m.index + m[0].length).toLowerCase())) continue;
      // A list of gerunds ("assisting in X, designing Y, or managing Z") is one clause.
      if (re === PARTICIPLE_CUT && (GERUND_BEFORE.test(before(m.index)) || !STRICT_FINITE.test(before(m.index).toLowerCase()))) continue;
      if (!cuts.has(m.index)) cuts.set(m.index, m.index + m[0].length);
      if (re === CONCESSIVE_CUT) {
        const close = /,\s+/g;
        close.lastIndex = m.index + m[0].length;
        const c = close.exec(text);
        if (c && !inQuote[c.index] && !cuts.has(c.index)) cuts.set(c.index, c.index + c[0].length);
      }
    }
  }
  const head = CONCESSIVE_HEAD.exec(text);
  if (head) { const at = head[0].length - head[1].length; if (!inQuote[at] && !cuts.has(at)) cuts.set(at, head[0].length); }
  if (!cuts.size) return [{ start: 0, end: text.length }];
  // Words counted between two offsets by binary search over where words start.
  const starts: number[] = [];
  forEachWordRun(text, (a) => { starts.push(a); });
  const firstAtOrAfter = (x: number) => { let lo = 0; let hi = starts.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < x) lo = mid + 1; else hi = mid; } return lo; };
  const words = (a: number, b: number) => firstAtOrAfter(b) - firstAtOrAfter(a);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const [at, next] of [...cuts].sort((a, b) => a[0] - b[0])) {
    if (at <= from || words(from, at) < MIN_CLAUSE_WORDS || words(next, text.length) < MIN_CLAUSE_WORDS) continue;
    out.push({ start: from, end: at });
    from = next;
  }
  out.push({ start: from, end: text.length });
  return out;
}
/** How far before a stance verb (in UTF-16 units) its actor may stand: "Initech, once a start-up, just signed a deal". */
const STANCE_REACH = 90;
/** A form of "do" that makes the bare verb after it finite: "doesn't want", "did refuse". */
const DO_SUPPORT = /^(?:do|does|did|don['’]t|doesn['’]t|didn['’]t)$/;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|his|her|their|its)$/;
/** Verbs that attribute what follows to a source ("warned that it could…" is a claim about the warning). */
const ATTRIBUTION = /\b(?:said|says|warned|argued|stated|noted|stressed|told|claimed|insisted|reported|announced|pointed out|emphasi[sz]ed|threatened|considered)\b/;
const NEGATION = /\b(?:not|never|no longer|refus\w*|reject\w*|declin\w*)\b/;
/** A verb of saying with a manner adverb after it ("stated clearly"): the adverb is no stance. */
const SAID_HOW = new RegExp(`${ATTRIBUTION.source}\\s+\\w+ly\\b`, 'g');


/** A word's inflected forms taken back to a listed form: "agreed" -> "agree", "refusing" -> "refuse". */
function listedForm(w: string): string | undefined {
  if (classWords.has(w)) return w;
  const cands = [
    w.replace(/ies$/, 'y'), w.replace(/ied$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, ''), w.replace(/d$/, ''), w.replace(/ed$/, ''),
    w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/(\w)\1(?:ed|ing)$/, '$1'),
  ];
  return cands.find((c) => c !== w && classWords.has(c));
}

/**
 * Runs of two or more capitalised words separated by single spaces, possibly joined by "of"
 * or "for": "Freedom of Information Act", "Bank of England". Word by word, in one pass.
 */
export function multiwordNames(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let run: { start: number; end: number; words: number } | undefined;
  let joiner = false;
  let last = 0;
  const close = () => { if (run && run.words >= 2) out.push({ start: run.start, end: run.end }); run = undefined; joiner = false; };
  forEachWordRun(text, (at, end) => {
    // Words of one name are one space apart.
    if (run && !(at - last === 1 && text.charCodeAt(last) === 32)) close();
    if (isUpperAt(text, at)) {
      if (run) { run.end = end; run.words++; joiner = false; } else run = { start: at, end, words: 1 };
    } else if (run && !joiner && ((end - at === 2 && text.startsWith('of', at)) || (end - at === 3 && text.startsWith('for', at)))) {
      joiner = true;
    } else close();
    last = end;
  });
  close();
  return out;
}
/** Apostrophes (' and ’), and with the hyphen what may trail a word. */
const APOSTROPHES = new Set([39, 0x2019]);
const TRAILING = new Set([39, 0x2019, 45]);

/** A word as a comparable term: its synonym class when it belongs to one, else its stem. */
const termOf = memoize((w) => termOfUncached(w), 100_000);

function termOfUncached(w: string): string {
  const listed = listedForm(w);
  if (listed) return synonymOf.get(stem(listed))!;
  const st = stem(w);
  return (DERIVED.test(w) ? undefined : synonymOf.get(st)) ?? st;
}

/** term -> the terms of opposite direction (both ways), as contentTerms makes them. */
export const OPPOSITE_TERMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => { let s = out.get(a); if (!s) { s = new Set(); out.set(a, s); } s.add(b); };
  for (const [xs, ys] of OPPOSITE_CLASSES) for (const x of xs) for (const y of ys) { add(termOf(x), termOf(y)); add(termOf(y), termOf(x)); }
  return out;
})();

/**
 * Content terms of a passage: stemmed, synonym-folded, without stop words or titles. Spans
 * given as `skip` (relative to the text: the actors named in it, which are compared by identity)
 * are left out.
 */
export function contentTerms(text: string, skip: readonly { start: number; end: number }[] = []): string[] {
  const lower = text.toLowerCase();
  // Blank the skipped spans in one pass (offsets kept).
  const pieces: string[] = [];
  let at = 0;
  for (const k of [...skip].sort((a, b) => a.start - b.start)) {
    const a = Math.max(at, Math.min(lower.length, k.start));
    const b = Math.max(a, Math.min(lower.length, k.end));
    pieces.push(lower.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  pieces.push(lower.slice(at));
  let t = pieces.join('');
  const out = new Set<string>();
  // A name of several capitalised words that is no actor (a law, a programme, a product) is
  // one term, not one per word; a capitalised function word opening it ("The") is not part of it.
  const names: { start: number; end: number }[] = [];
  for (const n of multiwordNames(text)) {
    let { start } = n;
    let name = text.slice(n.start, n.end);
    const first = /^\S+\s/.exec(name)!;
    if (STOPWORDS.has(first[0].trim().toLowerCase())) { start += first[0].length; name = name.slice(first[0].length); }
    if (!/\s/.test(name) || t.slice(start, start + name.length) !== name.toLowerCase()) continue;
    out.add(`name:${name.toLowerCase().replace(/\s+/g, '-')}`);
    names.push({ start, end: start + name.length });
  }
  if (names.length) {
    const kept: string[] = [];
    let from = 0;
    for (const n of names) { kept.push(t.slice(from, n.start), ' '.repeat(n.end - n.start)); from = n.end; }
    kept.push(t.slice(from));
    t = kept.join('');
  }
  forEachTermWord(t, (a, b) => {
    // Without trailing apostrophes and hyphens, then without a possessive "'s".
    while (b > a && TRAILING.has(t.charCodeAt(b - 1))) b--;
    if (b - a >= 2 && t.charCodeAt(b - 1) === 115 && APOSTROPHES.has(t.charCodeAt(b - 2))) b -= 2;
    if (b - a < 3) return;
    const w = t.slice(a, b);
    if (STOPWORDS.has(w) || TITLE_HEADS.has(w) || SAYING_FORMS.has(w)) return;
    out.add(termOf(w));
  });
  return [...out];
}

/** Figures normalised for comparison: "$200 million" -> "$200000000", "24 hours" -> "24". */
export function figuresOf(text: string): string[] {
  const out: string[] = [];
  const re = /(\$|€|£)?\s?(\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent|million|billion|trillion|thousand|bn|m\b)?/gi;
  for (const m of text.matchAll(re)) {
    let n = Number(m[2].replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    const unit = (m[3] || '').toLowerCase();
    const mult = unit === 'thousand' ? 1e3 : unit === 'million' || unit === 'm' ? 1e6 : unit === 'billion' || unit === 'bn' ? 1e9 : unit === 'trillion' ? 1e12 : 1;
    n *= mult;
    const pct = unit === '%' || unit.startsWith('per');
    // "200 million dollars" is a sum of money as "$200 million" is.
    const currency = m[1] ?? CURRENCY_WORDS.get(/^\s*([a-z]+)/i.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? '') ?? '';
    out.push(`${currency}${n}${pct ? '%' : ''}`);
    // A count of something ("40 million passengers", "6,000 people"): the number with its noun.
    if (!currency && !pct) {
      const noun = countedNoun(text.slice(m.index + m[0].length));
      if (noun && !NOT_COUNTED.has(noun) && !STOPWORDS.has(noun) && !(n >= 1900 && n <= 2100 && !unit)) out.push(`${n} ${stem(noun)}`);
    }
  }
  // Sums written in words: "a billion dollars", "one million euros".
  for (const m of text.matchAll(/\b(?:a|one)\s+(million|billion|trillion)\s+(dollars|euros|pounds)\b/gi)) {
    const n = m[1].toLowerCase() === 'million' ? 1e6 : m[1].toLowerCase() === 'billion' ? 1e9 : 1e12;
    out.push(`${CURRENCY_WORDS.get(m[2].toLowerCase())}${n}`);
  }
  return out;
}

/**
 * What a number counts: the head of the noun phrase after it, the last of up to three
 * lower-case words before a verb, a preposition or punctuation ("25,000 dock workers" ->
 * "workers", "45,000 longshoremen are striking" -> "longshoremen").
 */
function countedNoun(after: string): string | undefined {
  const words = /^\s*((?:[a-z]{2,}\s+){0,2}[a-z]{3,})\b/i.exec(after)?.[1]?.toLowerCase().split(/\s+/);
  if (!words) return undefined;
  let head = words[0];
  for (let i = 1; i < words.length; i++) {
    if (STOPWORDS.has(words[i]) || NOT_COUNTED.has(words[i]) || /(?:ed|ing)$/.test(words[i]) || !/s$/.test(words[i])) break;
    head = words[i];
  }
  return head;
}

/** Words after a number that are no count of things: units of time and of order. */
const NOT_COUNTED = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'percent', 'per', 'times', 'am', 'pm',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Adverbs of habit and generality: the clause states how things usually are. */
const GENERIC = /\b(?:usually|typically|normally|generally|traditionally|customarily|commonly|ordinarily|as a rule)\b/;

const CURRENCY_WORDS = new Map([['dollars', '$'], ['dollar', '$'], ['euros', '€'], ['euro', '€'], ['pounds', '£']]);

/** The word lists a sentence and a clause are read for, and their bits in wordsInLists. */
const SENTENCE_LISTS = [HEDGES, PERSONAL_OPINION_MARKERS, CONDITIONALS];
const HEDGED = 1;
const PERSONAL = 2;
const CONDITIONAL = 4;
const CLAUSE_LISTS = [OPINION_MARKERS, EVALUATIVE_ADJECTIVES];
const OPINION = 1;
const EVALUATIVE = 2;

export function extractClaims(s: SentenceInfo, mentions: RawMention[]): Claim[] {
  if (s.heading || s.blockKind === 'heading') return [];
  const trimmed = s.text.trim();
  if (trimmed.endsWith('?')) return [];
  const words = s.tokens.filter((t) => t.word);
  if (words.length < MIN_WORDS) return [];
  const bare = outsideQuotes(s.lower);
  const bareWords = wordsInLists(bare, SENTENCE_LISTS);
  if (bareWords & (HEDGED | PERSONAL)) return [];
  const triggers = triggersOf(s);
  // "If the union sues, the hearing will be long": a conditional with nothing reported as done or said.
  if (speculativeAfterCondition(bare)) return [];
  if ((bareWords & CONDITIONAL || GOING_TO.test(bare)) && !ATTRIBUTION.test(bare) && !triggers.some((t) => t.finite && /ed$/.test(t.token.lower)) && !realisAfterCondition(bare)) return [];
  const hasFigure = /\d/.test(s.text);
  const pronoun = s.tokens.slice(s.firstWord, s.firstWord + 3).some((t) => PRONOUN_SUBJECT.test(t.lower));
  if (!mentions.length && !hasFigure && !pronoun && !triggers.length) return [];

  // Clause level: a semicolon joins two assertions, and so do the clause cuts within each part.
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  const addClauses = (a: number, b: number) => { for (const c of clausesOf(s.text.slice(a, b))) parts.push({ start: a + c.start, end: a + c.end }); };
  const inQuote = quoteMask(s.text);
  for (let at = s.text.indexOf('; '); at >= 0; at = s.text.indexOf('; ', at + 2)) {
    if (inQuote[at]) continue;
    addClauses(from, at);
    from = at + 2;
  }
  addClauses(from, s.text.length);
  const out: Claim[] = [];
  // The actors of a clause that only names them ("Acme CEO Jane Doe, despite X, refused Y") are
  // the subject of the clauses after it.
  let carried: string[] = [];
  // Parts, mentions, tokens and triggers are all in text order: one sweep of each.
  let mi = 0;
  let ti = 0;
  let gi = 0;
  for (const p of parts) {
    const text = s.text.slice(p.start, p.end);
    const start = s.start + p.start;
    const end = s.start + p.end;
    while (mi < mentions.length && mentions[mi].start < start) mi++;
    const within: RawMention[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < end; k++) if (mentions[k].end <= end) within.push(mentions[k]);
    while (ti < s.tokens.length && s.tokens[ti].start < start) ti++;
    const head: number[] = [];
    let wordCount = 0;
    for (let k = ti; k < s.tokens.length && s.tokens[k].end <= end; k++) {
      if (!s.tokens[k].word) continue;
      if (head.length < 2) head.push(s.tokens[k].start);
      if (startsWithLetter(s.tokens[k].text)) wordCount++;
    }
    if (wordCount < MIN_WORDS && parts.length > 1) continue;
    while (gi < triggers.length && triggers[gi].token.start < start) gi++;
    const here: Trigger[] = [];
    for (let k = gi; k < triggers.length && triggers[k].token.start < end; k++) if (triggers[k].token.end <= end) here.push(triggers[k]);
    const local = within.map((m) => ({ start: m.start - start, end: m.end - start }));
    const terms = contentTerms(text, local);
    // A name with nothing said of it is no proposition.
    if (!terms.length && !/\d/.test(text)) { carried = within.map((m) => m.key); continue; }
    if (interpretsOnly(text, local)) continue;
    const bareClause = outsideQuotes(text.toLowerCase());
    const clauseWords = wordsInLists(bareClause, CLAUSE_LISTS);
    // An evaluative word or stance adverb makes its own clause an opinion ("the reply was
    // brutal: 'We refuse.'"), but not a manner adverb right after a verb of saying ("stated clearly").
    if (clauseWords & OPINION
      && (bareClause.replace(SAID_HOW, ' ').match(/[\p{L}'’]+/gu) ?? []).some((w) => OPINION_MARKERS.has(w))) continue;
    // A checkable proposition reports something done or said, or a figure; a clause that only
    // describes ("X is the nuclear option", "Y is in the penalty box") is commentary.
    const finiteHere = here.some((t) => t.finite);
    if (!finiteHere && !/\d/.test(text) && !ATTRIBUTION.test(bareClause) && COPULAR.test(bareClause.trim().replace(OPENING_ADVERBIAL, ''))) continue;
    const inside = within.map((m) => m.key);
    const lower = text.toLowerCase();
    let stance: string | undefined;
    let stanceOf: string[] = [];
    for (const x of STANCES) {
      const m = x.pattern.exec(lower);
      if (!m) continue;
      stance = x.stance;
      const at = start + m.index;
      stanceOf = [...new Set(within.filter((k) => k.end <= at && k.start >= at - STANCE_REACH).map((k) => k.key))];
      break;
    }
    // The clause's own predicate: a finite event verb, or the participle that opens a participial clause.
    const predicate = here.find((t) => t.type !== 'STATEMENT'
      && (t.finite || head.includes(t.token.start) || DO_SUPPORT.test(s.tokens[t.index - 1]?.lower ?? '')))?.type;
    // A clause that reports no event, figure or source but grades something ("The firm is
    // under significant pressure") is the writer's assessment.
    if (!predicate && !/\d/.test(text) && !ATTRIBUTION.test(bareClause) && clauseWords & EVALUATIVE) continue;
    // Built key by key (the predicate and the generic mark first, when there are), without spreads.
    const claim = {} as Claim;
    if (predicate) claim.predicate = predicate;
    if (GENERIC.test(bareClause) && !here.some((t) => t.finite && /ed$/.test(t.token.lower))) claim.generic = true;
    claim.start = start;
    claim.end = end;
    claim.terms = terms;
    const actors: string[] = [];
    for (const k of inside) if (!actors.includes(k)) actors.push(k);
    for (const k of carried) if (!actors.includes(k)) actors.push(k);
    claim.actors = actors;
    claim.figures = figuresOf(text);
    claim.polarity = NEGATION.test(lower) ? -1 : 1;
    claim.stance = stance as Claim['stance'];
    claim.stanceOf = stanceOf;
    claim.excerpt = excerptOf(text);
    claim.why = { rule: hasFigure ? 'claim.figure' : 'claim.assertion', words: triggers.slice(0, 2).map((t) => t.token.text) };
    out.push(claim);
  }
  return out;
}
