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
