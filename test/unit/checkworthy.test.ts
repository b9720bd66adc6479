import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { uncorroboratedToReport, whyWorthChecking } from '../../src/core/checkworthy';
import { CORPORA, loadCorpus, viewOf } from './corpora';

/** The diagnostics the Problems panel would show for a corpus: reported claims, and both sides of each contradiction. */
function problems(name: string, floor: 'all' | 'checkable' | 'facts') {
  const { snapshot } = loadCorpus(name);
  const reported = Object.keys(snapshot.analyses).flatMap((uri) => uncorroboratedToReport(viewOf(snapshot, uri), floor));
  const contradictions = new Set(snapshot.links.filter((l) => l.kind === 'contradicts').map((l) => `${l.a.uri}#${l.a.start}|${l.b.uri}#${l.b.start}`));
  return { claims: snapshot.claims.length, uncorroborated: snapshot.claims.filter((c) => !c.corroborated).length, reported, contradictionSides: contradictions.size * 2 };
}

describe('which uncorroborated claims reach the Problems panel', () => {
  it('reports at most one diagnostic per three claims on the sample corpus', () => {
    const p = problems('standoff', 'checkable');
    const total = p.reported.length + p.contradictionSides;
    assert.ok(p.claims > 100, `${p.claims} claims`);
    assert.ok(total * 3 <= p.claims, `${total} diagnostics for ${p.claims} claims`);
    assert.ok(p.reported.length > 0, 'no uncorroborated claim reported at all');
  });

  for (const name of CORPORA) {
    it(`reports on ${name} only claims with a figure, a date, a quotation or an actor's act, and every one with "all"`, () => {
      const checkable = problems(name, 'checkable');
      assert.ok(checkable.reported.every((r) => r.reason), 'a claim without a reason was reported');
      assert.ok(checkable.reported.every((r) => !r.claim.corroborated));
      assert.ok(checkable.reported.length < checkable.uncorroborated, `${checkable.reported.length} of ${checkable.uncorroborated}: nothing left to the lens`);
      const facts = problems(name, 'facts');
      assert.ok(facts.reported.every((r) => r.reason && r.reason !== 'actor'));
      assert.ok(facts.reported.length <= checkable.reported.length);
      assert.strictEqual(problems(name, 'all').reported.length, checkable.uncorroborated);
    });
  }

  it('tells a figure, a date, a quotation and an actor\'s act from a claim with none of them', () => {
    const index = new CorpusIndex();
    const docs: Record<string, string> = {
      'file:///w/figure.txt': 'Nordvik Ferries carries 12 million passengers on its coastal routes.',
      'file:///w/date.txt': 'The committee met again on Thursday to review the harbour plans.',
      'file:///w/quote.txt': 'The mayor told reporters “we will not let the harbour close this winter” at the hall.',
      'file:///w/act.txt': 'Globex Corporation rejected the proposal from the harbour board.',
      'file:///w/none.txt': 'The harbour has long been a busy and important place for the town.',
    };
    for (const [uri, text] of Object.entries(docs)) index.set(uri, text);
    const s = index.snapshot();
    const reasons = Object.fromEntries(Object.keys(docs).map((uri) => [uri.slice(10, -4), s.analyses[uri].claims.map((c) => whyWorthChecking(c) ?? 'none')]));
    assert.deepStrictEqual(reasons, { figure: ['figure'], date: ['date'], quote: ['quotation'], act: ['actor'], none: reasons.none.length ? ['none'] : [] });
  });
});
