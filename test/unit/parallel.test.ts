/** Analysis on several threads: the same result as one thread, and it stops when cancelled. */
import * as assert from 'assert';
import * as path from 'path';
import { analyzeParallel } from '../../src/node/parallel';
import { loadAnalysis, isStored } from '../../src/core/stored';
import type { DocumentAnalysis } from '../../src/core/schema';
import type { StoredAnalysis } from '../../src/core/stored';

const script = path.resolve(__dirname, '..', '..', 'src', 'node', 'parallel.js');
const story = 'The Ministry of Trade threatened to fine Globex over the merger. Globex refused the demand on Monday. ';

function corpus(n: number, repeat: number) {
  return Array.from({ length: n }, (_, i) => ({ uri: `file:///c/doc-${i}.txt`, text: `Report ${i}. ${story.repeat(repeat)}` }));
}

describe('analysis on several threads', function () {
  this.timeout(120000);

  it('gives each document the analysis one thread gives it', async () => {
    const docs = corpus(80, 3);
    const many = await analyzeParallel(docs, script, 2);
    const one = await analyzeParallel(docs, script, 1);
    assert.strictEqual(many.length, docs.length);
    const whole = (a: DocumentAnalysis | StoredAnalysis) => (isStored(a) ? loadAnalysis(a) : a);
    many.forEach((a, i) => assert.deepStrictEqual(whole(a), whole(one[i])));
  });

  it('stops when cancelled, ends its helper threads and says so', async () => {
    const docs = corpus(400, 10);
    let asked = false;
    let furthest = 0;
    const token = { get isCancellationRequested() { return asked; } };
    // Cancelled at the first report of progress, a quarter of the way.
    const progress = (done: number) => { furthest = Math.max(furthest, done); if (done >= 100) asked = true; };
    await assert.rejects(analyzeParallel(docs, script, 2, progress, token), (e: Error) => e.name === 'CancelledError');
    assert.ok(furthest >= 100 && furthest < docs.length, `analysed ${furthest} of ${docs.length} before stopping`);
  });
});
