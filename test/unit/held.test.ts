/** Texts kept for exporting: compact, and read back exactly as they were. */
import * as assert from 'assert';
import { HeldText, holdText, readText } from '../../src/core/held';

describe('texts kept for export', () => {
  const cases: [string, string, 'string' | 'bytes'][] = [
    ['plain ASCII', 'The Ministry of Trade fined Globex.', 'string'],
    ['Latin-1 letters', 'Café São Paulo, naïve façade.', 'string'],
    ['curly quotation marks', 'Globex said it “cannot in good conscience” agree.', 'bytes'],
    ['astral characters', 'Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text.', 'bytes'],
    ['an unpaired high surrogate', 'broken \ud83d here “quoted”', 'string'],
    ['an unpaired low surrogate', 'broken \ude00 here “quoted”', 'string'],
    ['the empty text', '', 'string'],
  ];
  for (const [name, text, form] of cases) {
    it(`reads back ${name} unchanged, kept as ${form}`, () => {
      const raw = holdText(text);
      assert.strictEqual(typeof raw === 'string' ? 'string' : 'bytes', form);
      assert.strictEqual(readText(raw), text);
      assert.strictEqual(new HeldText(text, 1).text, text);
      assert.strictEqual(new HeldText(text, 1).bom, 1);
    });
  }

  it('keeps a text with characters past U+00FF in about half the memory of its string', () => {
    const text = '“Quoted” words of a report. '.repeat(1000);
    const raw = holdText(text);
    assert.ok(raw instanceof Uint8Array);
    // A string with such characters takes two bytes per character.
    assert.ok(raw.byteLength < text.length * 2 * 0.6, `${raw.byteLength} bytes for ${text.length} characters`);
  });
});
