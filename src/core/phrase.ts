/**
 * A phrase of a sentence, cut where a phrase can end: what a lens names as the object of a
 * threat or a red line ("cancel Anthropic’s existing contract", not "of its AI in weapons
 * systems that can select and"). The phrase runs from a given offset to the first clause
 * boundary (punctuation, a subordinator, a relative clause); when that is too long it stops
 * earlier, before a preposition, a coordinator or a participle, never inside a quotation and
 * never on a word that leaves something open (an article, a preposition, an auxiliary).
 */
import { CLAUSE_OPENERS, OPEN_ENDED, PHRASE_JOINS, SUBJECT_PRONOUNS, VAGUE_SUBJECTS } from './lexicons/phrases';

export interface Phrase {
  text: string;
  /** Its span in the sentence it came from. */
  from: number;
  to: number;
  /** Cut before a coordinator ("mass surveillance" of "mass surveillance and weapons"): more was listed. */
  shortened: boolean;
}

interface Word { start: number; end: number; lower: string; stopBefore: boolean; stopAfter: boolean; depthAfter: number }

/** Punctuation and closing quotes after a word: not part of the phrase (`clean` pairs quotes again). */
const TRAILING = /[,;:.!?)\]—–”’"]+$/;

/** The words of `text` from `at`, each with whether punctuation ends a phrase before or after it. */
function wordsFrom(text: string, at: number): Word[] {
  const out: Word[] = [];
  let depth = 0;
  let previousEnd = at;
  // Dashes stand apart from the words they join ("blacklist—it"): they end a phrase.
  for (const m of text.slice(at).matchAll(/[^\s—–]+|[—–]/g)) {
    const raw = m[0];
    const start = at + m.index!;
    // A line that starts with a capital after a line break begins something new (a heading was above).
    // So does a capitalised function word after a lower-case one ("… force compliance The Department …").
    const newLine = (/\n/.test(text.slice(previousEnd, start)) && /^[“"‘]?\p{Lu}/u.test(raw))
      || (start > at && SENTENCE_OPENERS.test(raw) && /\p{Ll}$/u.test(text.slice(at, previousEnd)));
    previousEnd = start + raw.length;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      const afterLetter = i > 0 && /[\p{L}\p{N}.,!?]/u.test(raw[i - 1]);
      if (ch === '“' || ch === '‘' || (ch === '"' && !afterLetter)) depth++;
      // An apostrophe inside a word ("Anthropic’s") closes nothing; a mark with nothing open neither.
      else if ((ch === '”' || (ch === '’' && !/\p{L}/u.test(raw[i + 1] ?? '')) || (ch === '"' && afterLetter)) && depth > 0) depth--;
    }
    const trail = TRAILING.exec(raw)?.[0] ?? '';
    const end = start + raw.length - trail.length;
    const lower = text.slice(start, end).toLowerCase().replace(/^[“‘"(\[]+/, '');
    out.push({ start, end, lower, stopBefore: /^[(\[—–]/.test(raw) || raw === '-' || newLine, stopAfter: /[,;:.!?)\]—–]/.test(trail), depthAfter: depth });
  }
  return out;
}

/** Function words that, capitalised inside a run of words, start a sentence. */
const SENTENCE_OPENERS = /^(?:The|A|An|This|These|Those|It|He|She|They|We|In|On|At|But)$/;

const PARTICIPLE = /^[a-z]{3,}(?:ed|ing)$/;

/** Where the clause that starts at `words[0]` ends: the number of its words. */
function clauseLength(words: Word[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && (w.stopBefore || CLAUSE_OPENERS.has(w.lower))) return i;
    if (i > 0 && SUBJECT_PRONOUNS.has(w.lower) && (w.lower !== 'it' || /(?:ed|s)$/.test(words[i + 1]?.lower ?? '')) && !/(?:ing|ed)$/.test(words[i - 1].lower)) return i;
    // "less than 35 days", "more than half": a comparison begins.
    if (i > 0 && (w.lower === 'less' || w.lower === 'more') && words[i + 1]?.lower === 'than') return i;
    if (w.stopAfter) return i + 1;
  }
  return words.length;
}

/** May a phrase end after word `k - 1`, before word `k`? */
function endsWell(words: Word[], k: number): boolean {
  const last = words[k - 1];
  if (last.depthAfter > 0) return false;
  if (!last.lower || OPEN_ENDED.has(last.lower) || /['’]s$/.test(last.lower)) return false;
  return /[\p{L}\p{N}%$]$/u.test(last.lower);
}

/**
 * The phrase that starts at `at` in `text`: the longest that `fits` accepts, ending where a
 * phrase can end; with `whole`, only the phrase up to its clause's end. Undefined when none fits.
 */
export function phraseAt(text: string, at: number, fits: (phrase: string) => boolean = () => true, whole = false): Phrase | undefined {
  const words = wordsFrom(text, at);
  const n = clauseLength(words);
  for (let k = n; k >= (whole ? n : 1); k--) {
    // A participle after a noun that a preposition follows opens a reduced relative clause ("changes ordered by").
    const participle = k >= 2 && k + 1 < n && PARTICIPLE.test(words[k].lower) && !OPEN_ENDED.has(words[k - 1].lower) && PHRASE_JOINS.has(words[k + 1].lower);
    const cut = k === n || PHRASE_JOINS.has(words[k].lower) || participle;
    if (!cut || !endsWell(words, k)) continue;
    const from = words[0].start;
    const to = words[k - 1].end;
    const phrase = clean(text.slice(from, to));
    const shortened = k < n && (words[k].lower === 'and' || words[k].lower === 'or');
    const shown = shortened ? `${phrase} …` : phrase;
    if (fits(shown)) return { text: shown, from, to, shortened };
  }
  return undefined;
}

/** Spaces folded, and a quotation the phrase opened closed again (its closing mark came after the cut word). */
export function clean(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim();
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  const doubles = count(/“/g) - count(/”/g);
  if (doubles > 0) t = `${t}${'”'.repeat(doubles)}`;
  // A right single quote between letters is an apostrophe ("Anthropic’s"), not a closing mark.
  const singles = count(/‘/g) - count(/’(?!\p{L})/gu);
  if (singles > 0) t = `${t}${'’'.repeat(singles)}`;
  if (count(/"/g) % 2 === 1) t = t.endsWith('"') ? t.slice(0, -1) : `${t}"`;
  return t;
}

/** The words just before `at` that a copula makes the subject of what follows ("these two use cases were …"). */
export function subjectBefore(text: string, at: number): string | undefined {
  const before = text.slice(0, at);
  const m = /(?:^|[,;:]\s+|\bthat\s+)([^,;:]{3,60}?)\s+(?:is|are|was|were|remains?|remained)\s+(?:(?:an?|the|their|its|our|his|her)\s+)?(?:[\w-]+\s+)?[“"‘]?$/i.exec(before);
  if (!m) return undefined;
  const subject = clean(m[1]);
  const words = subject.split(' ');
  if (words.length === 1 && VAGUE_SUBJECTS.has(subject.toLowerCase())) return undefined;
  if (OPEN_ENDED.has(words[words.length - 1].toLowerCase())) return undefined;
  return subject;
}
