/**
 * Finds the actors a document names: people (with titles, initials and particles), companies,
 * government bodies, metonyms ("the Pentagon"), acronyms defined in the text, countries and
 * generic institutional references ("the military"). Each name is kept as a candidate with the
 * evidence for and against it; the corpus index makes the final call with what the other
 * documents say (a surname met alone, a name seen only at the start of sentences).
 */
import type { ActorKind, Why } from '../schema';
import { type Token, isAcronym, isNameLike, isPossessive } from '../tokens';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicons/titles';
import {
  COMPANY_SUFFIXES, GOVERNMENT_HEADS, NAME_CONNECTORS, NAME_PARTICLES, NON_ACTOR_FIRST_WORDS, NON_ACTOR_HEADS,
  ORGANIZATION_HEADS, PRODUCT_NOUNS, SINGLE_WORD_GOVERNMENTS,
} from '../lexicons/organizations';
import { COLLECTIVE_NOUNS, ROLE_REFERENCES } from '../lexicons/gazetteer';
import { GIVEN_NAMES } from '../lexicons/names';
import { COMMON_ACRONYMS, GENERIC_ORG_NOUNS, NOT_NAMES } from '../lexicons/common';
import type { SentenceInfo } from './context';
import { isGroupAdjective, isPlaceName } from './places';
import { ROLE_PATTERN, countryByAlias, demonyms, institutionByAlias, matchKnownPhrase, namesHere, norm, outlets } from './known';
import { dropNonActorNames, placeDefinedTerms, resolveSurnames } from './settle';

/** Finite verbs that, right after a capitalised first word, show it is the subject's name. */
const FINITE_VERB = /^(?:said|says|told|added|stated|refused|rejected|declined|agreed|accepted|announced|threatened|warned|denied|confirmed|signed|won|lost|sued|filed|launched|has|had|is|was|will|would|could)$/;

export interface ActorCandidate {
  key: string;
  canonical: string;
  kind: ActorKind;
  aliases: Set<string>;
  /** Decided by the document alone, or waiting on corpus evidence. */
  sure: boolean;
  /** Seen only as a sentence's first word. */
  initialOnly: boolean;
  /** Used as a product or brand ("its X models"). */
  productUse: boolean;
  /** A single capitalised word that may be a surname of a person named in full elsewhere. */
  single: boolean;
  /** For a person: the organisation a title tied them to ("Acme CEO Jane Doe"). */
  affiliation?: string;
  /** For a role reference: what it refers to ("defense", "government"). */
  roleOf?: string;
}

export interface RawMention { key: string; start: number; end: number; surface: string; why: Why }

export interface ActorResult {
  candidates: Map<string, ActorCandidate>;
  mentions: RawMention[];
  /** Names used as products or brands in this document. */
  products: string[];
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** "the Company", capitalised as a term defined for the issuer of an announcement. */
const DEFINED_TERM = /\b[Tt]he (Company)\b/g;

/**
 * A counted or quantified group: "over 200 engineers from top AI companies", "all federal agencies".
 * The quantifier is left out of the name; a "from/at/of" phrase ending in another collective noun stays in it.
 */
const GROUP = new RegExp(`\\b(?:all|over|more than|nearly|almost|about|some|dozens of|hundreds of|thousands of|millions of)\\s+(?:(\\d[\\d,]*)\\s+)?((?:[\\p{L}-]+\\s+){0,2}?(?:${COLLECTIVE_NOUNS.join('|')})(?:\\s+(?:from|at|of)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${COLLECTIVE_NOUNS.join('|')}))?)\\b`, 'giu');
/** A verb of speech or action right after a name: it acts ("Houston said"), so it is no place. */
const acts = (next: Token | undefined) => FINITE_VERB.test(next?.lower ?? '');
/** Bodies a leader's name can head, written after it in lower case. */
const LEADER_BODY = /^(?:administration|government|cabinet|regime|junta)$/;
/** A possessor that is a plural noun ("Longshoremen's", "Workers'", "Children's"). */
const PLURAL_POSSESSOR = /(?:men|ren|people|[^s]s|ers)$/u;

/**
 * `home` is the country the document names most: a "Supreme Court" in a document about Brazil
 * is Brazil's, not the one the gazetteer knows by that name.
 */
export function extractActors(sentences: SentenceInfo[], home?: string): ActorResult {
  const candidates = new Map<string, ActorCandidate>();
  const mentions: RawMention[] = [];
  const acronymExpansions = new Map<string, string>(); // acronym (lower) -> key, or '' for a non-actor
  const productNames = new Set<string>();
  let lastDepartment: string | undefined;
  /** Names that stood before a non-actor head in this document ("Taft-Hartley" of "the Taft-Hartley Act"). */
  const nonActorNames = new Set<string>();

  const add = (c: Omit<ActorCandidate, 'aliases' | 'initialOnly' | 'productUse' | 'single'> & { single?: boolean }, surface: string,
    start: number, end: number, why: Why, initial: boolean): string => {
    let cur = candidates.get(c.key);
    if (!cur) {
      cur = { ...c, aliases: new Set(), initialOnly: initial, productUse: false, single: !!c.single };
      candidates.set(c.key, cur);
    } else {
      cur.sure = cur.sure || c.sure;
      cur.initialOnly = cur.initialOnly && initial;
      if (!c.single) cur.single = false;
      if (c.affiliation && !cur.affiliation) cur.affiliation = c.affiliation;
      if (c.canonical.length > cur.canonical.length && c.kind === cur.kind) cur.canonical = c.canonical;
    }
    cur.aliases.add(surface);
    mentions.push({ key: c.key, start, end, surface, why });
    return c.key;
  };

  // "the Company": the term a company's own announcement defines for itself, placed once the
  // document's company is known.
  const definedTerms: { start: number; end: number; surface: string }[] = [];
  for (const s of sentences) {
    if (s.heading) continue;
    const toks = s.tokens;
    const lowerText = s.lower;
    DEFINED_TERM.lastIndex = 0;
    for (let d = DEFINED_TERM.exec(s.text); d; d = DEFINED_TERM.exec(s.text)) {
      const start = s.start + d.index + d[0].length - d[1].length;
      definedTerms.push({ start, end: start + d[1].length, surface: d[1] });
    }
    // Generic institutional references: "the military", "the government".
    ROLE_PATTERN.lastIndex = 0;
    for (let r = ROLE_PATTERN.exec(lowerText); r; r = ROLE_PATTERN.exec(lowerText)) {
      const ref = ROLE_REFERENCES[r[0]];
      const start = s.start + r.index;
      const surface = s.text.slice(r.index, r.index + r[0].length);
      add({ key: `role:${ref.head}`, canonical: surface, kind: 'government', sure: true, roleOf: ref.head }, surface, start,
        start + r[0].length, { rule: 'actor.role-reference', words: [surface] }, false);
    }
    GROUP.lastIndex = 0;
    for (let g = GROUP.exec(s.text); g; g = GROUP.exec(s.text)) {
      const name = g[2];
      const start = s.start + g.index + g[0].length - g[2].length;
      add({ key: `group:${norm(name)}`, canonical: name, kind: 'group', sure: true }, name, start, start + name.length,
        { rule: 'actor.group', words: [g[0]] }, false);
    }
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      // "The Kremlin": a capitalised article before a known name is not part of it.
      if (t.lower === 'the' && toks[i + 1] && matchKnownPhrase(toks, i + 1)) { i++; continue; }
      const known = matchKnownPhrase(toks, i);
      if (known && namesHere(known.name, home) && !(toks[i - 1] && isNameLike(toks[i - 1]) && toks[i - 1].lower !== 'the')) {
        const inst = institutionByAlias.get(known.name)!;
        const start = toks[i].start;
        const end = toks[known.end - 1].end;
        const surface = s.fullText.slice(start, end);
        // "U.S. military officials": an adjective use of a metonym is still a reference.
        const key = `inst:${norm(inst.canonical)}`;
        add({ key, canonical: inst.canonical, kind: inst.kind, sure: true }, surface, start, end,
          { rule: 'actor.gazetteer', words: [surface], note: `known as ${inst.canonical}` }, i === s.firstWord);
        if (/department|ministry/i.test(inst.canonical)) lastDepartment = key;
        i = known.end;
        continue;
      }
      if (!isNameLike(t)) {
        i++;
        continue;
      }
      // Collect a name chunk: name-like words joined by connectors.
      let j = i;
      while (j + 1 < toks.length) {
        const n = toks[j + 1];
        // A capitalised closed-class word ("The") starts a new name: headings run into text.
        if (isNameLike(n) && n.text !== 'I' && !NOT_NAMES.has(n.lower)) { j++; continue; }
        if (NAME_CONNECTORS.has(n.lower) && toks[j + 2] && isNameLike(toks[j + 2]) && !NOT_NAMES.has(toks[j + 2].lower)) { j += 2; continue; }
        // A plural possessor inside an institution's name: "International Longshoremen's Association", "Workers' Party".
        if (isPossessive(n) && PLURAL_POSSESSOR.test(toks[j].text) && toks[j + 2] && /^\p{Lu}/u.test(toks[j + 2].text)
          && (ORGANIZATION_HEADS.has(toks[j + 2].lower) || GOVERNMENT_HEADS.has(toks[j + 2].lower))) { j += 2; continue; }
        // An initial with its full stop: "Wilbur L. Ross".
        if (n.text === '.' && /^\p{Lu}$/u.test(toks[j].text) && toks[j + 2] && isNameLike(toks[j + 2])) { j += 1; continue; }
        // Particles in a row: "Ursula von der Leyen".
        if (NAME_PARTICLES.has(n.lower) && NAME_PARTICLES.has(toks[j + 2]?.lower ?? '') && toks[j + 3] && isNameLike(toks[j + 3])) { j += 3; continue; }
        break;
      }
      const parts = splitCoordination(toks, i, j + 1);
      // A name coordinated with another ("Larkspur and Quillon") is a name even as a sentence's first word.
      for (const [a, b] of parts) handleChunk(toks, a, b, s, parts.length > 1);
      i = j + 1;
    }
  }

  /** "CNN and Time" is two names; "Securities and Exchange Commission" is one. */
  function splitCoordination(toks: Token[], from: number, to: number): [number, number][] {
    const words = toks.slice(from, to);
    const joined = words.findIndex((w) => w.lower === 'and' || w.lower === '&');
    if (joined < 0) return [[from, to]];
    const hasHead = words.some((w) => GOVERNMENT_HEADS.has(w.lower) || ORGANIZATION_HEADS.has(w.lower) || COMPANY_SUFFIXES.has(w.lower));
    // "Securities and Exchange Commission": one name whose head comes after the "and".
    // "Tarvo Oy and Brightline Inc.": two, since the part before the "and" is complete.
    const left = words[joined - 1]?.lower ?? '';
    const leftComplete = COMPANY_SUFFIXES.has(left) || GOVERNMENT_HEADS.has(left) || ORGANIZATION_HEADS.has(left);
    if ((hasHead && !leftComplete) || outlets.has(norm(words.map((w) => w.text).join(' ')))) return [[from, to]];
    return [[from, from + joined], ...splitCoordination(toks, from + joined + 1, to)];
  }

  function handleChunk(toks: Token[], from: number, to: number, s: SentenceInfo, coordinated = false): void {
    // "New York", "West Virginia": a place whose first word is also a closed-class or common word.
    if (from < to && isPlaceName(norm(s.fullText.slice(toks[from].start, toks[to - 1].end)), acts(toks[to]))) return;
    // Drop leading closed-class words ("The", "However") and trailing connectors.
    // ("The New York Times" keeps its "New": a closed-class word that opens an outlet's name stays.)
    while (from < to && NOT_NAMES.has(toks[from].lower) && !(to - from > 1 && outlets.has(norm(toks.slice(from, to).map((t) => t.text).join(' '))))) from++;
    while (to > from && NAME_CONNECTORS.has(toks[to - 1].lower)) to--;
    if (from >= to) return;
    const words = toks.slice(from, to);
    const before = toks[from - 1];
    // The first word of a sentence, of a quotation or of a clause after a colon is capitalised anyway.
    const initial = !coordinated && (from === s.firstWord || (from === s.firstWord + 1 && toks[s.firstWord].lower === 'the')
      || (!!before && /^[“"‘':—–]$/.test(before.text)));
    const surfaceOf = (a: number, b: number) => s.fullText.slice(toks[a].start, toks[b - 1].end);
    const whole = norm(surfaceOf(from, to));

    // "the Department" -> the last department named in this document.
    if (to - from === 1 && /^(department|ministry)$/i.test(words[0].text) && toks[from - 1]?.lower === 'the' && lastDepartment) {
      add({ key: lastDepartment, canonical: candidates.get(lastDepartment)!.canonical, kind: 'government', sure: true },
        words[0].text, words[0].start, words[0].end, { rule: 'actor.anaphor', words: ['the', words[0].text] }, false);
      return;
    }
    if (isPlaceName(whole, acts(toks[to])) || isGroupAdjective(whole) || demonyms.has(whole) && !countryByAlias.has(whole)) return;
    // A news outlet, possibly followed by a section name ("The Verge AI").
    for (let end = to; end > from; end--) {
      const name = norm(surfaceOf(from, end));
      if (!outlets.has(name)) continue;
      add({ key: `org:${name}`, canonical: surfaceOf(from, end).replace(/^the\s+/i, ''), kind: 'organization', sure: true },
        surfaceOf(from, end), toks[from].start, toks[end - 1].end, { rule: 'actor.outlet', words: [surfaceOf(from, end)] }, initial);
      return;
    }
    // "the Trump administration", "the Meloni government": a leader's name before the body it heads names that body.
    const body = toks[to];
    if (body && LEADER_BODY.test(body.text) && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w.text))
      && !countryByAlias.has(whole) && !demonyms.has(whole) && !TITLE_HEADS.has(words[words.length - 1].lower)) {
      const named = s.fullText.slice(toks[from].start, body.end);
      add({ key: `org:${norm(named)}`, canonical: named, kind: 'government', sure: true }, named, toks[from].start, body.end,
        { rule: 'actor.leader-body', words: [named] }, false);
      return;
    }
    // A title on its own ("the President", "Safety Lead") names a role, not a person.
    if (TITLE_HEADS.has(toks[to - 1].lower) && words.every((w) => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower))) return;
    // "Pentagon-speak": a compound with a lower-case part is a word, not a name.
    if (to - from === 1 && /-\p{Ll}/u.test(words[0].text)) return;

    // Split at a title: "Acme CEO Jane Doe", "Defence Secretary John Smith".
    for (let k = from; k < to; k++) {
      const lw = words[k - from].lower;
      if (!TITLE_HEADS.has(lw) || k + 1 >= to) continue;
      if (ORGANIZATION_HEADS.has(toks[k + 1].lower) || GOVERNMENT_HEADS.has(toks[k + 1].lower)) continue;
      let titleStart = k;
      while (titleStart > from && (TITLE_MODIFIERS.has(toks[titleStart - 1].lower) || TITLE_HEADS.has(toks[titleStart - 1].lower))) titleStart--;
      // "Prime Minister", "Chief Executive Officer": the title runs on through further title words.
      let titleEnd = k;
      for (;;) {
        if (titleEnd + 2 < to && (TITLE_HEADS.has(toks[titleEnd + 1].lower) || TITLE_MODIFIERS.has(toks[titleEnd + 1].lower))) { titleEnd++; continue; }
        // A portfolio: "Secretary of Commerce Wilbur Ross", "Minister for Europe Jan Novak".
        if (titleEnd + 3 < to && /^(?:of|for)$/.test(toks[titleEnd + 1].lower) && isNameLike(toks[titleEnd + 2])) { titleEnd += 2; continue; }
        break;
      }
      k = titleEnd;
      const nameFrom = k + 1;
      if (!toks.slice(nameFrom, to).every((t) => /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.has(t.lower) || t.text === '.')) continue;
      let affiliation: string | undefined;
      // The organisation before a title is an actor wherever it stands ("Acme CEO Jane Doe").
      if (titleStart > from) affiliation = handleChunkOrg(toks, from, titleStart, s, false);
      addPerson(toks, nameFrom, to, s, { rule: 'actor.title-name', words: [surfaceOf(titleStart, k + 1), surfaceOf(nameFrom, to)] }, affiliation);
      return;
    }
    // A lower-case title just before the name: "under-secretary of state for trade Ann Lee".
    if (hasTitleBefore(toks, from) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || NAME_PARTICLES.has(w.lower))) {
      addPerson(toks, from, to, s, { rule: 'actor.title-name', words: [surfaceOf(from, to)] });
      return;
    }
    handleChunkOrg(toks, from, to, s, initial);
  }

  function hasTitleBefore(toks: Token[], at: number): boolean {
    for (let k = at - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
      const t = toks[k];
      if (!t.word) return false;
      // An article between a title and the name makes the name a thing's ("major activities of the Company").
      if (ARTICLES.has(t.lower)) return false;
      if (TITLE_HEADS.has(t.lower) || /^(?:under|vice|deputy)-?secretary$/.test(t.lower)) return true;
      if (/^\p{Lu}/u.test(t.text) && !TITLE_MODIFIERS.has(t.lower)) return false;
    }
    return false;
  }

  function addPerson(toks: Token[], from: number, to: number, s: SentenceInfo, why: Why, affiliation?: string): void {
    const surface = s.fullText.slice(toks[from].start, toks[to - 1].end);
    // "Judge de Moraes": a surname with its particles is a surname still, to meet the full name.
    const single = toks.slice(from, to - 1).every((t) => NAME_PARTICLES.has(t.lower));
    add({ key: `person:${norm(surface)}`, canonical: surface, kind: 'person', sure: true, single, affiliation }, surface,
      toks[from].start, toks[to - 1].end, why, false);
  }

  /** Classifies a chunk with no title; returns its key when it became a candidate. */
  function handleChunkOrg(toks: Token[], from: number, to: number, s: SentenceInfo, initial: boolean): string | undefined {
    const words = toks.slice(from, to);
    const surface = s.fullText.slice(toks[from].start, toks[to - 1].end);
    const whole = norm(surface);
    const last = words[words.length - 1].lower;
    const next = toks[to];
    const prev = toks[from - 1];
    const span = { start: toks[from].start, end: toks[to - 1].end };
    if (NOT_NAMES.has(whole) || isPlaceName(whole, acts(next))) return undefined;
    const country = countryByAlias.get(whole);
    if (country) {
      // "U.S. market", "American officials": adjectives, not actors.
      if (next && next.word && /^\p{Ll}/u.test(next.text) && demonyms.has(whole)) return undefined;
      if (next && next.word && /^\p{Ll}/u.test(next.text) && whole.length <= 4) return undefined;
      return add({ key: `country:${norm(country)}`, canonical: country, kind: 'country', sure: true }, surface, span.start, span.end,
        { rule: 'actor.country', words: [surface] }, initial);
    }
    if (demonyms.has(whole)) return undefined;
    // Acronym defined right here: "Department of Defense (DoD)".
    const paren = toks[to]?.text === '(' && toks[to + 2]?.text === ')' ? toks[to + 1] : undefined;
    const institutionHead = words.slice(1).some((w) => GOVERNMENT_HEADS.has(w.lower) || ORGANIZATION_HEADS.has(w.lower));
    if (NON_ACTOR_HEADS.has(last) || (NON_ACTOR_FIRST_WORDS.has(words[0].lower) && !institutionHead) || words.some((w) => w.lower === 'declaration')) {
      if (paren && isAcronym(paren.text)) acronymExpansions.set(paren.text.toLowerCase(), '');
      // "the Taft-Hartley Act" ... "Taft-Hartley": the law's name alone is the law's, not an actor.
      if (NON_ACTOR_HEADS.has(last) && words.length > 1) nonActorNames.add(norm(s.fullText.slice(toks[from].start, toks[to - 2].end)));
      return undefined;
    }
    if (next && PRODUCT_NOUNS.has(next.lower)) { markProduct(whole); return undefined; }
    // "the Denial order", "Commerce rules": a name-like word before a lower-case document noun modifies it.
    if (words.length === 1 && next && /^\p{Ll}/u.test(next.text) && NON_ACTOR_HEADS.has(next.lower)) return undefined;
    if (prev && /^(its|their|his|her|our|my|your)$/.test(prev.lower) && !TITLE_HEADS.has(last)) { markProduct(whole); return undefined; }

    let kind: ActorKind | undefined;
    let rule = '';
    if (words.some((w) => GOVERNMENT_HEADS.has(w.lower)) && words.length > 1) { kind = 'government'; rule = 'actor.government-head'; }
    else if (words.some((w) => ORGANIZATION_HEADS.has(w.lower)) && words.length > 1) { kind = 'organization'; rule = 'actor.organization-head'; }
    else if (COMPANY_SUFFIXES.has(last) && words.length > 1) { kind = 'organization'; rule = 'actor.company-suffix'; }

    if (kind) {
      const key = `org:${whole.replace(/^(?:u\.s\.|us|uk|u\.k\.) /, '')}`;
      add({ key, canonical: surface, kind, sure: true }, surface, span.start, span.end, { rule, words: [surface] }, initial);
      if (/^(department|ministry)\b/.test(whole.replace(/^(?:u\.s\.|us|uk) /, ''))) lastDepartment = key;
      if (paren && isAcronym(paren.text)) acronymExpansions.set(paren.text.toLowerCase(), key);
      return key;
    }
    if (words.length === 1 && isAcronym(words[0].text)) {
      const expanded = acronymExpansions.get(words[0].lower);
      if (expanded === '') return undefined;
      if (expanded) {
        const c = candidates.get(expanded)!;
        return add({ key: expanded, canonical: c.canonical, kind: c.kind, sure: true }, surface, span.start, span.end,
          { rule: 'actor.acronym', words: [surface], note: `stands for ${c.canonical}` }, initial);
      }
      if (COMMON_ACRONYMS.has(whole)) return undefined;
      // An acronym with no expansion in this document: the corpus index may know it; it is an
      // actor on its own when it acts ("ZTE said", "ZTE's woes", "against ZTE").
      const acts = isPossessive(next) || FINITE_VERB.test(next?.lower ?? '') || /^(?:against|with|by|from|to|on|for)$/.test(prev?.lower ?? '');
      return add({ key: `acronym:${whole}`, canonical: surface, kind: 'organization', sure: acts, single: true }, surface,
        span.start, span.end, { rule: 'actor.acronym', words: [surface] }, initial && !acts);
    }
    const allCapitalisedWords = words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) || NAME_PARTICLES.has(w.lower));
    if (words.length >= 2 && words.length <= 4 && allCapitalisedWords) {
      const given = GIVEN_NAMES.has(words[0].lower);
      const particle = words.some((w) => NAME_PARTICLES.has(w.lower));
      // A person: a known given name, or a two-word name (or one with particles) where a name can stand.
      if (given || (!initial && (words.length === 2 || particle))) {
        add({ key: `person:${whole}`, canonical: surface, kind: 'person', sure: true }, surface, span.start, span.end,
          { rule: given ? 'actor.given-name' : 'actor.proper-name', words: [surface] }, initial);
        return `person:${whole}`;
      }
      return undefined;
    }
    if (words.length === 1 && GENERIC_ORG_NOUNS.has(words[0].lower)) return undefined;
    if (words.length === 1 && SINGLE_WORD_GOVERNMENTS.has(words[0].lower)) {
      return add({ key: `org:${whole}`, canonical: surface, kind: 'government', sure: true }, surface, span.start, span.end,
        { rule: 'actor.government-head', words: [surface] }, false);
    }
    // "in Helsinki", "near Kharkiv": a single name after a preposition of place is a place.
    if (words.length === 1 && prev && /^(?:in|near|outside|across|throughout)$/.test(prev.lower)) return undefined;
    if (words.length === 1) {
      const w = words[0];
      // A sentence's first word is a name when a verb of speech or action follows it ("Globex said").
      if (initial && next && (isPossessive(next) || FINITE_VERB.test(next.lower))) initial = false;
      // A one-letter name ("X") only where it plainly acts or is owned: "X said", "X's", "Musk's X".
      const letterActs = /^[B-HJ-Z]$/.test(w.text) && (isPossessive(next) || FINITE_VERB.test(next?.lower ?? '') || isPossessive(prev));
      if ((w.text.length < 2 && !letterActs) || /^\p{Lu}+$/u.test(w.text) && w.text.length > 6) return undefined;
      const key = `name:${whole}`;
      add({ key, canonical: surface, kind: 'organization', sure: false, single: true }, surface, span.start, span.end,
        { rule: isPossessive(next) ? 'actor.possessor' : 'actor.proper-noun', words: [surface] }, initial);
      return key;
    }
    return undefined;
  }

  function markProduct(whole: string): void {
    productNames.add(whole);
  }

  for (const name of productNames) {
    const c = candidates.get(`name:${name}`);
    if (c) c.productUse = true;
  }
  placeDefinedTerms(definedTerms, candidates, mentions);
  const kept = dropNonActorNames(nonActorNames, candidates, mentions);
  resolveSurnames(candidates, kept);
  return { candidates, mentions: kept, products: [...productNames] };
}

