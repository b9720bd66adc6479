import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { exportW3c, type PlacedManual } from '../../src/core/export/w3c';
import { importW3c } from '../../src/core/export/w3cImport';
import { anchorAt } from '../../src/core/store/anchor';
import { placeManual } from '../../src/core/store/placed';
import type { ManualAnnotation } from '../../src/core/schema';

const A = '\ufeff😀 The Ministry of Trade threatened to fine Globex 🇺🇸. Globex refused the demand.';
const B = 'Globex rejected a demand by the Ministry of Trade. A note 🚀 here.';

describe('W3C export, import and export again', () => {
  const index = new CorpusIndex();
  const texts = new Map([['file:///c/a.txt', { text: A.slice(1), bom: 1 }], ['file:///c/b.txt', { text: B, bom: 0 }]]);
  for (const [uri, t] of texts) index.set(uri, t.text);
  const snapshot = index.snapshot();
  const docs: Record<string, string> = { 'a.txt': A.slice(1), 'b.txt': B };
  const uriOf = (doc: string) => `file:///c/${doc}`;

  const placed = (store: ManualAnnotation[]): PlacedManual[] => {
    const out = placeManual(store, (doc) => (docs[doc] === undefined ? undefined : { uri: uriOf(doc), text: docs[doc] }));
    assert.strictEqual(out.length, store.length);
    return out;
  };
  const at = (doc: string, quote: string) => anchorAt(docs[doc], docs[doc].indexOf(quote), docs[doc].indexOf(quote) + quote.length);
  const threat = snapshot.analyses['file:///c/a.txt'].threats[0];
  const store: ManualAnnotation[] = [
    { id: 'm1', kind: 'note', doc: 'b.txt', anchor: at('b.txt', 'note 🚀 here'), value: 'emoji 🚀 kept', created: 'x' },
    { id: 'm2', kind: 'actor', doc: 'a.txt', anchor: at('a.txt', 'Globex 🇺🇸'), value: 'Globex', created: 'x' },
    { id: 'm3', kind: 'corroborates', doc: 'a.txt', anchor: at('a.txt', 'Globex refused the demand'), other: { doc: 'b.txt', anchor: at('b.txt', 'Globex rejected a demand') }, created: 'x' },
    { id: 'm4', kind: 'reject', doc: 'a.txt', anchor: anchorAt(docs['a.txt'], threat.start, threat.end), tag: { kind: 'threat', rule: threat.why.rule }, created: 'x' },
  ];

  it('gives the same bytes, emoji and byte-order mark included, and leaves the rejected tag out', () => {
    const first = exportW3c(snapshot, texts, { manual: placed(store) });
    assert.ok(!first.includes('"threat"'), 'the rejected threat was exported');
    const imported = importW3c(JSON.parse(first), (source) => {
      const doc = source.split('/').pop()!;
      return docs[doc] === undefined ? undefined : { doc, text: docs[doc], bom: doc === 'a.txt' ? 1 : 0 };
    }, 'x');
    assert.deepStrictEqual(imported.annotations.map((a) => a.id).sort(), ['m1', 'm2', 'm3', 'm4']);
    const again = exportW3c(snapshot, texts, { manual: placed(imported.annotations) });
    assert.strictEqual(again, first);
  });

  it('skips an imported annotation whose tag is the name of a property every object has', () => {
    const exported = JSON.parse(exportW3c(snapshot, texts, { manual: placed(store.slice(0, 1)) })) as { first: { items: { body: { purpose: string; value: string }[] }[] } };
    const items = exported.first.items.filter((i) => JSON.stringify(i).includes('sourcelens:manual'));
    assert.strictEqual(items.length, 1);
    for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const item = JSON.parse(JSON.stringify(items[0])) as { body: { purpose: string; value: string }[] };
      item.body.find((b) => b.purpose === 'tagging')!.value = tag;
      const imported = importW3c({ ...exported, first: { ...exported.first, items: [item] } }, (source) => {
        const doc = source.split('/').pop()!;
        return docs[doc] === undefined ? undefined : { doc, text: docs[doc], bom: 0 };
      }, 'x');
      assert.deepStrictEqual(imported, { annotations: [], skipped: 1 }, tag);
    }
  });
});
