/**
 * Who does what to whom inside one clause: the subject before a trigger and the target after.
 * Commas cut a sentence into segments; a segment that opens with a subordinating word ("If the
 * Pentagon chooses…,") or that is a parenthetical ("…, despite being summoned…,") does not hold
 * the main clause's subject. Within the subject's segment the last name before any possessive
 * is its head ("Acme CEO Jane Doe" -> Jane Doe).
 */
import type { RawMention } from './actors';
import type { SentenceInfo } from './context';

export interface Roles {
  actor?: string;
  target?: string;
  /** Every actor of a coordinated subject ("Acme and Initech have agreed"), the head first. */
  actors?: string[];
}

const PRONOUN_PERSON = /^(he|she)$/i;
const PRONOUN_ORG = /^(it|they)$/i;
const COMPANY_NOUN = /^(company|firm|startup|lab|manufacturer|maker|group|vendor|carrier|operator|bank)$/i;
const ORG_NOUN = /^(agency|department|ministry|government|regulator|administration)$/i;
/** Other nouns that head the names of institutions ("the authority", "the commission"). */
const INSTITUTION_NOUN = /^(authority|commission|council|court|office|bureau|parliament|committee|board|union|federation|university)$/i;
const SAYING = /^(said|says|say|told|warned|added|stated|announced|insisted|argued|claimed|noted)$/i;
const SUBORDINATE = /^\W*(?:if|when|whenever|while|whilst|although|though|after|before|as|despite|since|because|unlike|until|once|whether|unless|in|on|for|with|by|from|to|amid|following|according)\b/i;

/**
 * Tracks the last person and organisation named, so that "He said" and "the company" can be
 * read as the actor they stand for.
 */
export class Salience {
  lastPerson?: string;
  lastOrg?: string;
  /** The last company named (not a government, a country or a news outlet cited as a source). */
  lastCompany?: string;
  lastRedLineHolder?: string;
  /** The last body named with each institution noun in its name ("ministry" -> Ministry of Transport). */
  readonly byHead = new Map<string, string>();
  /** The last government body named. */
  lastGovernment?: string;
  update(mentions: RawMention[], kindOf: (key: string) => string | undefined): void {
    for (const m of mentions) {
      const k = kindOf(m.key);
      if (k === 'person') this.lastPerson = m.key;
      else if (k) this.lastOrg = m.key;
      if (k === 'organization' && m.why.rule !== 'actor.outlet') this.lastCompany = m.key;
      if (k === 'government') this.lastGovernment = m.key;
      if (k === 'government' || k === 'organization') {
        for (const w of m.surface.toLowerCase().split(/\s+/)) if (ORG_NOUN.test(w) || INSTITUTION_NOUN.test(w)) this.byHead.set(w, m.key);
      }
    }
  }

  /** The body "the ministry" (or "the agency", "the department"…) stands for here. */
  institution(noun: string): string | undefined {
    const w = noun.toLowerCase();
    return this.byHead.get(w) ?? (ORG_NOUN.test(w) ? this.lastGovernment ?? this.lastOrg : this.lastOrg);
  }
}

interface Segment { start: number; end: number; text: string }

function segmentsOf(s: SentenceInfo, upTo: number): Segment[] {
  const out: Segment[] = [];
  let from = s.start;
  const text = s.fullText;
  for (let i = s.start; i < upTo; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || c === '—' || c === '(' || c === ')') {
      out.push({ start: from, end: i, text: text.slice(from, i) });
      from = i + 1;
    }
  }
  out.push({ start: from, end: upTo, text: text.slice(from, upTo) });
  return out;
}

export function rolesAround(s: SentenceInfo, mentions: RawMention[], trigger: number, salience: Salience, from = s.start): Roles {
  const possessed = (m: RawMention) => /^\s*['’]s\b/.test(s.fullText.slice(m.end, m.end + 4));
  const inRange = (m: RawMention, a: number, b: number) => m.start >= a && m.end <= b;
  const segments = segmentsOf(s, trigger).filter((g) => g.end > from);
  let actor: string | undefined;
  // The trigger's own segment: the nearest head before it.
  const own = segments[segments.length - 1];
  if (!own) return { target: mentions.find((m) => m.start >= trigger)?.key };
  const ownMentions = mentions.filter((m) => inRange(m, own.start, own.end) && !possessed(m));
  let actors: string[] | undefined;
  if (ownMentions.length) {
    const head = headOf(s, ownMentions);
    actor = ownMentions[head].key;
    actors = coordinated(s, ownMentions.slice(0, head + 1));
  }
  if (!actor) actor = pronoun(s, own.start, trigger, salience);
  if (!actor) {
    // An earlier segment that is neither subordinate nor parenthetical holds the subject.
    for (let i = 0; i < segments.length - 1 && !actor; i++) {
      const g = segments[i];
      if (SUBORDINATE.test(g.text) || (i > 0 && /^\s*\p{Ll}/u.test(g.text))) continue;
      const ms = mentions.filter((m) => inRange(m, g.start, g.end) && !possessed(m));
      if (ms.length) actor = ms[headOf(s, ms)].key;
      else actor = pronoun(s, g.start, g.end, salience);
    }
  }
  const target = mentions.find((m) => m.start >= trigger && m.key !== actor)?.key;
  return { actor, target, ...(actors && actors.length > 1 ? { actors } : {}) };
}

/**
 * The subject's head among the names of a segment: the first name, carried along a chain of
 * names joined by titles or coordination ("Acme CEO Jane Doe", "Acme and Initech").
 */
function headOf(s: SentenceInfo, ms: RawMention[]): number {
  let i = 0;
  while (i + 1 < ms.length && chains(s.fullText.slice(ms[i].end, ms[i + 1].start))) i++;
  return i;
}

/** What may stand between two names of one chain: capitalised words (titles), a possessive, or "and". */
function chains(between: string): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1 && /^,?(?:and|or|&)$/.test(words[0])) return true;
  if (words.length === 2 && words[0] === ',' && /^(?:and|or|&)$/.test(words[1])) return true;
  return words.every((w, k) => (k === 0 && /^['’]s$/.test(w)) || /^\p{Lu}[\p{L}.-]*$/u.test(w));
}

/** The names joined by "and" or commas at the end of a segment: "Acme and Initech", "Acme, Initech, and Globex". */
function coordinated(s: SentenceInfo, ms: RawMention[]): string[] {
  const out = [ms[ms.length - 1].key];
  for (let i = ms.length - 2; i >= 0; i--) {
    const between = s.fullText.slice(ms[i].end, ms[i + 1].start);
    if (!/^\s*(?:,\s*)?(?:and|or|&)?\s*$/.test(between) || between.trim() === '') break;
    out.push(ms[i].key);
  }
  return [...new Set(out)];
}

function pronoun(s: SentenceInfo, from: number, to: number, salience: Salience): string | undefined {
  const toks = s.tokens.filter((t) => t.start >= from && t.end <= to);
  for (let i = toks.length - 1; i >= 0; i--) {
    if (PRONOUN_PERSON.test(toks[i].text) && salience.lastPerson) return salience.lastPerson;
    if (PRONOUN_ORG.test(toks[i].text)) {
      // "The ministry said it would…": "it" is the one who said it.
      if (i > 0 && SAYING.test(toks[i - 1].text)) {
        const speaker = pronoun(s, from, toks[i - 1].start, salience);
        if (speaker) return speaker;
      }
      if (salience.lastOrg) return salience.lastOrg;
    }
    if (/^the$/i.test(toks[i].text) && COMPANY_NOUN.test(toks[i + 1]?.text ?? '') && salience.lastCompany) return salience.lastCompany;
    if (/^the$/i.test(toks[i].text) && (ORG_NOUN.test(toks[i + 1]?.text ?? '') || INSTITUTION_NOUN.test(toks[i + 1]?.text ?? ''))) {
      const body = salience.institution(toks[i + 1].text);
      if (body) return body;
    }
  }
  return undefined;
}
