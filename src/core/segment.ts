/**
 * Splits a document into blocks (headings, paragraphs, bullets) and sentences.
 * Works on plain text and Markdown: CRLF, lone CR and a byte-order mark are tolerated,
 * abbreviations (U.S., Dr., Inc.) and initials do not end sentences, a full stop inside an
 * open quotation does not either, and a line with no closing punctuation that stands on its
 * own is a heading.
 */
import { ABBREVIATIONS } from './lexicons/abbreviations';

export type BlockKind = 'heading' | 'paragraph' | 'bullet';

export interface Block { kind: BlockKind; start: number; end: number }
export interface Sentence { start: number; end: number; block: number }
export interface Segmentation { blocks: Block[]; sentences: Sentence[] }

/** Longest sentence kept whole; longer runs are cut at a space so that no rule sees an unbounded string. */
export const MAX_SENTENCE_LENGTH = 1500;
const HEADING_MAX_WORDS = 14;

const BULLET = /^(?:[-*+•▪●◦]|\d{1,3}[.)])\s+/;
const MD_HEADING = /^#{1,6}\s+/;
const CLOSES_SENTENCE = /[.!?:;…"”’)\]]$/;

interface Line { start: number; end: number }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Trims white space (and a byte-order mark) from both ends of [start, end). */
function trimSpan(text: string, start: number, end: number): Line {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

function classify(text: string, line: Line, nextStartsLower: boolean): BlockKind {
  const s = text.slice(line.start, line.end);
  if (MD_HEADING.test(s)) return 'heading';
  if (BULLET.test(s)) return 'bullet';
  const words = wordCount(s);
  // A short unpunctuated line that does not run on into the next one.
  const heading = words > 0 && words <= HEADING_MAX_WORDS && !CLOSES_SENTENCE.test(s) && !nextStartsLower
    && /^[\p{Lu}\p{N}"“‘']/u.test(s);
  return heading ? 'heading' : 'paragraph';
}

/** Lines no longer than this, most of them filled close to one width, are hard-wrapped prose. */
const WRAP_MAX = 120;
/** A line at least this share of the wrap width is full: the paragraph goes on below it. */
const WRAP_FULL = 0.6;

/**
 * The width a document is hard-wrapped at, or 0 when it is not: every line is short and
 * several lines that run on into another come close to the longest.
 */
function wrapWidth(text: string, raw: Line[], lines: Line[]): number {
  let max = 0;
  for (let k = 0; k < raw.length; k++) max = Math.max(max, raw[k].end - raw[k].start);
  if (max === 0 || max > WRAP_MAX) return 0;
  let full = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (lines[k + 1].end > lines[k + 1].start && raw[k].end - raw[k].start >= 0.75 * max) full++;
  }
  return full >= 2 ? max : 0;
}

export function segment(text: string): Segmentation {
  const raw = splitLines(text);
  const lines = raw.map((l) => trimSpan(text, l.start, l.end));
  const width = wrapWidth(text, raw, lines);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.start === line.end) { i++; continue; }
    // Markdown and hard-wrapped prose: a line that does not close a sentence and is followed by
    // one starting in lower case continues the same paragraph; in a hard-wrapped document, so
    // does any full line followed by a line that is not a bullet or a Markdown heading.
    let end = line.end;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].start < lines[j + 1].end) {
      const here = text.slice(lines[j].start, lines[j].end);
      const next = text.slice(lines[j + 1].start, lines[j + 1].end);
      const runsOn = !CLOSES_SENTENCE.test(here) && /^\p{Ll}/u.test(next) && !BULLET.test(here);
      const wrapped = width > 0 && raw[j].end - raw[j].start >= WRAP_FULL * width
        && !MD_HEADING.test(here) && !BULLET.test(next) && !MD_HEADING.test(next);
      if (!runsOn && !wrapped) break;
      j++;
      end = lines[j].end;
    }
    const next = lines[j + 1];
    const nextStartsLower = !!next && /^\p{Ll}/u.test(text.slice(next.start, next.start + 1));
    const kind = j > i ? 'paragraph' : classify(text, line, nextStartsLower);
    blocks.push({ kind, start: line.start, end });
    i = j + 1;
  }
  const sentences: Sentence[] = [];
  blocks.forEach((b, index) => {
    if (b.kind === 'heading') { sentences.push({ start: b.start, end: b.end, block: index }); return; }
    let start = b.start;
    if (b.kind === 'bullet') {
      const m = BULLET.exec(text.slice(b.start, b.end));
      if (m) start += m[0].length;
    }
    for (const s of splitSentences(text, start, b.end)) sentences.push({ ...s, block: index });
  });
  return { blocks, sentences };
}

const OPENERS = /[\p{Lu}\p{N}"“‘'(\[]/u;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Sentence spans within [start, end) of one block. */
export function splitSentences(text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  let sStart = start;
  let quoteDepth = 0;
  let straightOpen = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '“') quoteDepth++;
    else if (ch === '”') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '"') straightOpen = !straightOpen;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
      if (i - sStart >= MAX_SENTENCE_LENGTH) {
        const cut = text.lastIndexOf(' ', i);
        const at = cut > sStart ? cut : i;
        pushTrimmed(out, text, sStart, at);
        sStart = at;
      }
      continue;
    }
    // Consume a run of terminators and closing quotes/brackets.
    let k = i + 1;
    while (k < end && (text[k] === '.' || text[k] === '!' || text[k] === '?')) k++;
    while (k < end && CLOSERS.has(text[k])) {
      if (text[k] === '”') quoteDepth = Math.max(0, quoteDepth - 1);
      else if (text[k] === '"') straightOpen = !straightOpen;
      k++;
    }
    if (k >= end) break;
    if (!isSpace(text.charCodeAt(k))) { i = k - 1; continue; }
    let n = k;
    while (n < end && isSpace(text.charCodeAt(n))) n++;
    if (n >= end) break;
    if (!OPENERS.test(text[n])) { i = n - 1; continue; }
    if (ch === '.' && k === i + 1 && isAbbreviation(text, sStart, i)) { i = n - 1; continue; }
    if (quoteDepth > 0 || straightOpen) { i = n - 1; continue; }
    pushTrimmed(out, text, sStart, k);
    sStart = n;
    i = n - 1;
  }
  pushTrimmed(out, text, sStart, end);
  return out;
}

function pushTrimmed(out: Line[], text: string, start: number, end: number): void {
  const t = trimSpan(text, start, end);
  if (t.end > t.start) out.push(t);
}

/** Is the word ending just before `dot` an abbreviation or an initial? */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}
