/**
 * A document's text with the offset conversions SourceLens needs: UTF-16 offsets (what
 * JavaScript strings and the editor use), Unicode code points (what the W3C export counts),
 * and zero-based line/character positions.
 */
export interface Position { line: number; character: number }

export class SourceText {
  readonly text: string;
  private lineStartsCache: number[] | undefined;
  /** UTF-16 offsets of the high surrogates of astral characters, ascending. */
  private astralCache: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  get length(): number { return this.text.length; }

  get lineStarts(): number[] {
    if (!this.lineStartsCache) {
      const starts = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10) {
          starts.push(i + 1);
        }
      }
      this.lineStartsCache = starts;
    }
    return this.lineStartsCache;
  }

  private get astral(): number[] {
    if (!this.astralCache) {
      const out: number[] = [];
      const t = this.text;
      for (let i = 0; i < t.length - 1; i++) {
        const c = t.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
          const d = t.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) { out.push(i); i++; }
        }
      }
      this.astralCache = out;
    }
    return this.astralCache;
  }

  get lineCount(): number { return this.lineStarts.length; }

  positionAt(offset: number): Position {
    const off = clamp(offset, 0, this.text.length);
    const starts = this.lineStarts;
    const line = upperBound(starts, off) - 1;
    return { line, character: off - starts[line] };
  }

  offsetAt(pos: Position): number {
    const starts = this.lineStarts;
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return this.text.length;
    return clamp(starts[pos.line] + pos.character, 0, this.text.length);
  }

  /** Code-point index of a UTF-16 offset (an offset inside a surrogate pair counts as its start). */
  toCodePoint(offset: number): number {
    const off = clamp(offset, 0, this.text.length);
    // Each astral character before `off` takes two code units but is one code point.
    return off - upperBound(this.astral, off - 1);
  }

  /** UTF-16 offset of a code-point index. */
  fromCodePoint(cp: number): number {
    const astral = this.astral;
    let lo = 0;
    let hi = astral.length;
    // Find how many astral characters start before the target: astral[k] - k is the code
    // point index of the k-th astral character, increasing in k.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid] - mid < cp) lo = mid + 1; else hi = mid;
    }
    return clamp(cp + lo, 0, this.text.length);
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

/** Index of the first element greater than `x`. */
function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Strips a leading byte-order mark; returns the text and how many code units were removed. */
export function stripBom(text: string): { text: string; bom: number } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: 1 } : { text, bom: 0 };
}
