/**
 * Anchoring a passage so that it can be found again after the text changes, in this order:
 * the exact position (the text there is still the quote), then the quote with its context (the
 * occurrence whose prefix and suffix match best, the nearest on a tie), then a match that
 * ignores case and white space near the old place. What cannot be placed is an orphan: it is
 * reported with its stored quote, never moved to a guess.
 */
import type { Anchor } from '../schema';
import { SourceText } from '../text';

const CONTEXT = 32;
const FUZZY_WINDOW = 4000;

export type Placement =
  | { placed: true; start: number; end: number; how: 'exact' | 'quote' | 'fuzzy' }
  | { placed: false };

/** An anchor for [start, end) of the text, in UTF-16 offsets; its position is in code points. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  const m = new SourceText(text);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start: m.toCodePoint(start),
    end: m.toCodePoint(end),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Finds the anchor in the text; positions returned are UTF-16 offsets. */
export function place(text: string, anchor: Anchor): Placement {
  const m = new SourceText(text);
  const oldStart = m.fromCodePoint(anchor.start);
  const oldEnd = m.fromCodePoint(anchor.end);
  // The old place still holds the quote in its context: nothing moved.
  if (text.slice(oldStart, oldEnd) === anchor.exact && text.slice(oldStart - anchor.prefix.length, oldStart) === anchor.prefix
    && text.slice(oldEnd, oldEnd + anchor.suffix.length) === anchor.suffix) return { placed: true, start: oldStart, end: oldEnd, how: 'exact' };

  let best: { at: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix)
      + commonPrefix(text.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length), anchor.suffix);
    const distance = Math.abs(at - oldStart);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  // An occurrence with its context is the passage; one with no context in common is only a
  // candidate if nothing near the old place matches loosely.
  if (best && best.score > 0) return { placed: true, start: best.at, end: best.at + anchor.exact.length, how: 'quote' };

  // The quote changed in case or spacing only: look near where it was.
  const from = Math.max(0, oldStart - FUZZY_WINDOW);
  const window = text.slice(from, Math.min(text.length, oldStart + FUZZY_WINDOW + anchor.exact.length));
  const found = looseSearch(window, anchor.exact, oldStart - from);
  // A loose match over the exact occurrence is that occurrence.
  const overBest = !!found && !!best && from + found.start < best.at + anchor.exact.length && best.at < from + found.end;
  if (found && !overBest) return { placed: true, start: from + found.start, end: from + found.end, how: 'fuzzy' };
  if (best) return { placed: true, start: best.at, end: best.at + anchor.exact.length, how: 'quote' };
  return { placed: false };
}

/** Finds `needle` in `hay` ignoring case and runs of white space, nearest to `near`; offsets into `hay`. */
function looseSearch(hay: string, needle: string, near: number): { start: number; end: number } | undefined {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Bounded: the pattern is a fixed sequence of literal words joined by white space.
  const re = new RegExp(words.map(escape).join('\\s+'), 'giu');
  let best: { start: number; end: number } | undefined;
  for (const m of hay.matchAll(re)) {
    if (!best || Math.abs(m.index - near) < Math.abs(best.start - near)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}
