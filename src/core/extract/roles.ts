/** Who does what to whom inside one sentence: the actor before a trigger and the one after it. */
import type { RawMention } from './actors';
import type { SentenceInfo } from './context';

export interface Roles { actor?: string; target?: string }

const PRONOUN_PERSON = /^(he|she|him|her|his)$/i;
const PRONOUN_ORG = /^(it|its)$/i;

/**
 * Tracks the last person and organisation named, so that "He said" and "the company" can be
 * read as the actor they stand for.
 */
export class Salience {
  lastPerson?: string;
  lastOrg?: string;
  update(mentions: RawMention[], kindOf: (key: string) => string | undefined): void {
    for (const m of mentions) {
      const k = kindOf(m.key);
      if (k === 'person') this.lastPerson = m.key;
      else if (k) this.lastOrg = m.key;
    }
  }
}

export function rolesAround(s: SentenceInfo, mentions: RawMention[], trigger: number, salience: Salience): Roles {
  const before = mentions.filter((m) => m.end <= trigger);
  const after = mentions.filter((m) => m.start >= trigger);
  let actor = before.length ? subjectOf(before) : undefined;
  if (!actor) {
    // A pronoun subject before the trigger stands for the last actor named.
    const toks = s.tokens.filter((t) => t.end <= trigger);
    for (let i = toks.length - 1; i >= 0; i--) {
      if (PRONOUN_PERSON.test(toks[i].text) && salience.lastPerson) { actor = salience.lastPerson; break; }
      if (PRONOUN_ORG.test(toks[i].text) && salience.lastOrg) { actor = salience.lastOrg; break; }
      if (/^the$/i.test(toks[i].text) && /^(company|firm|startup|lab)$/i.test(toks[i + 1]?.text ?? '') && salience.lastOrg) { actor = salience.lastOrg; break; }
    }
  }
  const target = after.find((m) => m.key !== actor)?.key;
  return { actor, target };
}

/** The subject among mentions before the trigger: the first one, unless it only modifies a later one. */
function subjectOf(before: RawMention[]): string {
  return before[0].key;
}
