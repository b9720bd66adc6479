import * as assert from 'assert';
import { loadSample } from './sample';
import { exportBrat } from '../../src/core/export/brat';
import { anchorAt } from '../../src/core/store/anchor';
import { placeManual } from '../../src/core/store/placed';
import type { ManualAnnotation } from '../../src/core/schema';
import { bratIssues, parseConf } from './bratRules';

const ROOT = 'file:///sample';

/** The sample corpus exported to brat, with the analyst's note, claim, event and links (two inside one document). */
function sampleExport(): { files: Map<string, string>; first: string } {
  const { index, texts, docs } = loadSample(ROOT);
  const [a, b] = Object.keys(docs);
  const claims = index.snapshot().analyses[`${ROOT}/${a}`].claims;
  const at = (doc: string, from: number, to: number) => anchorAt(docs[doc], from, to);
  const store: ManualAnnotation[] = [
    { id: 'n1', kind: 'note', doc: a, anchor: at(a, 5, 140), value: 'check this', created: 'x' },
    { id: 'c1', kind: 'claim', doc: a, anchor: at(a, 30, 90), created: 'x' },
    { id: 'e1', kind: 'event', doc: b, anchor: at(b, 10, 60), value: 'THREATEN', created: 'x' },
    { id: 'l1', kind: 'corroborates', doc: a, anchor: at(a, claims[0].start, claims[0].end), other: { doc: a, anchor: at(a, claims[2].start, claims[2].end) }, created: 'x' },
    { id: 'l2', kind: 'contradicts', doc: a, anchor: at(a, 3, 25), other: { doc: a, anchor: at(a, 200, 260) }, created: 'x' },
    { id: 'l3', kind: 'corroborates', doc: a, anchor: at(a, 3, 25), other: { doc: b, anchor: at(b, 0, 30) }, created: 'x' },
  ];
  const manual = placeManual(store, (doc) => ({ uri: `${ROOT}/${doc}`, text: docs[doc] }));
  return { files: exportBrat(index.snapshot(), texts, ROOT, manual), first: a.replace(/\.txt$/, '') };
}

describe('brat export and brat\'s own rules', () => {
  const { files, first } = sampleExport();
  const conf = parseConf(files.get('annotation.conf')!);
  const documents = [...files.keys()].filter((f) => f.endsWith('.ann')).map((f) => f.slice(0, -4));

  it('gives no issue in any document: types declared, every overlap allowed, relations and attributes as declared', () => {
    assert.strictEqual(documents.length, 5);
    for (const d of documents) assert.deepStrictEqual(bratIssues(conf, files.get(`${d}.ann`)!, files.get(`${d}.txt`)!), [], d);
  });

  it('has spans that nest, coincide and cross, which brat rejects without the overlap rules', () => {
    const bare = parseConf(files.get('annotation.conf')!.replace(/^<OVERLAP>.*\n/gm, ''));
    const issues = documents.flatMap((d) => bratIssues(bare, files.get(`${d}.ann`)!, files.get(`${d}.txt`)!));
    for (const kind of [/Actor cannot be contained in Claim/, /Event cannot have identical span with Claim/, /cannot have crossing span/]) {
      assert.ok(issues.some((i) => kind.test(i)), String(kind));
    }
  });

  it('writes passages linked inside one document as relations, between their claims or passages of their own', () => {
    const lines = files.get(`${first}.ann`)!.split('\n');
    const type = (id: string) => lines.find((l) => l.startsWith(`${id}\t`))!.split('\t')[1].split(' ')[0];
    const relations = lines.filter((l) => l.startsWith('R')).map((l) => l.split('\t')[1].split(' ')).map(([kind, a1, a2]) => [kind, type(a1.slice(5)), type(a2.slice(5))]);
    assert.deepStrictEqual(relations, [['Corroborates', 'Claim', 'Claim'], ['Contradicts', 'Passage', 'Passage']]);
    // Notes name only links to other documents.
    for (const kind of ['corroborates', 'contradicts']) assert.ok(!files.get(`${first}.ann`)!.includes(`${kind} ${first}.txt:`), kind);
  });
});
