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
