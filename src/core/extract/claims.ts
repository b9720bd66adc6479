/**
 * Claims: checkable propositions — who did what, when, how many, and attributed statements.
 * Questions, hedged speculation, predictions and first- or second-person opinion outside a
 * quotation are not claims. A sentence that joins two assertions with a semicolon gives two.
 */
import type { Claim } from '../schema';
import { CONDITIONALS, HEDGES, OPINION_MARKERS, STOPWORDS } from '../lexicons/common';
import { STANCES } from '../lexicons/predicates';
import { SYNONYM_CLASSES } from '../lexicons/synonyms';
import { stem } from '../tokens';
import type { SentenceInfo } from './context';
import type { RawMention } from './actors';
import { excerptOf, triggersOf } from './events';

const synonymOf = new Map<string, string>();
for (const cls of SYNONYM_CLASSES) for (const w of cls) synonymOf.set(stem(w), stem(cls[0]));

const MIN_WORDS = 2;
/** A subject, a form of "be" and no participle after it: a description, not a report. */
const COPULAR = /^[^,;]{0,60}?\b(?:is|are|was|were|isn't|aren't|remains|'s|’s)\s+(?!\w+ed\b)(?:not\s+)?(?:a|an|the|in|on|just|now|also|technical|\w+ly)\b/;
/** How far before a stance verb (in UTF-16 units) its actor may stand: "OpenAI, once a non-profit, just signed a deal". */
const STANCE_REACH = 90;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|his|her|their|its)$/;
/** Verbs that attribute what follows to a source ("warned that it could…" is a claim about the warning). */
const ATTRIBUTION = /\b(?:said|says|warned|argued|stated|noted|stressed|told|claimed|insisted|reported|announced|pointed out|emphasi[sz]ed|threatened|considered)\b/;
const NEGATION = /\b(?:not|never|no longer|refus\w*|reject\w*|declin\w*)\b/;

/** Drops quoted speech so that "we" and "I" inside a quotation do not make it an opinion. */
function outsideQuotes(text: string): string {
  return text.replace(/[“"‘][^“”"‘’]*[”"’]/g, ' ');
}

/** Content terms of a passage: stemmed, synonym-folded, without stop words. */
export function contentTerms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    const st = stem(w);
    out.add(synonymOf.get(st) ?? st);
  }
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
    out.push(`${m[1] ?? ''}${n}${pct ? '%' : ''}`);
  }
  return out;
}

export function extractClaims(s: SentenceInfo, mentions: RawMention[]): Claim[] {
  if (s.heading || s.blockKind === 'heading') return [];
  const trimmed = s.text.trim();
  if (trimmed.endsWith('?')) return [];
  const words = s.tokens.filter((t) => t.word);
  if (words.length < MIN_WORDS) return [];
  const bare = outsideQuotes(s.lower);
  const bareWords = bare.match(/[\p{L}'’]+/gu) ?? [];
  if (bareWords.some((w) => HEDGES.has(w))) return [];
  if (bareWords.some((w) => OPINION_MARKERS.has(w))) return [];
  const triggers = triggersOf(s);
  const finite = triggers.some((t) => t.finite);
  // "If Anthropic sues, discovery will be wild": a conditional with nothing reported as done or said.
  if (bareWords.some((w) => CONDITIONALS.has(w)) && !ATTRIBUTION.test(bare) && !triggers.some((t) => t.finite && /ed$/.test(t.token.lower))) return [];
  const hasFigure = /\d/.test(s.text);
  const pronoun = s.tokens.slice(s.firstWord, s.firstWord + 3).some((t) => PRONOUN_SUBJECT.test(t.lower));
  if (!mentions.length && !hasFigure && !pronoun && !triggers.length) return [];
  // A checkable proposition reports something done or said, or a figure; a sentence that only
  // describes ("X is the nuclear option", "Y is in the penalty box") is commentary.
  if (!finite && !hasFigure && !ATTRIBUTION.test(bare) && COPULAR.test(bare)) return [];

  // Clause level: a semicolon joins two assertions.
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (let at = s.text.indexOf('; '); at >= 0; at = s.text.indexOf('; ', at + 2)) {
    parts.push({ start: from, end: at });
    from = at + 2;
  }
  parts.push({ start: from, end: s.text.length });
  const out: Claim[] = [];
  for (const p of parts) {
    const text = s.text.slice(p.start, p.end);
    if ((text.match(/[\p{L}]+/gu) ?? []).length < MIN_WORDS && parts.length > 1) continue;
    const start = s.start + p.start;
    const end = s.start + p.end;
    const inside = mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.key);
    const lower = text.toLowerCase();
    let stance: string | undefined;
    let stanceOf: string[] = [];
    for (const x of STANCES) {
      const m = x.pattern.exec(lower);
      if (!m) continue;
      stance = x.stance;
      const at = start + m.index;
      stanceOf = [...new Set(mentions.filter((k) => k.end <= at && k.start >= Math.max(start, at - STANCE_REACH)).map((k) => k.key))];
      break;
    }
    out.push({
      start, end, terms: contentTerms(text), actors: [...new Set(inside)], figures: figuresOf(text),
      polarity: NEGATION.test(lower) ? -1 : 1, stance, stanceOf, excerpt: excerptOf(text),
      why: { rule: hasFigure ? 'claim.figure' : 'claim.assertion', words: triggers.slice(0, 2).map((t) => t.token.text) },
    });
  }
  return out;
}
