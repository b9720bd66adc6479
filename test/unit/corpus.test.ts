import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';

describe('corroboration', () => {
  const index = new CorpusIndex();
  index.set('file:///c/a.txt', 'Globex refused the demand from the Ministry of Trade to open its books. The weather was fine.');
  index.set('file:///c/b.txt', 'Globex rejected a request by the Ministry of Trade to open its books to inspectors.');
  index.set('file:///c/c.txt', 'Initech hired 40 engineers in Lisbon last year.');
  const s = index.snapshot();

  it('links a claim to the paraphrase of it in another document, with the reason', () => {
    const links = s.links.filter((l) => l.kind === 'corroborates');
    assert.strictEqual(links.length, 1);
    assert.deepStrictEqual([links[0].a.uri, links[0].b.uri], ['file:///c/a.txt', 'file:///c/b.txt']);
    assert.match(links[0].reason, /globex/);
  });

  it('reports a claim no other document carries as uncorroborated', () => {
    const c = s.claims.find((x) => x.uri === 'file:///c/c.txt');
    assert.ok(c);
    assert.strictEqual(c.corroborated, false);
    const globex = s.claims.filter((x) => x.uri !== 'file:///c/c.txt' && x.start === 0);
    assert.strictEqual(globex.length, 2);
    assert.ok(globex.every((x) => x.corroborated));
  });

  it('groups mentions of one event across documents under one id', () => {
    const reject = s.events.filter((e) => e.type === 'REJECT');
    assert.strictEqual(reject.length, 1);
    assert.deepStrictEqual(reject[0].mentions.map((m) => m.uri), ['file:///c/a.txt', 'file:///c/b.txt']);
    assert.strictEqual(reject[0].docCount, 2);
  });

  it('flags opposite stances of the same actor in two documents as a contradiction', () => {
    const ix = new CorpusIndex();
    ix.set('file:///c/a.txt', 'Umbrella Corp agreed to the regulator\'s new licensing terms for its vaccine plants.');
    ix.set('file:///c/b.txt', 'Umbrella Corp refused the regulator\'s new licensing terms for its vaccine plants.');
    const links = ix.snapshot().links;
    assert.deepStrictEqual(links.map((l) => l.kind), ['contradicts']);
  });

  it('flags two counts of the same thing that disagree, and sums written in words', () => {
    const ix = new CorpusIndex();
    ix.set('file:///c/a.txt', 'Nordvik Ferries carries 12 million passengers a year on its coastal routes.');
    ix.set('file:///c/b.txt', 'Nordvik Ferries, which carries 15 million passengers a year, runs 40 ships.');
    ix.set('file:///c/c.txt', 'Halvor Bank paid a fine of $890 million to the regulator for breaking the rules.');
    ix.set('file:///c/d.txt', 'Halvor Bank paid nearly a billion dollars in fines to the regulator.');
    const links = ix.snapshot().links.filter((l) => l.kind === 'contradicts');
    assert.deepStrictEqual(links.map((l) => [l.a.uri.slice(-5), l.b.uri.slice(-5), l.reason]), [
      ['a.txt', 'b.txt', 'counts differ: 12000000 passenger vs 15000000 passenger'],
      ['c.txt', 'd.txt', 'sums differ: $890000000 vs $1000000000'],
    ]);
  });

  it('flags two shares of one thing that disagree, written as % and as percent', () => {
    const ix = new CorpusIndex();
    ix.set('file:///c/a.txt', 'The drivers’ union wants 30% pay rises over four years.');
    ix.set('file:///c/b.txt', 'The drivers’ union had been seeking 45 percent pay rises.');
    const links = ix.snapshot().links.filter((l) => l.kind === 'contradicts');
    assert.deepStrictEqual(links.map((l) => l.reason), ['shares differ: 30% vs 45%']);
  });

  it('counts the head of the noun phrase, and a closed compound as its head', () => {
    const ix = new CorpusIndex();
    ix.set('file:///c/a.txt', 'The strike at the harbour involves about 3,000 bus drivers, the union said.');
    ix.set('file:///c/b.txt', 'The strike at the harbour: 5,000 busdrivers walked out, the union said.');
    const links = ix.snapshot().links.filter((l) => l.kind === 'contradicts');
    assert.deepStrictEqual(links.map((l) => l.reason), ['counts differ: 3000 driver vs 5000 busdriver']);
  });

  it('does not take years, dates or durations for counts', () => {
    const ix = new CorpusIndex();
    ix.set('file:///c/a.txt', 'Nordvik Ferries opened its Bergen route in 2019 after 3 years of planning.');
    ix.set('file:///c/b.txt', 'Nordvik Ferries opened its Bergen route in 2020 after 4 years of planning.');
    assert.deepStrictEqual(ix.snapshot().links.filter((l) => l.reason.startsWith('counts')), []);
  });
});

describe('one identity per actor across documents', () => {
  it('takes a company\'s own name alone for the company named in full elsewhere', () => {
    const index = new CorpusIndex();
    index.set('file:///c/a.txt', 'Korvo Rail refused the request on Monday. The regulator wrote to Korvo Rail again.');
    index.set('file:///c/b.txt', 'Korvo said it would appeal. Korvo Rail has 900 staff.');
    index.set('file:///c/c.txt', 'Brightwater Capital and Brightwater Energy both declined to comment. Brightwater said nothing.');
    const s = index.snapshot();
    const names = (uri: string) => [...new Set(s.analyses[uri].actorMentions.map((m) => s.actors.find((a) => a.id === m.key)!.canonical))].sort();
    assert.deepStrictEqual(names('file:///c/b.txt'), ['Korvo Rail']);
    // Two companies share the short name: it stands for neither.
    const short = s.analyses['file:///c/c.txt'].actorMentions.filter((m) => m.surface === 'Brightwater');
    for (const m of short) assert.ok(!['Brightwater Capital', 'Brightwater Energy'].includes(s.actors.find((a) => a.id === m.key)!.canonical));
  });
});

describe('re-linking an edited document', () => {
  const A = 'Globex refused the demand from the Ministry of Trade to open its books. Initech hired 40 engineers in Lisbon last year.';
  const B = 'Globex rejected a request by the Ministry of Trade to open its books to inspectors. Initech took on 40 engineers in Lisbon last year.';
  const pairs = (index: CorpusIndex) => {
    const s = index.snapshot();
    const text = (r: { uri: string; start: number; end: number }) => (r.uri.endsWith('a.txt') ? texts.a : texts.b).slice(r.start, r.end);
    return s.links.map((l) => `${l.kind}: ${text(l.a)} | ${text(l.b)}`).sort();
  };
  const texts = { a: A, b: B };

  it('keeps the links of the claims an edit left alone, at their new offsets, as a fresh reading finds them', () => {
    const index = new CorpusIndex();
    index.set('file:///e/a.txt', A);
    index.set('file:///e/b.txt', B);
    const before = index.snapshot();
    const linked = pairs(index);
    assert.strictEqual(linked.length, 2, linked.join('\n'));
    // A sentence put in front moves every claim of b.
    texts.b = `The hearing was adjourned until May. ${B}`;
    index.set('file:///e/b.txt', texts.b);
    const after = pairs(index);
    assert.deepStrictEqual(after, linked);
    const fresh = new CorpusIndex();
    fresh.set('file:///e/a.txt', A);
    fresh.set('file:///e/b.txt', texts.b);
    assert.deepStrictEqual(pairs(fresh), after);
    // A view taken before the edit keeps the offsets it had.
    assert.deepStrictEqual(before.links.map((l) => B.slice(l.b.start, l.b.end)).sort(), linked.map((p) => p.split(' | ')[1]).sort());
  });

  it('finds after four hundred edits the links a fresh reading finds', () => {
    // Each edit frees the changed claims' room in the claim index; enough of them and it is packed anew.
    const C = 'Globex denied the demand of the Ministry of Trade to open its books. Initech employed 40 engineers in Lisbon last year.';
    const index = new CorpusIndex();
    index.set('file:///e/a.txt', A);
    index.set('file:///e/c.txt', C);
    const wordings = [
      B,
      B.replace('Initech took on 40 engineers in Lisbon last year.', 'Initech closed its office in Oslo after the storm.'),
      `The hearing was adjourned until May. ${B}`,
      B.replace('Globex rejected', 'Globex turned down'),
    ];
    for (let i = 0; i < 400; i++) {
      index.set('file:///e/b.txt', wordings[i % wordings.length]);
      index.refresh();
    }
    texts.b = wordings[399 % wordings.length];
    const fresh = new CorpusIndex();
    fresh.set('file:///e/a.txt', A);
    fresh.set('file:///e/c.txt', C);
    fresh.set('file:///e/b.txt', texts.b);
    const links = (ix: CorpusIndex) => ix.snapshot().links.map((l) => `${l.kind} ${l.a.uri}#${l.a.start} ${l.b.uri}#${l.b.start}`).sort();
    assert.ok(links(fresh).some((l) => l.includes('b.txt')), links(fresh).join('\n'));
    assert.deepStrictEqual(links(index), links(fresh));
  });

  it('takes out the links of a claim the edit changed and links its new wording', () => {
    const index = new CorpusIndex();
    index.set('file:///e/a.txt', A);
    texts.b = B;
    index.set('file:///e/b.txt', B);
    texts.b = B.replace('Initech took on 40 engineers in Lisbon last year.', 'Initech closed its office in Oslo after the storm.');
    index.set('file:///e/b.txt', texts.b);
    const after = pairs(index);
    assert.strictEqual(after.length, 1, after.join('\n'));
    assert.match(after[0], /^corroborates: Globex refused/);
    const fresh = new CorpusIndex();
    fresh.set('file:///e/a.txt', A);
    fresh.set('file:///e/b.txt', texts.b);
    assert.deepStrictEqual(pairs(fresh), after);
  });
});
