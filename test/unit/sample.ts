/**
 * Documents for the tests, built in memory: the sample corpus read into an index with the texts
 * the exporters take, and one invented document analysed in its own corpus.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../../src/core/corpus';

const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'standoff');

/** The sample corpus under `root`: its index, its texts as the exporters take them, and each file's text by name. */
export function loadSample(root: string): { index: CorpusIndex; texts: Map<string, { text: string; bom: number }>; docs: Record<string, string> } {
  const index = new CorpusIndex();
  const texts = new Map<string, { text: string; bom: number }>();
  const docs: Record<string, string> = {};
  for (const f of fs.readdirSync(SAMPLE).sort()) {
    docs[f] = fs.readFileSync(path.join(SAMPLE, f), 'utf8');
    index.set(`${root}/${f}`, docs[f]);
    texts.set(`${root}/${f}`, { text: docs[f], bom: 0 });
  }
  return { index, texts, docs };
}

/** One document analysed as a corpus of its own, with a way to name its actors by id. */
export function oneDocument(text: string) {
  const index = new CorpusIndex();
  index.set('file:///t/doc.txt', text);
  const s = index.snapshot();
  const a = s.analyses['file:///t/doc.txt'];
  const name = (id?: string) => s.actors.find((x) => x.id === id)?.canonical;
  return { s, a, name };
}
