/**
 * Analyses one document on its own: actors (as candidates the corpus index confirms), threats,
 * red lines, events and claims. Pure and deterministic: the same text gives the same result.
 */
import type { DocumentAnalysis, LocalActor } from './schema';
import { prepare } from './extract/context';
import { extractActors, type RawMention } from './extract/actors';
import { Salience } from './extract/roles';
import { extractThreats } from './extract/threats';
import { extractRedLines } from './extract/redlines';
import { extractEvents } from './extract/events';
import { extractClaims } from './extract/claims';
import { COUNTRIES } from './lexicons/gazetteer';
import { SourceText } from './text';

/** Threat rules that report a coercive measure taken rather than one threatened. */
const MEASURES_TAKEN = new Set(['threat.measure', 'threat.measure-passive', 'threat.measure-announced', 'threat.order']);

export function analyzeDocument(uri: string, text: string, version = 0): DocumentAnalysis {
  const { sentences, blocks } = prepare(text);
  const countries = countriesOf(text);
  const actorResult = extractActors(sentences, countries[0]);
  const { candidates } = actorResult;
  const mentions = [...actorResult.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kindOf = (key: string) => candidates.get(key)?.kind;

  const analysis: DocumentAnalysis = {
    uri, version, actors: [], actorMentions: [], threats: [], redLines: [], events: [], claims: [],
    products: actorResult.products, countries,
    passages: blocks.filter((b) => b.kind !== 'heading').map((b) => [b.start, b.end] as [number, number]), lineStarts: new SourceText(text).lineStarts,
  };
  const salience = new Salience();
  let m = 0;
  for (const s of sentences) {
    const inSentence: RawMention[] = [];
    while (m < mentions.length && mentions[m].start < s.start) m++;
    for (let k = m; k < mentions.length && mentions[k].start < s.end; k++) inSentence.push(mentions[k]);
    // A sentence-initial word still waiting for corpus evidence is not trusted as a subject.
    const usable = inSentence.filter((x) => { const c = candidates.get(x.key); return !!c && !(c.initialOnly && !c.sure); });
    const threats = extractThreats(s, usable, salience);
    analysis.threats.push(...threats);
    analysis.redLines.push(...extractRedLines(s, usable, salience));
    const events = extractEvents(s, usable, salience);
    // "X said it would revoke the licence if…": what the statement reports is a threat; "X
    // announced a freeze of the funds": what it reports is the measure taken.
    if (threats.length) {
      for (const e of events) {
        if (e.type !== 'STATEMENT' || !e.actor || e.actor !== threats[0].actor) continue;
        e.type = MEASURES_TAKEN.has(threats[0].why.rule) ? 'SANCTION' : 'THREATEN';
        e.why = { rule: 'event.reported-threat', words: [...e.why.words, ...threats[0].why.words] };
        if (!e.target && threats[0].target) e.target = threats[0].target;
        e.topic = threats[0].what;
      }
    }
    analysis.events.push(...events);
    analysis.claims.push(...extractClaims(s, inSentence));
    salience.update(usable, kindOf);
  }
  for (const c of candidates.values()) {
    const local: LocalActor = {
      key: c.key, canonical: c.canonical, kind: c.kind, aliases: [...c.aliases].sort(),
      matchKeys: matchKeysOf(c.canonical, c.aliases), sure: c.sure, initialOnly: c.initialOnly, single: c.single,
      ...(c.affiliation ? { affiliation: c.affiliation } : {}), ...(c.roleOf ? { roleOf: c.roleOf } : {}),
    };
    analysis.actors.push(local);
  }
  analysis.actors.sort((a, b) => a.key.localeCompare(b.key));
  analysis.actorMentions = mentions.map((x) => ({ key: x.key, start: x.start, end: x.end, surface: x.surface, kind: candidates.get(x.key)!.kind, why: x.why }));
  return analysis;
}

/** Lower-case forms under which an actor is matched across documents. */
export function matchKeysOf(canonical: string, aliases: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const a of [canonical, ...aliases]) {
    const k = a.toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
    keys.add(k);
    keys.add(k.replace(/^(?:u\.s\.|us|uk|u\.k\.|american|british)\s+/, ''));
  }
  return [...keys].sort();
}

const countryOfName = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const name of [c.name, ...c.aliases, ...c.demonyms]) {
    if (name.length >= 3 || name.includes('.')) countryOfName.set(name, c.name);
  }
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COUNTRY_NAMES = new RegExp(`(?<![\\p{L}.])(?:${[...countryOfName.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'gu');

/** Countries named in the text, by how often their names and adjectives occur. */
function countriesOf(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(COUNTRY_NAMES)) {
    const c = countryOfName.get(m[0])!;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}
