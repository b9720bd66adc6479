/** Red lines: limits an actor states it will not cross or allow. */
import type { RedLine } from '../schema';
import { RED_LINE_PATTERNS } from '../lexicons/predicates';
import type { SentenceInfo } from './context';
import type { RawMention } from './actors';
import { rolesAround, type Salience } from './roles';
import { anyOf } from '../patterns';
import { REFUSAL_PATTERNS } from '../lexicons/coercion';
import { agentSubject } from './subject';

/** Named limits first, then standing refusals; a refusal needs an agent for its subject. */
const PATTERNS: readonly { id: string; pattern: RegExp; volitional?: boolean }[] = [...RED_LINE_PATTERNS, ...REFUSAL_PATTERNS];
/** Does any red-line pattern match at all (most sentences hold none)? */
const ANY_RED_LINE = anyOf(PATTERNS.map((p) => p.pattern));

export function extractRedLines(s: SentenceInfo, mentions: RawMention[], salience: Salience): RedLine[] {
  if (s.heading || !ANY_RED_LINE.test(s.lower)) return [];
  for (const { id, pattern, volitional } of PATTERNS) {
    const m = pattern.exec(s.lower);
    if (!m) continue;
    if (volitional && !agentSubject(s, s.start + m.index, mentions)) continue;
    const roles = rolesAround(s, mentions, s.start + m.index, salience);
    // A list of limits ("No X: …") continues the holder of the red line that introduced it.
    const holder = roles.actor ?? salience.lastRedLineHolder ?? salience.lastOrg;
    if (holder) salience.lastRedLineHolder = holder;
    return [{ start: s.start, end: s.end, holder, what: whatOf(s.text, m.index, m[0]), why: { rule: id, words: [s.text.substr(m.index, m[0].length)] } }];
  }
  return [];
}

/** What the limit is about: the words after the trigger up to the next break, or the trigger itself. */
function whatOf(text: string, at: number, trigger: string): string {
  if (/^no /.test(trigger)) return text.slice(at, at + trigger.length - 1).trim();
  const rest = text.slice(at + trigger.length).replace(/^[\s:,“”"‘’']+/, '');
  const words = (rest.split(/[.;:,”"’]/)[0] ?? '').trim().split(/\s+/).filter(Boolean);
  const what = words.length >= 2 ? words.slice(0, 10).join(' ') : text.substr(at, trigger.length);
  return what.replace(/[\s”"’]+$/, '');
}
