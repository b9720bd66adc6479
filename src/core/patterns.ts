/**
 * One pattern that matches wherever any of `patterns` matches: a sentence is scanned once to
 * learn whether any of a list may apply, instead of once per pattern (most sentences hold none).
 * The patterns must share their flags and hold no back-references (numbering would shift).
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = [...new Set(patterns.map((p) => p.flags.replace(/[gy]/g, '')))];
  if (flags.length > 1) throw new Error(`anyOf: patterns with different flags (${flags.join(', ')})`);
  for (const p of patterns) if (/\\[1-9]|\\k</.test(p.source)) throw new Error(`anyOf: a back-reference in /${p.source}/`);
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags[0] ?? '');
}
