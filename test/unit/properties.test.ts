/** Properties of the core that must hold for any input, checked on generated strings. */
import * as assert from 'assert';
import fc from 'fast-check';
import { SourceText } from '../../src/core/text';
import { segment } from '../../src/core/segment';
import { anchorAt, place } from '../../src/core/store/anchor';
import { analyzeDocument } from '../../src/core/analyze';

// A fixed seed keeps the suite repeatable; FC_SEED explores others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261124) });

// Text with the characters that break offset arithmetic: astral characters, combining marks,
// every kind of line break, quotes and sentence punctuation.
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('😀', '🇺🇸', 'e\u0301', '\r\n', '\r', '\n', '\n\n', '“', '”', '"', '. ', '? ', 'U.S. ', 'Dr. ', '\ufeff', '- ', '# '),
  fc.constantFrom('The Ministry of Trade threatened Globex. ', 'Globex refused. ', 'Acme CEO Jane Doe said no. '),
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

describe('properties of the core', () => {
  it('code-point offsets round-trip for any string', () => {
    fc.assert(fc.property(text, (t) => {
      const m = new SourceText(t);
      const cps = [...t].length;
      for (let cp = 0; cp <= cps; cp++) assert.strictEqual(m.toCodePoint(m.fromCodePoint(cp)), cp);
      assert.strictEqual(m.toCodePoint(t.length), cps);
    }), { numRuns: 300 });
  });

  it('line and character positions round-trip for any string', () => {
    fc.assert(fc.property(text, (t) => {
      const m = new SourceText(t);
      for (let off = 0; off <= t.length; off++) {
        const p = m.positionAt(off);
        // An offset between CR and LF belongs to the line the pair ends.
        if (t[off - 1] === '\r' && t[off] === '\n') continue;
        assert.strictEqual(m.offsetAt(p), off);
      }
    }), { numRuns: 300 });
  });

  it('segmentation gives ordered, non-overlapping, trimmed spans inside the text', () => {
    fc.assert(fc.property(text, (t) => {
      const { blocks, sentences } = segment(t);
      let last = 0;
      for (const s of sentences) {
        assert.ok(s.start >= last && s.end > s.start && s.end <= t.length);
        assert.ok(!/^\s/.test(t[s.start]) && !/\s$/.test(t[s.end - 1]));
        assert.ok(s.start >= blocks[s.block].start && s.end <= blocks[s.block].end);
        last = s.end;
      }
    }), { numRuns: 300 });
  });

  it('analysis never throws and keeps every span inside the text', () => {
    fc.assert(fc.property(text, (t) => {
      const a = analyzeDocument('file:///p.txt', t);
      for (const x of [...a.actorMentions, ...a.threats, ...a.redLines, ...a.events, ...a.claims]) assert.ok(x.start >= 0 && x.start <= x.end && x.end <= t.length);
    }), { numRuns: 200 });
  });

  it('re-anchoring after edits that leave the quote intact finds the exact span', () => {
    const scenario = fc.record({
      t: text.filter((t) => t.length > 3),
      a: fc.nat(), b: fc.nat(),
      before: fc.string({ maxLength: 30 }), after: fc.string({ maxLength: 30 }),
    });
    fc.assert(fc.property(scenario, ({ t, a, b, before, after }) => {
      let start = a % t.length;
      let end = start + 1 + (b % Math.min(20, t.length - start));
      // Keep surrogate pairs whole.
      if (/[\udc00-\udfff]/.test(t[start] ?? '')) start--;
      if (/[\udc00-\udfff]/.test(t[end] ?? '')) end++;
      if (start < 0 || end > t.length || start >= end) return;
      const quote = t.slice(start, end);
      const anchor = anchorAt(t, start, end);
      const edited = before + t.slice(0, start) + quote + t.slice(end) + after;
      const p = place(edited, anchor);
      assert.ok(p.placed);
      assert.strictEqual(edited.slice(p.start, p.end), quote);
      // With the context intact the very occurrence is found, not another copy of it.
      if (p.how !== 'fuzzy') assert.strictEqual(p.start, before.length + start);
    }), { numRuns: 400 });
  });
});
