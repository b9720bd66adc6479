import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { CorpusIndex } from '../../src/core/corpus';
import { isStored, loadAnalysis, storeAnalysis } from '../../src/core/stored';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'standoff');
const docs = fs.readdirSync(CORPUS).sort().map((f) => ({ uri: `file:///s/${f}`, text: fs.readFileSync(path.join(CORPUS, f), 'utf8') }));

describe('stored analyses', () => {
  it('unpack to the analysis they were made from, keys in the same order', () => {
    for (const d of docs) {
      const a = analyzeDocument(d.uri, d.text, 3);
      const s = storeAnalysis(a);
      assert.ok(isStored(s));
      assert.ok(!isStored(a));
      const back = loadAnalysis(s);
      assert.strictEqual(JSON.stringify(back), JSON.stringify(a));
      assert.deepStrictEqual(back.claims.map((c) => Object.keys(c)), a.claims.map((c) => Object.keys(c)));
    }
  });

  it('give the index the same results as whole analyses, also after an edit and a removal', () => {
    const whole = new CorpusIndex();
    const stored = new CorpusIndex();
    for (const d of docs) {
      whole.put(analyzeDocument(d.uri, d.text));
      stored.put(storeAnalysis(analyzeDocument(d.uri, d.text)));
    }
    assert.deepStrictEqual(stored.summary(), whole.summary());
    assert.strictEqual(JSON.stringify(stored.snapshot()), JSON.stringify(whole.snapshot()));
    const edited = `${docs[1].text}\nThe Ministry of Trade threatened to fine Globex.`;
    for (const index of [whole, stored]) {
      index.set(docs[1].uri, edited);
      index.delete(docs[2].uri);
    }
    assert.strictEqual(JSON.stringify(stored.documentView(docs[0].uri)), JSON.stringify(whole.documentView(docs[0].uri)));
    assert.strictEqual(JSON.stringify(stored.snapshot()), JSON.stringify(whole.snapshot()));
  });
});

describe('stored analyses of many documents', () => {
  const { makeCorpus, sampleSentences } = require('../bench/corpus') as typeof import('../bench/corpus');
  const texts = makeCorpus(sampleSentences(CORPUS), 40, 5, 3000);
  const uri = (i: number) => `file:///m/${i}.txt`;

  it('unpack to the analyses they were made from, whatever their events, claims and actors', () => {
    for (let i = 0; i < texts.length; i++) {
      const a = analyzeDocument(uri(i), texts[i]);
      assert.strictEqual(JSON.stringify(loadAnalysis(storeAnalysis(a))), JSON.stringify(a));
    }
  });

  it('give the index the same results as whole analyses', () => {
    const whole = new CorpusIndex();
    const stored = new CorpusIndex();
    texts.forEach((t, i) => { whole.put(analyzeDocument(uri(i), t)); stored.put(storeAnalysis(analyzeDocument(uri(i), t))); });
    assert.strictEqual(JSON.stringify(stored.snapshot()), JSON.stringify(whole.snapshot()));
  });

  it('tie claims that report one event to each other from both sides, a few documents each', () => {
    const index = new CorpusIndex();
    texts.forEach((t, i) => index.put(storeAnalysis(analyzeDocument(uri(i), t))));
    const snap = index.snapshot();
    const byEvent = snap.links.filter((l) => l.reason.startsWith('both report '));
    assert.ok(byEvent.length > 20, `${byEvent.length} links by shared events`);
    const key = (p: { uri: string; start: number }) => `${p.uri}#${p.start}`;
    for (const l of byEvent) {
      // A link names its passages in key order, and both passages' views carry it.
      assert.ok(key(l.a) < key(l.b));
      for (const side of [l.a, l.b]) {
        const view = index.documentView(side.uri)!;
        const c = view.claims.find((x) => x.start === side.start)!;
        assert.ok(c.corroborated);
        assert.ok(c.links.some((n) => key(view.links[n].a) === key(l.a) && key(view.links[n].b) === key(l.b)));
      }
    }
  });
});
