import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { exportW3c, writeW3c } from '../../src/core/export/w3c';
import { indexCorpus } from '../../src/core/export/source';
import { jsonAt } from '../../src/core/json';

type Anno = { id: string; body: { purpose: string; value: string }[]; target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string }[] } };

describe('W3C export', () => {
  const text = '😀 Globex refused the Ministry of Trade.';
  const index = new CorpusIndex();
  index.set('file:///c/a.txt', text);
  const json = JSON.parse(exportW3c(index.snapshot(), new Map([['file:///c/a.txt', { text, bom: 1 }]]))) as { id: string; type: string; total: number; first: { type: string; items: Anno[] } };

  it('is an AnnotationCollection whose page holds annotations with IRIs', () => {
    assert.strictEqual(json.type, 'AnnotationCollection');
    assert.strictEqual(json.first.type, 'AnnotationPage');
    assert.strictEqual(json.total, json.first.items.length);
    for (const a of json.first.items) assert.match(a.id, /^urn:sourcelens:export:\d+$/);
  });

  it('counts positions in code points, byte-order mark included, and quotes the exact text', () => {
    const actor = json.first.items.find((a) => a.body.some((b) => b.value === 'Globex'))!;
    const pos = actor.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    const quote = actor.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    // The byte-order mark (1) and "😀 " (2 code points, though 3 UTF-16 units) come before it.
    assert.deepStrictEqual([pos.start, pos.end, quote.exact], [3, 9, "Globex"]);
  });

  it('tags every annotation with one of the kinds the contract names', () => {
    const kinds = new Set(json.first.items.map((a) => a.body.find((b) => b.purpose === 'tagging')!.value));
    for (const k of kinds) assert.ok(['actor', 'threat', 'red-line', 'event', 'claim', 'corroborates', 'contradicts'].includes(k), k);
  });
});

describe('W3C export written as it is made', () => {
  const docs: Record<string, string> = {
    'file:///c/a.txt': 'The Ministry of Trade threatened to fine Globex. Globex refused the demand from the Ministry of Trade.',
    'file:///c/b.txt': 'Globex rejected a demand by the Ministry of Trade. The Ministry of Trade said it would fine Globex.',
  };
  const index = new CorpusIndex();
  for (const [uri, text] of Object.entries(docs)) index.set(uri, text);
  const texts = new Map(Object.entries(docs).map(([uri, text]) => [uri, { text, bom: 0 }]));

  it('is the JSON.stringify text, indent one, of a collection whose pages embed the next, in as many pages as it takes', () => {
    const text = exportW3c(index.snapshot(), texts, { pageSize: 3 });
    const json = JSON.parse(text) as { total: number; first: Page };
    type Page = { startIndex: number; items: unknown[]; next?: Page };
    assert.strictEqual(text, `${JSON.stringify(json, null, 1)}\n`);
    const pages: Page[] = [];
    for (let p: Page | undefined = json.first; p; p = p.next) pages.push(p);
    assert.strictEqual(pages.length, Math.ceil(json.total / 3));
    assert.deepStrictEqual(pages.map((p) => [p.startIndex, p.items.length]), pages.map((_, i) => [i * 3, Math.min(3, json.total - i * 3)]));
  });

  it('writes the same text reading the corpus index a document at a time as reading its snapshot', () => {
    const pieces: string[] = [];
    writeW3c(indexCorpus(index), texts, { pageSize: 3 }, { write: (t) => pieces.push(t) });
    assert.ok(pieces.length > 3);
    assert.strictEqual(pieces.join(''), exportW3c(index.snapshot(), texts, { pageSize: 3 }));
  });

  it('is one empty page for an empty corpus', () => {
    const json = JSON.parse(exportW3c(new CorpusIndex().snapshot(), new Map())) as { total: number; first: { items: unknown[]; partOf: unknown } };
    assert.deepStrictEqual([json.total, json.first.items, json.first.partOf], [0, [], { id: 'urn:sourcelens:export', total: 0 }]);
  });
});

describe('JSON at a depth', () => {
  it('gives the bytes JSON.stringify with an indent of one gives for the same value inside a larger one', () => {
    const value = { a: [1, 'two', { b: null, c: [], d: {} }, [[]]], e: '😀 "q"\n', f: undefined, g: true, h: [undefined] };
    const whole = JSON.stringify({ x: [[value]] }, null, 1);
    const inner = jsonAt(value, 3);
    assert.strictEqual(whole, `{\n "x": [\n  [\n   ${inner}\n  ]\n ]\n}`);
    assert.strictEqual(jsonAt(value, 0), JSON.stringify(value, null, 1));
  });
});
