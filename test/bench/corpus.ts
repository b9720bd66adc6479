/**
 * A deterministic synthetic corpus for benchmarks: documents of about 5 KB built from the
 * sentences of the sample corpus, with names, words and figures perturbed by a seeded generator,
 * so that sizes from 100 to 10,000 documents can be analysed repeatably.
 */
import * as fs from 'fs';
import * as path from 'path';
import { segment } from '../../src/core/segment';

/** Mulberry32: a small, fast, seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'ren', 'vi', 'sta', 'mor', 'tel', 'an', 'dru', 'pe', 'ze', 'qua', 'nor', 'bel', 'tis', 'ra'];
const WORD_SWAPS: Record<string, string[]> = {
  refused: ['rejected', 'declined', 'refused'], threatened: ['warned', 'threatened'], demand: ['request', 'demand'],
  company: ['firm', 'company', 'startup'], military: ['armed forces', 'military'], contract: ['deal', 'contract'],
};

export function sampleSentences(corpusDir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(corpusDir).sort()) {
    const text = fs.readFileSync(path.join(corpusDir, f), 'utf8');
    for (const s of segment(text).sentences) {
      const t = text.slice(s.start, s.end);
      if (t.length > 40) out.push(t);
    }
  }
  return out;
}

export function makeCorpus(sentences: string[], count: number, seed = 1, docBytes = 5000): string[] {
  return [...corpusDocs(sentences, count, seed, docBytes)];
}

/** The same documents as makeCorpus, one at a time (as a reader of files gets them). */
export function* corpusDocs(sentences: string[], count: number, seed = 1, docBytes = 5000): Generator<string> {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const name = () => { let s = ''; for (let i = 0, n = 2 + Math.floor(rand() * 2); i < n; i++) s += pick(SYLLABLES); return s[0].toUpperCase() + s.slice(1); };
  // A pool of invented organisations and people, shared across documents so that they corroborate.
  const orgs = Array.from({ length: 200 }, () => name());
  const people = Array.from({ length: 300 }, () => `${name()} ${name()}`);
  for (let d = 0; d < count; d++) {
    const parts: string[] = [`Report ${d + 1} on ${pick(orgs)}`];
    let size = parts[0].length;
    while (size < docBytes) {
      let s = pick(sentences);
      s = s.replace(/\bAnthropic\b/g, pick(orgs)).replace(/\b(?:Dario Amodei|Pete Hegseth|Sam Altman)\b/g, pick(people))
        .replace(/\d+/g, () => String(Math.floor(rand() * 500)))
        .replace(/\b(refused|threatened|demand|company|military|contract)\b/g, (w) => pick(WORD_SWAPS[w]));
      parts.push(s);
      size += s.length + 1;
    }
    yield parts.join('\n');
  }
}
