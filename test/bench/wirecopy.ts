/**
 * A deterministic wire-copy corpus: news as archives hold it, where many documents share many
 * passages. Of the sentences, about 6 % are near-copies of agency copy (a small pool of
 * sentences that every outlet carries, growing with the corpus), 20 % near-copies of sentences
 * earlier in the corpus (a story picked up and rewritten), and the rest novel sentences of
 * invented words and names in the shapes of news prose (statements, threats, refusals,
 * agreements, figures), so that the extractors find in it what they find in news.
 */
import { rng } from './corpus';

/** The shares of sentences that are near-copies of agency copy and of earlier sentences. */
const AGENCY_SHARE = 0.06;
const EARLIER_SHARE = 0.2;
/** The agency pool starts with this many sentences and gains one every AGENCY_EVERY documents. */
const AGENCY_START = 30;
const AGENCY_EVERY = 10;
/** Agency copy is mostly about the latest stories: this share of it is one of the newest few. */
const AGENCY_RECENT_SHARE = 0.7;
const AGENCY_RECENT = 40;

const SYLLABLES = ['ka', 'lo', 'ren', 'vi', 'sta', 'mor', 'tel', 'an', 'dru', 'pe', 'ze', 'qua', 'nor', 'bel', 'tis', 'ra', 'gon', 'mi', 'sul', 'dor'];
const TITLES = ['minister', 'chief executive', 'spokesperson', 'director', 'governor', 'chairman', 'president', 'secretary'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORG_KINDS = ['Group', 'Holdings', 'Authority', 'Bank', 'Council', 'Union', 'Agency', 'Ministry'];
const PAST = ['refused', 'rejected', 'announced', 'approved', 'blocked', 'suspended', 'signed', 'cancelled', 'accepted', 'denied', 'criticised', 'defended'];
const BASE = ['suspend', 'block', 'approve', 'review', 'cancel', 'sanction', 'fine', 'expand', 'restrict', 'investigate'];
const UNITS = ['percent', 'million tonnes', 'million passengers', 'billion dollars', 'thousand jobs'];

/** The documents, one at a time: `count` texts of about `docBytes` characters each. */
export function* wireCopyDocs(count: number, seed = 1, docBytes = 5000): Generator<string> {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const word = (n: number) => { let s = ''; for (let i = 0; i < n; i++) s += pick(SYLLABLES); return s; };
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  // Invented vocabulary and names, shared by the whole corpus.
  const nouns = Array.from({ length: 400 }, () => word(int(2, 3)) + pick(['ion', 'ment', 'ance', 'ity', 'er']));
  const adjectives = Array.from({ length: 150 }, () => word(2) + pick(['al', 'ic', 'ive', 'ous']));
  const verbs = Array.from({ length: 120 }, () => word(2) + pick(['ate', 'ise', 'ify']));
  const places = Array.from({ length: 120 }, () => cap(word(int(2, 3))));
  const orgs = Array.from({ length: 300 }, () => (rand() < 0.2 ? `Ministry of ${cap(pick(nouns))}` : `${cap(word(int(2, 3)))} ${pick(ORG_KINDS)}`));
  const people = Array.from({ length: 600 }, () => `${cap(word(2))} ${cap(word(int(2, 3)))}`);
  const agencies = ['Wire Press', 'Global Newswire', 'Continental Press'];
  const num = () => String(int(2, 900));

  const novel = (): string => {
    const org = pick(orgs); const org2 = pick(orgs); const person = pick(people); const place = pick(places);
    const noun = pick(nouns); const noun2 = pick(nouns); const adj = pick(adjectives);
    switch (int(0, 11)) {
      case 0: return `${org} ${pick(PAST)} a ${adj} ${noun} to ${pick(BASE)} the ${noun2} of ${place}.`;
      case 1: return `${person}, the ${pick(TITLES)} of ${org}, said the ${noun} would ${pick(verbs)} ${num()} ${noun2}s by ${pick(DAYS)}.`;
      case 2: return `"We will not ${pick(BASE)} the ${noun} without a court order," ${person} told reporters in ${place}.`;
      case 3: return `The ${noun} of ${place} rose to ${num()} ${pick(UNITS)} in ${pick(MONTHS)}, according to ${org}.`;
      case 4: return `${org} threatened to ${pick(BASE)} the ${noun} unless ${org2} agreed to ${pick(verbs)} its ${noun2}.`;
      case 5: return `${person} warned that ${org} would ${pick(BASE)} ${org2} if the ${adj} ${noun} went ahead.`;
      case 6: return `Officials in ${place} said talks with ${org} over the ${adj} ${noun} had collapsed on ${pick(DAYS)}.`;
      case 7: return `${org} agreed to pay $${num()} million to settle the ${noun} with ${org2}.`;
      case 8: return `The ${noun} ${pick(verbs)}s the ${noun2} and ${pick(verbs)}s the ${adj} ${pick(nouns)}, ${person} wrote.`;
      case 9: return `Analysts at ${org} expect the ${noun} to ${pick(verbs)} by ${num()} percent this year.`;
      case 10: return `${person} of ${org} refused to ${pick(verbs)} the ${noun2}, calling the ${noun} ${adj}.`;
      default: return `${org} and ${org2} signed a ${adj} ${noun} in ${place} after ${num()} days of talks.`;
    }
  };

  // A near-copy: the same sentence with one or two small edits, as an outlet rewrites copy.
  const nearCopy = (s: string): string => {
    let out = s;
    for (let edits = int(1, 2); edits > 0; edits--) {
      switch (int(0, 4)) {
        case 0: out = out.replace(/\d+/, () => num()); break;
        case 1: out = `${pick(['Meanwhile, ', 'On Tuesday, ', 'Separately, ', 'In a statement, '])}${/^(?:The|Officials|Analysts) /.test(out) ? out[0].toLowerCase() + out.slice(1) : out}`; break;
        case 2: out = out.replace(/\.$/, `, ${pick(agencies)} reported.`); break;
        case 3: { const w = out.match(/\b[a-z]{6,}\b/); if (w) out = out.replace(w[0], pick(nouns)); break; }
        default: { const at = out.indexOf(', '); if (at > 30) out = `${out.slice(0, at)}.`; break; }
      }
    }
    return out;
  };

  const agency: string[] = Array.from({ length: AGENCY_START }, novel);
  const earlier: string[] = [];
  for (let d = 0; d < count; d++) {
    if (d > 0 && d % AGENCY_EVERY === 0) agency.push(novel());
    const parts = [`${pick(orgs)} ${pick(PAST)} ${pick(adjectives)} ${pick(nouns)}`, `${pick(places).toUpperCase()} (${pick(agencies)}) -`];
    let size = parts[0].length + parts[1].length;
    let paragraph: string[] = [];
    const mine: string[] = [];
    while (size < docBytes) {
      const r = rand();
      let s: string;
      if (r < AGENCY_SHARE) {
        const recent = rand() < AGENCY_RECENT_SHARE;
        s = nearCopy(recent ? agency[agency.length - 1 - Math.floor(rand() * Math.min(AGENCY_RECENT, agency.length))] : pick(agency));
      } else if (r < AGENCY_SHARE + EARLIER_SHARE && earlier.length) s = nearCopy(pick(earlier));
      else s = novel();
      mine.push(s);
      paragraph.push(s);
      size += s.length + 1;
      if (paragraph.length >= int(2, 5)) { parts.push(paragraph.join(' ')); paragraph = []; }
    }
    if (paragraph.length) parts.push(paragraph.join(' '));
    // A document's own sentences become what later documents may copy.
    for (const s of mine) earlier.push(s);
    yield parts.join('\n\n');
  }
}
