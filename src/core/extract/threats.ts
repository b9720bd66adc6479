/**
 * Threats: an actor threatens, warns, issues an ultimatum, or considers or takes a coercive step
 * against another. Reported possibilities ("could be labeled") are kept, since a reported
 * possibility of coercion is how threats are usually written about; negated threats ("did not
 * threaten") are not.
 */
import type { Threat } from '../schema';
import { COERCIVE_STEPS, THREAT_PATTERNS } from '../lexicons/predicates';
import type { SentenceInfo } from './context';
import type { RawMention } from './actors';
import { rolesAround, type Salience } from './roles';
import { anyOf } from '../patterns';
import { COMPULSION_PATTERNS } from '../lexicons/coercion';
import { agentSubject } from './subject';

const NEGATED = /\b(?:not|never|no longer|denied|denies|deny|without)\s+(?:\w+\s+)?$/;

/** The coercive step a passage names after `from`: the first specific one, else general pressure. */
export function coerciveStep(lower: string, from = 0): { step: string; word: string } | undefined {
  let best: { step: string; word: string; at: number } | undefined;
  let general: { step: string; word: string } | undefined;
  for (const { step, words } of COERCIVE_STEPS) {
    for (const w of words) {
      const at = indexOfWord(lower, w, from);
      if (at < 0) continue;
      if (step === 'pressure') { general = general ?? { step, word: w }; continue; }
      if (!best || at < best.at) best = { step, word: w, at };
    }
  }
  return best ? { step: best.step, word: best.word } : general;
}

export function indexOfWord(lower: string, word: string, from = 0): number {
  for (let at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + 1)) {
    const b = lower.charAt(at - 1);
    const a = lower.charAt(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(b) && !/[\p{L}\p{N}]/u.test(a)) return at;
  }
  return -1;
}

/** Open threats first, then compulsion written as measures, orders and conditions. */
const PATTERNS = [...THREAT_PATTERNS, ...COMPULSION_PATTERNS];
/**
 * "A standoff threatened to exclude the startup": a subject that is no agent still reports a
 * threat when the verb names a coercive step right after it.
 */
function stepFollows(lower: string, at: number): boolean {
  const next = /^ to (\w+)(?: (\w+))?/.exec(lower.slice(at, at + 40));
  const names = (v?: string) => !!v && COERCIVE_STEPS.some(({ step, words }) => step !== 'pressure' && words.some((w) => w.length >= 4 && v.startsWith(w)));
  return !!next && (names(next[1]) || names(next[2]));
}

/** Does any threat pattern match at all (most sentences hold none)? */
const ANY_THREAT = anyOf(PATTERNS.map((p) => p.pattern));
/** Rules whose verb needs an agent for its subject ("the strike threatens to close the ports" is a risk). */
const AGENTIVE = new Set(['threat.verb', 'threat.measure', 'threat.measure-announced', 'threat.order']);

export function extractThreats(s: SentenceInfo, mentions: RawMention[], salience: Salience): Threat[] {
  if (s.heading || !ANY_THREAT.test(s.lower)) return [];
  for (const { id, pattern } of PATTERNS) {
    const m = pattern.exec(s.lower);
    if (!m) continue;
    if (NEGATED.test(s.lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (AGENTIVE.has(id) && !agentSubject(s, s.start + m.index, mentions) && !stepFollows(s.lower, m.index + m[0].length)) continue;
    // A limit an actor sets itself ("self-imposed restrictions") coerces no one.
    if (s.lower.endsWith('self-', m.index)) continue;
    const named = coerciveStep(s.lower, m.index) ?? coerciveStep(s.lower);
    // A warning that names no step against anyone ("warned that the world is in peril") is a caution.
    if (!named && id === 'threat.warn') continue;
    const step = named ?? { step: 'threat', word: m[0] };
    const roles = rolesAround(s, mentions, s.start + m.index, salience);
    return [{
      start: s.start, end: s.end, actor: roles.actor, target: roles.target, what: step.step,
      why: { rule: id, words: [s.text.substr(m.index, m[0].length), ...(step.word !== m[0] ? [step.word] : [])] },
    }];
  }
  return [];
}
