import * as assert from 'assert';
import { SourceText, stripBom } from '../../src/core/text';

describe('SourceText', () => {
  it('converts UTF-16 offsets to code points past astral characters', () => {
    const t = new SourceText('😀🚀 US 🇺🇸 flag');
    // "😀" and "🚀" are two code units each; "🇺🇸" is two astral characters.
    assert.strictEqual(t.toCodePoint(0), 0);
    assert.strictEqual(t.toCodePoint(4), 2);
    assert.strictEqual(t.toCodePoint(5), 3);
    assert.strictEqual(t.toCodePoint(t.text.indexOf('flag')), [...'😀🚀 US 🇺🇸 '].length);
  });

  it('maps code points back to UTF-16 offsets', () => {
    const text = 'a😀b🚀c';
    const t = new SourceText(text);
    for (let cp = 0; cp <= [...text].length; cp++) {
      assert.strictEqual(t.toCodePoint(t.fromCodePoint(cp)), cp);
    }
    assert.strictEqual(t.fromCodePoint(2), 3);
  });

  it('gives line and character for LF, CRLF and lone CR line breaks', () => {
    const t = new SourceText('one\r\ntwo\nthree\rfour');
    assert.deepStrictEqual(t.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(t.positionAt(5), { line: 1, character: 0 });
    assert.deepStrictEqual(t.positionAt(9), { line: 2, character: 0 });
    assert.deepStrictEqual(t.positionAt(15), { line: 3, character: 0 });
    assert.strictEqual(t.offsetAt({ line: 2, character: 2 }), 11);
    assert.strictEqual(t.lineCount, 4);
  });

  it('strips a byte-order mark and says so', () => {
    assert.deepStrictEqual(stripBom('\ufeffHello'), { text: 'Hello', bom: 1 });
    assert.deepStrictEqual(stripBom('Hello'), { text: 'Hello', bom: 0 });
  });
});

describe('the lower-case form the rules read', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lowerForRules } = require('../../src/core/extract/context') as { lowerForRules(s: string): string };
  it('keeps every offset, with line breaks as spaces', () => {
    for (const s of ['Would never hand\nover the data\r\nwithout a Court order', 'İstanbul İzmir', 'a\u00a0b\u2028C', '😀 Ünïcode ΣΑΣ']) {
      const l = lowerForRules(s);
      assert.strictEqual(l.length, s.length, s);
    }
    assert.strictEqual(lowerForRules('Hand\nOver\r\nIt'), 'hand over  it');
  });
});

describe('the light stemmer', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stem } = require('../../src/core/tokens') as { stem(w: string): string };
  it('folds inflections of one word together and keeps words that only look inflected', () => {
    for (const group of [['supply', 'supplies', 'supplied'], ['apply', 'applied', 'applies'], ['refuse', 'refused', 'refuses', 'refusing'], ['designate', 'designated', 'designating']]) {
      assert.strictEqual(new Set(group.map(stem)).size, 1, group.join(' '));
    }
    assert.notStrictEqual(stem('news'), stem('new'));
    assert.strictEqual(stem('analysis'), 'analysis');
    assert.strictEqual(stem('status'), 'status');
  });
});
