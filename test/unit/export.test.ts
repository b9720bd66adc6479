import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { exportW3c } from '../../src/core/export/w3c';

type Anno = { id: string; body: { purpose: string; value: string }[]; target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string }[] } };

describe('W3C export', () => {
  const text = '😀 Globex refused the Ministry of Trade.';
  const index = new CorpusIndex();
  index.set('file:///c/a.txt', text);
  const json = exportW3c(index.snapshot(), new Map([['file:///c/a.txt', { text, bom: 1 }]])) as { id: string; type: string; total: number; first: { type: string; items: Anno[] } };

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

describe('JSON in pieces', () => {
  it('gives the same bytes as JSON.stringify with an indent', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { jsonPieces } = require('../../src/core/json') as typeof import('../../src/core/json');
    const value = { a: [1, 'two', { b: null, c: [], d: {} }, [[]]], e: '😀 "q"\n', f: undefined, g: true, h: [undefined] };
    assert.strictEqual([...jsonPieces(value, 1)].join(''), JSON.stringify(value, null, 1));
  });
});
