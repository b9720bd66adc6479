/**
 * The names the gazetteer knows, looked up as a document is read: institutions by any of their
 * aliases, countries with their demonyms, news outlets, and the longest known phrase at a token.
 */
import { type Token, isNameLike } from '../tokens';
import { COUNTRIES, INSTITUTIONS, OUTLETS, ROLE_REFERENCES } from '../lexicons/gazetteer';
import { memoize } from '../strings';

/** A name's lower-case form without "the", apostrophes and spaces made alike (remembered: names recur). */
export const norm = memoize((s) => s.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim(), 50_000);

export const institutionByAlias = new Map<string, (typeof INSTITUTIONS)[number]>();
/** Aliases written in lower case in the gazetteer ("executive branch") match lower-case text. */
const lowerCaseAliases = new Set<string>();
for (const inst of INSTITUTIONS) {
  institutionByAlias.set(norm(inst.canonical), inst);
  for (const a of inst.aliases) {
    institutionByAlias.set(norm(a), inst);
    if (/^\p{Ll}/u.test(a)) lowerCaseAliases.add(norm(a));
  }
}
export const countryByAlias = new Map<string, string>();
export const demonyms = new Set<string>();
for (const c of COUNTRIES) {
  countryByAlias.set(norm(c.name), c.name);
  for (const a of c.aliases) countryByAlias.set(norm(a), c.name);
  for (const d of c.demonyms) demonyms.add(norm(d));
}
export const outlets = new Set(OUTLETS.map(norm));
export const ROLE_PATTERN = new RegExp(`(?<![\\p{L}])(?:${Object.keys(ROLE_REFERENCES).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');

/** Aliases that name an institution only in a document about its country, with that country. */
const localAliases = new Map<string, string>();
for (const inst of INSTITUTIONS) for (const a of inst.local?.aliases ?? []) localAliases.set(norm(a), inst.local!.country);

/** Does a known phrase name its institution in a document whose most-named country is `home`? */
export function namesHere(phrase: string, home: string | undefined): boolean {
  const country = localAliases.get(phrase);
  return !country || !home || home === country;
}

/** First words of the gazetteer's aliases: a token that is none of these starts no known name. */
const aliasFirstWords = new Set([...institutionByAlias.keys()].map((k) => k.split(' ')[0]));

/** Longest institution or outlet phrase (up to 5 words) starting at token i. */
export function matchKnownPhrase(tokens: Token[], i: number): { end: number; name: string } | undefined {
  if (!aliasFirstWords.has(tokens[i].lower)) return undefined;
  // The words that may start a known phrase: the longest run of up to five words, dots and ampersands.
  let most = 0;
  while (most < 5 && i + most < tokens.length && (tokens[i + most].word || tokens[i + most].text === '.' || tokens[i + most].text === '&')) most++;
  for (let n = most; n >= 1; n--) {
    // A place-name metonym followed by another name is part of a longer name ("Washington Post").
    const next = tokens[i + n];
    if (next && isNameLike(next) && !(next.text === 'I')) continue;
    let joined = tokens[i].text;
    for (let k = i + 1; k < i + n; k++) joined += ` ${tokens[k].text}`;
    const phrase = norm(joined.replace(/ \./g, '.'));
    if (institutionByAlias.has(phrase) && (isNameLike(tokens[i]) || lowerCaseAliases.has(phrase))) return { end: i + n, name: phrase };
  }
  return undefined;
}

