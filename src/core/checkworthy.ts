/**
 * Which uncorroborated claims are worth a diagnostic: those a reader can check against another
 * source — a figure, a date, a quotation, a named actor doing something. The rest stay in the
 * lens and the tree. This only chooses what the Problems panel shows: the analysis and its
 * exports keep every claim and its corroboration as they are.
 */
import type { Claim, ClaimStatus, DocumentView } from './schema';

/** How much an uncorroborated claim must hold to be reported. */
export type ClaimFloor = 'all' | 'checkable' | 'facts';
export const CLAIM_FLOORS: readonly ClaimFloor[] = ['all', 'checkable', 'facts'];

/** What makes a claim checkable, in the order it is named. */
export type CheckReason = 'figure' | 'date' | 'quotation' | 'actor';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** A date or a day: "Sept. 30", "on Thursday", "in 2024", "yesterday", "last week". */
const DATE = new RegExp(`\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTHS})\\b|(?:January|February|March|April|June|July|August|September|October|November|December)\\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|(?:19|20)\\d{2}\\b|[Yy]esterday\\b|last (?:week|month|year|night)\\b)`);
/** A quotation mark and what follows it up to the closing one. */
const QUOTED = /[“"‘][^”"’]{0,400}/g;

/** Words someone said, quoted: at least four words inside quotation marks (a quoted term is not a quotation). */
function hasQuotation(text: string): boolean {
  for (const m of text.matchAll(QUOTED)) if (m[0].slice(1).trim().split(/\s+/).length >= 4) return true;
  return false;
}

/** Why a claim is worth checking against other sources, or undefined when it is not. */
export function whyWorthChecking(c: Claim): CheckReason | undefined {
  if (c.figures.some((f) => /\d/.test(f))) return 'figure';
  if (DATE.test(c.excerpt)) return 'date';
  if (hasQuotation(c.excerpt)) return 'quotation';
  // A named actor doing something: an event of its own, or taking a stance, and not a habit ("usually").
  if (c.actors.length && (c.predicate || c.stance) && !c.generic) return 'actor';
  return undefined;
}

/** Does a claim clear the floor? `facts` asks for a figure, a date or a quotation; `checkable` also takes an actor's act. */
export function clearsFloor(reason: CheckReason | undefined, floor: ClaimFloor): boolean {
  if (floor === 'all') return true;
  if (!reason) return false;
  return floor === 'checkable' || reason !== 'actor';
}

/** The uncorroborated claims of a document that the Problems panel reports, each with why. */
export function uncorroboratedToReport(view: DocumentView, floor: ClaimFloor): { claim: ClaimStatus; reason?: CheckReason }[] {
  const byStart = new Map(view.analysis.claims.map((c) => [`${c.start}:${c.end}`, c]));
  const out: { claim: ClaimStatus; reason?: CheckReason }[] = [];
  for (const s of view.claims) {
    if (s.corroborated) continue;
    const c = byStart.get(`${s.start}:${s.end}`);
    const reason = c ? whyWorthChecking(c) : undefined;
    if (clearsFloor(reason, floor)) out.push({ claim: s, reason });
  }
  return out;
}
