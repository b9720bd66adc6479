/**
 * When things happened, read from the text: the date of a document (given by its sources file or
 * front matter, or its dateline: "Coastal Times, 12 March") and the date a passage gives its
 * event ("on Tuesday", "last month", "3 January 2025"), relative dates resolved against the
 * document's date. chrono-node does the reading: it knows the many ways English writes a date,
 * which a hand-written pattern would only half know.
 */
import { en, type ParsedResult } from 'chrono-node';

export interface FoundDate {
  /** yyyy-mm-dd */
  date: string;
  /** The words it was read from. */
  text: string;
}

/** A date that names its month (or is written in numbers): it does not depend on when it was written. */
const ABSOLUTE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i;
const RELATIVE_WORD = /\b(?:last|next|this|ago|yesterday|today|tomorrow)\b/i;
/** Words before a date that make it a deadline or a bound, not the day something happened. */
const BOUND_BEFORE = /\b(?:until|till|by|before|after|deadline(?: of)?|due|expires?|from)\s*$/i;
/** Readings that are no date: "now", a span of hours ("24 hours before"). */
const NOT_A_DAY = /^(?:now|right now)$|\b(?:hours?|minutes?|seconds?)\b/i;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const at = (instant: Date) => ({ instant, timezone: 0 });

function noonOf(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : undefined;
}

function isAbsolute(r: ParsedResult): boolean {
  return ABSOLUTE.test(r.text) && !RELATIVE_WORD.test(r.text);
}

/**
 * A reading's day. A date with no year read against `reference` (the present, not the document's
 * own date) is the last such day up to it: "12 March" read in December is the March before.
 */
function dayOf(r: ParsedResult, reference: Date, pastOnly: boolean): string {
  const d = r.start.date();
  if (pastOnly && !r.start.isCertain('year') && d.getTime() > reference.getTime() + 86_400_000) d.setUTCFullYear(d.getUTCFullYear() - 1);
  return isoDay(d);
}

/** Readings of a text that name a day or a month something happened on. */
function days(text: string, reference: Date): ParsedResult[] {
  return en.casual.parse(text, at(reference))
    .filter((r) => !NOT_A_DAY.test(r.text.trim()) && !BOUND_BEFORE.test(text.slice(0, r.index)));
}

/**
 * A document's date: the given one (sources file, front matter) when it reads as a date, else
 * the first date its first lines name. A year left out is taken from `reference`.
 */
export function documentDate(text: string, given: string | undefined, reference: Date): FoundDate | undefined {
  if (given) {
    const r = en.casual.parse(given, at(reference))[0];
    if (r) return { date: dayOf(r, reference, true), text: given };
  }
  const head = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 4).join('\n').slice(0, 400);
  const r = days(head, reference).find(isAbsolute);
  return r ? { date: dayOf(r, reference, true), text: r.text.trim() } : undefined;
}

/**
 * The date a passage gives what it reports: its first date that is not a deadline. Relative
 * dates ("on Tuesday", "yesterday") need the document's date; without one only absolute dates
 * count, their year (when left out) from `reference`.
 */
export function passageDate(passage: string, documentDay: string | undefined, reference: Date): FoundDate | undefined {
  const ref = (documentDay && noonOf(documentDay)) || reference;
  const r = days(passage, ref).find((x) => documentDay || isAbsolute(x));
  return r ? { date: dayOf(r, ref, !documentDay), text: r.text.trim() } : undefined;
}
