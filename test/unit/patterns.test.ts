import * as assert from 'assert';
import { anyOf } from '../../src/core/patterns';
import { RED_LINE_PATTERNS, THREAT_PATTERNS } from '../../src/core/lexicons/predicates';

describe('anyOf', () => {
  const sentences = [
    'the ministry threatened to revoke the licence.',
    'the union warned that it would strike.',
    'globex will not allow its data to be sold.',
    'the weather was fine and the talks went on.',
    'officials could be fined for it.',
    '',
  ];
  for (const [name, list] of [['threat', THREAT_PATTERNS], ['red-line', RED_LINE_PATTERNS]] as const) {
    it(`matches a sentence exactly when one of the ${name} patterns does`, () => {
      const any = anyOf(list.map((p) => p.pattern));
      for (const s of sentences) assert.strictEqual(any.test(s), list.some((p) => p.pattern.test(s)), s);
      assert.ok(sentences.some((s) => any.test(s)) && sentences.some((s) => !any.test(s)));
    });
  }
  it('refuses patterns it cannot join faithfully', () => {
    assert.throws(() => anyOf([/a/i, /b/]), /different flags/);
    assert.throws(() => anyOf([/(a)\1/]), /back-reference/);
    assert.strictEqual(anyOf([/a/g, /b/]).flags, '');
  });
});
