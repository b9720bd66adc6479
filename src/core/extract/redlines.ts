/** Red lines: limits an actor states it will not cross or allow. */
import type { RedLine } from '../schema';
import { RED_LINE_PATTERNS } from '../lexicons/predicates';
import type { SentenceInfo } from './context';
import type { RawMention } from './actors';
import { rolesAround, type Salience } from './roles';

export function extractRedLines(s: SentenceInfo, mentions: RawMention[], salience: Salience): RedLine[] {
  if (s.heading) return [];
  for (const { id, pattern } of RED_LINE_PATTERNS) {
    const m = pattern.exec(s.lower);
    if (!m) continue;
    const roles = rolesAround(s, mentions, s.start + m.index, salience);
    const rest = s.text.slice(m.index + m[0].length).replace(/^[\s:,“"‘']+/, '');
    const what = (rest.split(/[.;:,]/)[0] || m[0]).trim().slice(0, 80);
    return [{ start: s.start, end: s.end, holder: roles.actor ?? salience.lastOrg, what, why: { rule: id, words: [s.text.substr(m.index, m[0].length)] } }];
  }
  return [];
}
