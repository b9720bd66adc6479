/** A document prepared once for every extractor: its sentences, their tokens and flags. */
import { segment, type Block, type BlockKind } from '../segment';
import { tokenize, type Token } from '../tokens';

export interface SentenceInfo {
  start: number;
  end: number;
  /**
   * The sentence's own text, and its lower-case form for the rules: the same length, offset for
   * offset, with line breaks and other white space as plain spaces (a hard-wrapped sentence
   * reads as one line).
   */
  text: string;
  lower: string;
  /** The whole document's text (token offsets index into it). */
  fullText: string;
  tokens: Token[];
  /** Index of the first word token. */
  firstWord: number;
  heading: boolean;
  blockKind: BlockKind;
  block: number;
}

export function prepare(text: string): { sentences: SentenceInfo[]; blocks: Block[] } {
  const { blocks, sentences } = segment(text);
  return { blocks, sentences: sentences.map((s) => {
    const tokens = tokenize(text, s.start, s.end);
    const sentenceText = text.slice(s.start, s.end);
    let firstWord = tokens.findIndex((t) => t.word);
    if (firstWord < 0) firstWord = 0;
    const blockKind = blocks[s.block].kind;
    return {
      start: s.start, end: s.end, text: sentenceText, lower: lowerForRules(sentenceText), fullText: text, tokens,
      firstWord, heading: blockKind === 'heading', blockKind, block: s.block,
    };
  }) };
}

/** Lower case with every white-space character a space, keeping each UTF-16 offset. */
export function lowerForRules(text: string): string {
  const spaced = text.replace(/[\t\n\v\f\r\u00a0\u2028\u2029]/g, ' ');
  const lower = spaced.toLowerCase();
  if (lower.length === spaced.length) return lower;
  // A few letters grow when lower-cased ("İ"): those keep their case so that offsets hold.
  let out = '';
  for (const ch of spaced) { const l = ch.toLowerCase(); out += l.length === ch.length ? l : ch; }
  return out;
}

/** Blanks quoted speech out (keeping offsets), so that the words of a quotation are not read as the writer's. */
export function outsideQuotes(text: string): string {
  return text.replace(/[“"‘][^“”"‘’]*[”"’]/g, (q) => ' '.repeat(q.length));
}
