/** The corpora the lens and diagnostics tests read: the sample corpus and three news stories, in test/fixtures. */
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../../src/core/corpus';
import type { CorpusSnapshot, DocumentView } from '../../src/core/schema';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
/** The sample corpus and the news stories (short openings of real articles, with their sources.json). */
export const CORPORA = ['standoff', 'brazil-x-suspension', 'harvard-funding-freeze', 'us-port-strike'];

export function loadCorpus(name: string): { snapshot: CorpusSnapshot; texts: Map<string, string> } {
  const dir = path.join(FIXTURES, name);
  const index = new CorpusIndex();
  const texts = new Map<string, string>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const uri = `file:///${name}/${f}`;
    texts.set(uri, fs.readFileSync(path.join(dir, f), 'utf8'));
    index.set(uri, texts.get(uri)!);
  }
  return { snapshot: index.snapshot(), texts };
}

export function viewOf(s: CorpusSnapshot, uri: string): DocumentView {
  return { analysis: s.analyses[uri], claims: s.claims.filter((c) => c.uri === uri), links: s.links };
}

