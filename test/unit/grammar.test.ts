import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const grammar = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'syntaxes', 'sourcelens.injection.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

function matches(rule: string, text: string): string[] {
  const patterns: { match: string }[] = grammar.repository[rule].patterns ?? [grammar.repository[rule]];
  return patterns.flatMap((p) => [...text.matchAll(new RegExp(p.match, 'g'))].map((m) => m[0]));
}

describe('the reading-aid grammar', () => {
  it('is injected into plain text and Markdown by the manifest', () => {
    const g = manifest.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === grammar.scopeName);
    assert.deepStrictEqual(g.injectTo, ['text.plain', 'text.html.markdown']);
  });

  it('marks quoted speech, attributions, money, figures and dates', () => {
    const text = 'Amodei said, “We cannot accede.” The deal was worth $200 million, 15% more, on Friday, March 3, 2026.';
    assert.deepStrictEqual(matches('quotation', text), ['“We cannot accede.”']);
    assert.deepStrictEqual(matches('attribution', text), ['said']);
    assert.deepStrictEqual(matches('money', text), ['$200 million']);
    assert.ok(matches('figure', text).includes('15%'));
    assert.deepStrictEqual(matches('date', text), ['Friday', 'March 3, 2026']);
  });
});
