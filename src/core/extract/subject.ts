/**
 * Whether the subject of a predicate can be an agent: an actor named there, a personal or
 * relative pronoun, or a noun that names people or institutions ("the judge", "the
 * university"). "The strike threatens to close the ports" and "the shop will not open" have
 * subjects that threaten or refuse nothing; only an agent can coerce or hold a limit.
 */
import type { RawMention } from './actors';
import type { SentenceInfo } from './context';
import { TITLE_HEADS } from '../lexicons/titles';
import { GOVERNMENT_HEADS, ORGANIZATION_HEADS } from '../lexicons/organizations';
import { GENERIC_ORG_NOUNS } from '../lexicons/common';

/** Pronouns that stand for a person or a body (and relatives whose antecedent is one). */
const AGENT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that', 'one']);

/** Common nouns of people and groups that act (plurals and collectives of news prose). */
const PEOPLE_NOUNS = new Set([
  'officials', 'authorities', 'leaders', 'lawmakers', 'legislators', 'ministers', 'judges', 'regulators',
  'prosecutors', 'police', 'workers', 'employees', 'members', 'unions', 'negotiators', 'administration',
  'employer', 'employers', 'owners', 'operators', 'producers', 'users', 'protesters', 'students', 'staff',
  'management', 'executives', 'investors', 'shareholders', 'activists', 'critics', 'republicans', 'democrats',
  'man', 'woman', 'people', 'person', 'citizens', 'voters', 'residents', 'institution', 'firm', 'platform',
  'network', 'school', 'campus', 'side', 'sides', 'team', 'body', 'country', 'nation', 'state', 'states',
  'force', 'panel', 'task', 'unit', 'office',
  // Documents and acts that speak for their author ("a statement announcing the freeze").
  'statement', 'letter', 'order', 'ruling', 'decision', 'decree', 'notice', 'memo', 'directive', 'judgment',
]);

/** Words that may stand between a subject and its verb without being the subject. */
const BETWEEN = new Set([
  'also', 'still', 'simply', 'now', 'then', 'again', 'reportedly', 'already', 'repeatedly', 'once', 'even',
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'not', 'never', 'allegedly', 'apparently',
  'later', 'soon', 'further', 'publicly', 'privately', 'openly', 'explicitly', 'formally', 'officially',
  // Catenative verbs before the predicate ("began reviewing", "moved to freeze", "decided to cut").
  'to', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'moved', 'move', 'moves', 'decided', 'decide',
  'sought', 'seek', 'tried', 'try', 'vowed', 'plans', 'planned', 'plan', 'voted', 'agreed', 'chose', 'continued',
]);

function isAgentNoun(word: string): boolean {
  return AGENT_PRONOUNS.has(word) || PEOPLE_NOUNS.has(word) || TITLE_HEADS.has(word) || GOVERNMENT_HEADS.has(word)
    || ORGANIZATION_HEADS.has(word) || GENERIC_ORG_NOUNS.has(word);
}

/**
 * Reads the words before `at` (an offset in the document) back to the subject: adverbs and
 * auxiliaries are stepped over; the first other word decides. A name (a mention, or a
 * capitalised word that may be one) is an agent; so is an agent noun; any other common noun is
 * not. A sentence that starts at the predicate has no subject to judge and counts as an agent.
 */
export function agentSubject(s: SentenceInfo, at: number, mentions: readonly RawMention[]): boolean {
  for (let i = s.tokens.length - 1; i >= 0; i--) {
    const t = s.tokens[i];
    if (t.end > at) continue;
    if (!t.word) {
      // A quotation mark, a possessive or a dash between subject and verb tells nothing; a comma ends the subject.
      if (/^[,;:(]$/.test(t.text)) return true;
      continue;
    }
    const w = t.text.toLowerCase();
    if (BETWEEN.has(w) || w.endsWith('ly') || /^['’]s$/.test(w)) continue;
    if (mentions.some((m) => m.start <= t.start && t.end <= m.end)) return true;
    if (/^\p{Lu}/u.test(t.text)) return true;
    return isAgentNoun(w) || isAgentNoun(w.replace(/s$/, ''));
  }
  return true;
}
