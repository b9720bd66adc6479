/**
 * No pathological regular expressions: every regex literal in the engine's source is checked
 * for a quantified group that contains an unbounded quantifier ("(a+)+", "(\w+\s?)*") and for
 * a quantified alternation whose branches can match the same text ("(a|ab)*"), the shapes that
 * backtrack exponentially. Patterns built at run time from word lists are literal words joined
 * by "|" and are checked where they are built.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '..', '..', '..', 'src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Regex literals of a TypeScript source: a "/" where an expression may start, up to its closing "/". */
export function regexLiterals(source: string): string[] {
  const out: string[] = [];
  const re = /(?<=[=(,:[!&|?;{}]\s*|\breturn\s+|\bcase\s+)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuyv]*/g;
  for (const m of source.matchAll(re)) out.push(m[1]);
  return out;
}

/** The index of the bracket closing the group opened at `open`. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const UNBOUNDED = /(?:^|[^\\])(?:[+*]|\{\d+,\})/;

/** The alternatives of a group's content, split at its own "|" only. */
function topLevelBranches(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { for (i++; i < inner.length && inner[i] !== ']'; i++) if (inner[i] === '\\') i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(inner.slice(from, i)); from = i + 1; }
  }
  out.push(inner.slice(from));
  return out;
}

/** Describes what is dangerous in a pattern, or returns undefined. */
export function danger(src: string): string | undefined {
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') { i++; continue; }
    if (src[i] === '[') { for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++; continue; }
    if (src[i] !== '(') continue;
    const end = closing(src, i);
    if (end < 0) return 'unbalanced group';
    const after = src.slice(end + 1, end + 8);
    const quantified = /^(?:[+*]|\{\d+,\})/.test(after);
    const inner = src.slice(i + 1, end).replace(/^\?(?:[:=!]|<[=!]|<\w+>)/, '');
    // Removing character classes keeps "[+*]" from counting as a quantifier.
    const bare = inner.replace(/\[(?:\\.|[^\]\\])*\]/g, 'x');
    if (quantified && UNBOUNDED.test(bare)) return `unbounded quantifier inside a repeated group: (${inner})${after[0]}`;
    if (quantified) {
      const branches = topLevelBranches(inner);
      for (let a = 0; a < branches.length; a++) for (let b = 0; b < branches.length; b++) {
        if (a !== b && branches[b].length > 0 && branches[a].startsWith(branches[b]) && !/[\\[(]/.test(branches[b])) return `overlapping alternatives in a repeated group: (${inner})`;
      }
    }
  }
  return undefined;
}

describe('regular expressions', () => {
  it('the checker catches the classic catastrophic shapes and passes safe ones', () => {
    for (const bad of ['(a+)+', '(\\w+\\s?)*', '(?:x*y?)+z', '(a|ab)*', '(?:\\d+,?){2,}']) assert.ok(danger(bad), bad);
    for (const ok of ['(?:[+*]|x)+', '\\b(?:a|b)\\b', '(?:[\\w-]+ ){0,3}?', '(?:\\p{L}\\.){2,}', 'a+b*c?']) assert.strictEqual(danger(ok), undefined, ok);
  });

  const all = files(SRC).flatMap((f) => regexLiterals(fs.readFileSync(f, 'utf8')).map((r) => ({ file: path.relative(SRC, f), r })));
  it('finds the regex literals of the source', () => {
    assert.ok(all.length > 80, `only ${all.length} found`);
  });
  it('has no nested or overlapping quantifiers in any built-in pattern', () => {
    const bad = all.map((x) => ({ ...x, why: danger(x.r) })).filter((x) => x.why);
    assert.deepStrictEqual(bad.map((x) => `${x.file}: /${x.r}/ — ${x.why}`), []);
  });
});
