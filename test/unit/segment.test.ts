import * as assert from 'assert';
import { segment } from '../../src/core/segment';

const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentation', () => {
  it('does not end a sentence at abbreviations and initials', () => {
    const text = 'The U.S. Department of Defense met Dr. Smith of Acme Inc. on Monday. J. R. Doe was there too.';
    assert.deepStrictEqual(sentences(text), [
      'The U.S. Department of Defense met Dr. Smith of Acme Inc. on Monday.',
      'J. R. Doe was there too.',
    ]);
  });

  it('keeps a quotation with its sentence and splits after it', () => {
    const text = 'He said, "We will not. Ever." Then he left.';
    assert.deepStrictEqual(sentences(text), ['He said, "We will not. Ever."', 'Then he left.']);
  });

  it('treats a short unpunctuated line as a heading and bullets as their own blocks', () => {
    const text = 'The Core Dispute\nThe agency refused. It said so.\n- No mass surveillance: never.\n- Second point here.';
    const seg = segment(text);
    assert.deepStrictEqual(seg.blocks.map((b) => b.kind), ['heading', 'paragraph', 'bullet', 'bullet']);
    assert.deepStrictEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), [
      'The Core Dispute', 'The agency refused.', 'It said so.', 'No mass surveillance: never.', 'Second point here.',
    ]);
  });

  it('copes with CRLF line breaks and a byte-order mark', () => {
    const text = '\ufeffTitle Line\r\nFirst sentence here. Second one.\r\n';
    const seg = segment(text);
    assert.strictEqual(seg.blocks[0].start, 1);
    assert.deepStrictEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), ['Title Line', 'First sentence here.', 'Second one.']);
  });

  it('joins hard-wrapped Markdown lines into one paragraph', () => {
    const text = '# Heading\n\nThis paragraph is wrapped\nacross two lines. And ends.';
    const seg = segment(text);
    assert.deepStrictEqual(seg.blocks.map((b) => b.kind), ['heading', 'paragraph']);
    assert.deepStrictEqual(sentences(text).slice(1), ['This paragraph is wrapped\nacross two lines.', 'And ends.']);
  });

  it('keeps a hard-wrapped paragraph whole when a line breaks before a capital or after an abbreviation', () => {
    const text = [
      'Velta Rail on Tuesday rejected a demand from the Ministry of Transport to hand over the',
      'location histories of its passengers. In a letter seen by the Northern Ledger, the U.S.',
      'Department of State said it would revoke the licence. "We will not," said Mara',
      'Lindqvist, the chief executive.',
      '',
      'What comes next',
      'The company carries about 40 million passengers a year on its regional rail network.',
    ].join('\n');
    const seg = segment(text);
    assert.deepStrictEqual(seg.blocks.map((b) => b.kind), ['paragraph', 'heading', 'paragraph']);
    assert.deepStrictEqual(sentences(text), [
      'Velta Rail on Tuesday rejected a demand from the Ministry of Transport to hand over the\nlocation histories of its passengers.',
      'In a letter seen by the Northern Ledger, the U.S.\nDepartment of State said it would revoke the licence.',
      '"We will not," said Mara\nLindqvist, the chief executive.',
      'What comes next',
      'The company carries about 40 million passengers a year on its regional rail network.',
    ]);
  });

  it('does not take a document of long unwrapped lines for wrapped text', () => {
    const long = 'The agency refused the demand on Tuesday and said it would appeal the ruling in court. '.repeat(2).trim();
    const text = `Agency refuses the demand of the ministry over the data of the passengers\n${long}`;
    assert.deepStrictEqual(segment(text).blocks.map((b) => b.kind), ['heading', 'paragraph']);
  });

  it('caps the length of a sentence', () => {
    const text = `${'word '.repeat(1000)}end.`;
    for (const s of segment(text).sentences) assert.ok(s.end - s.start <= 1500);
  });
});
