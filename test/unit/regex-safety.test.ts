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

/**
 * Regex literals of a TypeScript source, found by a small scanner that steps over comments,
 * strings and template literals, and takes a "/" for the start of a regex where an expression
 * may start.
 */
export function regexLiterals(source: string): string[] {
  const out: string[] = [];
  let prev = '';
  let word = '';
  const skipString = (i: number, quote: string): number => {
    for (i++; i < source.length && source[i] !== quote; i++) if (source[i] === '\\') i++;
    return i;
  };
  const skipTemplate = (i: number): number => {
    for (i++; i < source.length && source[i] !== '`'; i++) {
      if (source[i] === '\\') { i++; continue; }
      if (source[i] === '$' && source[i + 1] === '{') {
        let depth = 1;
        for (i += 2; i < source.length && depth > 0; i++) {
          const c = source[i];
          if (c === '{') depth++;
          else if (c === '}') depth--;
          else if (c === "'" || c === '"') i = skipString(i, c);
          else if (c === '`') i = skipTemplate(i);
        }
        i--;
      }
    }
    return i;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') { while (i < source.length && source[i] !== '\n') i++; continue; }
    if (c === '/' && source[i + 1] === '*') { i = source.indexOf('*/', i + 2); if (i < 0) break; i++; continue; }
    if (c === "'" || c === '"') { i = skipString(i, c); prev = 'a'; word = ''; continue; }
    if (c === '`') { i = skipTemplate(i); prev = 'a'; word = ''; continue; }
    if (c === '/' && (prev === '' || '=(,:[!&|?;{}'.includes(prev) || word === 'return' || word === 'case')) {
      let j = i + 1;
      let inClass = false;
      for (; j < source.length && source[j] !== '\n'; j++) {
        if (source[j] === '\\') { j++; continue; }
        if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        else if (source[j] === '/' && !inClass) break;
      }
      if (source[j] === '/') { out.push(source.slice(i + 1, j)); i = j; while (/[a-z]/.test(source[i + 1] ?? '')) i++; prev = 'a'; word = ''; continue; }
    }
    if (/\s/.test(c)) continue;
    if (/[\w$]/.test(c)) word = (/[\w$]/.test(prev) ? word : '') + c; else word = '';
    prev = c;
  }
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

  it('the scanner finds regex literals and not division, comments, strings or templates', () => {
    const src = "const a = b / c; // x / y\nconst t = `${a}/${b}`; const r = /ab+c/gu; f(/[/]x/); const s = '/no/'; /* /no/ */ if (x) return /d(e)f/;";
    assert.deepStrictEqual(regexLiterals(src), ['ab+c', '[/]x', 'd(e)f']);
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
