/**
 * What is settled once a document's names are all found: the defined term "the Company", names
 * that only stood before a law's or a document's head, and surnames of people named in full.
 */
import type { ActorCandidate, RawMention } from './actors';
import { norm, outlets } from './known';
/**
 * The defined term "the Company" stands for the organisation the document names most (not a
 * person, place or outlet); with none, it is left alone.
 */
export function placeDefinedTerms(terms: { start: number; end: number; surface: string }[], candidates: Map<string, ActorCandidate>, mentions: RawMention[]): void {
  if (!terms.length) return;
  const count = new Map<string, number>();
  for (const m of mentions) {
    const c = candidates.get(m.key);
    if (c && c.kind === 'organization' && c.sure && !outlets.has(norm(c.canonical))) count.set(m.key, (count.get(m.key) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [key, n] of count) if (!best || n > count.get(best)!) best = key;
  if (!best) return;
  const taken = new Set(mentions.map((m) => m.start));
  for (const t of terms) {
    if (taken.has(t.start)) continue;
    candidates.get(best)!.aliases.add(t.surface);
    mentions.push({ key: best, start: t.start, end: t.end, surface: t.surface, why: { rule: 'actor.defined-term', words: [`the ${t.surface}`] } });
  }
}

/** Takes out the candidates that only name a law, a plan or a document of this one ("Taft-Hartley"). */
export function dropNonActorNames(names: Set<string>, candidates: Map<string, ActorCandidate>, mentions: RawMention[]): RawMention[] {
  if (!names.size) return mentions;
  const gone = new Set<string>();
  for (const c of candidates.values()) {
    if ((c.key.startsWith('name:') || c.key.startsWith('person:')) && names.has(norm(c.canonical))) gone.add(c.key);
  }
  if (!gone.size) return mentions;
  for (const k of gone) candidates.delete(k);
  return mentions.filter((m) => !gone.has(m.key));
}

/** A single word that is the surname of a person this document names in full is that person. */
export function resolveSurnames(candidates: Map<string, ActorCandidate>, mentions: RawMention[]): void {
  const bySurname = new Map<string, string[]>();
  for (const c of candidates.values()) {
    if (c.kind !== 'person' || c.single) continue;
    const sn = c.canonical.toLowerCase().split(/\s+/).pop()!;
    bySurname.set(sn, [...(bySurname.get(sn) ?? []), c.key]);
  }
  const moved = new Map<string, string>();
  for (const c of [...candidates.values()]) {
    if (!c.single || (!c.key.startsWith('name:') && !c.key.startsWith('person:'))) continue;
    const people = bySurname.get(c.canonical.toLowerCase().split(/\s+/).pop()!);
    if (!people || people.length !== 1 || people[0] === c.key) continue;
    const person = candidates.get(people[0])!;
    c.aliases.forEach((a) => person.aliases.add(a));
    moved.set(c.key, person.key);
    candidates.delete(c.key);
  }
  if (moved.size) for (const m of mentions) m.key = moved.get(m.key) ?? m.key;
}
