import * as assert from 'assert';
import { anchorAt, place } from '../../src/core/store/anchor';
import { mergeStores, parseStore, serializeStore } from '../../src/core/store/store';
import type { ManualAnnotation } from '../../src/core/schema';

const TEXT = 'Globex refused the demand. Later, Globex refused the demand again, and the ministry 😀 noted it.';

function annotation(id: string, text: string, start: number, end: number, extra: Partial<ManualAnnotation> = {}): ManualAnnotation {
  return { id, kind: 'claim', doc: 'a.txt', anchor: anchorAt(text, start, end), created: '2026-01-01T00:00:00.000Z', ...extra };
}

describe('anchoring', () => {
  const second = TEXT.indexOf('Globex refused', 5);
  const anchor = anchorAt(TEXT, second, second + 'Globex refused the demand'.length);

  it('keeps code-point positions past astral characters', () => {
    const at = TEXT.indexOf('noted');
    const a = anchorAt(TEXT, at, at + 5);
    assert.strictEqual(a.start, at - 1);
    assert.deepStrictEqual(place(TEXT, a), { placed: true, start: at, end: at + 5, how: 'exact' });
  });

  it('finds the passage by its quote and context after an edit before it, choosing the right occurrence', () => {
    const edited = `A new first sentence. ${TEXT}`;
    const p = place(edited, anchor);
    assert.deepStrictEqual(p, { placed: true, start: second + 22, end: second + 22 + 25, how: 'quote' });
  });

  it('finds the passage when only case and spacing changed', () => {
    const edited = TEXT.replace('Later, Globex refused the demand', 'Later, GLOBEX  refused the\ndemand');
    const p = place(edited, anchor);
    assert.ok(p.placed);
    assert.strictEqual(p.placed && p.how, 'fuzzy');
    assert.strictEqual(p.placed && edited.slice(p.start, p.end), 'GLOBEX  refused the\ndemand');
  });

  it('makes an orphan of a passage whose quote is gone, never a guess', () => {
    assert.deepStrictEqual(place(TEXT.replace(/Globex refused the demand again/, 'Globex agreed'), anchorAt(TEXT, TEXT.indexOf('again'), TEXT.indexOf('again') + 5)), { placed: false });
  });
});

describe('the annotation store file', () => {
  const a1 = annotation('b', TEXT, 27, 40, { kind: 'note', value: 'check this' });
  const a2 = annotation('a', TEXT, 0, 6, { kind: 'actor', value: 'Globex' });

  it('writes one annotation a line in a stable order and reads it back', () => {
    const text = serializeStore([a1, a2]);
    assert.deepStrictEqual(text.split('\n').filter(Boolean).map((l) => JSON.parse(l).id), ['a', 'b']);
    assert.strictEqual(serializeStore([a2, a1]), text);
    const back = parseStore(text);
    assert.ok(back.ok);
    assert.strictEqual(serializeStore(back.ok ? back.annotations : []), text);
  });

  it('reports every bad line and keeps nothing of a broken store', () => {
    const text = `${serializeStore([a1])}{not json\n${JSON.stringify({ ...a2, kind: 'bogus' })}\n`;
    const r = parseStore(text);
    assert.strictEqual(r.ok, false);
    assert.deepStrictEqual(!r.ok && r.errors.map((e) => e.line), [2, 3]);
  });

  it('merges two writers: neither loses the other one\'s annotations, deletions hold', () => {
    const theirs = [a1, annotation('c', TEXT, 7, 14)];
    const mine = [a2, { ...a1, value: 'edited here' }];
    const merged = mergeStores(theirs, mine, new Set(['c']));
    assert.deepStrictEqual(merged.map((x) => [x.id, x.value]), [['a', 'Globex'], ['b', 'edited here']]);
  });
});
